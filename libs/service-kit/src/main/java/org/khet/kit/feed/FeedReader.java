package org.khet.kit.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a feed file (CSV, XLSX or JSON) into rows keyed by column name and checks its header against the
 * columns the feed kind expects. A file that cannot be read, or whose header lacks a required column or has
 * an unknown one, is a 400 problem that names the columns; rows are checked afterwards by the caller with
 * {@link FeedErrors}.
 */
public final class FeedReader {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private FeedReader() {
    }

    /** The columns of a feed kind: required ones must be in the header; optional ones may be. */
    public record Columns(List<String> required, List<String> optional) {
        public static Columns of(List<String> required, List<String> optional) {
            return new Columns(List.copyOf(required), List.copyOf(optional));
        }

        Set<String> all() {
            Set<String> s = new LinkedHashSet<>(required);
            s.addAll(optional);
            return s;
        }
    }

    public static List<FeedRow> read(byte[] body, FeedFormat format, Columns columns) {
        if (body == null || body.length == 0) {
            throw malformed("the feed is empty");
        }
        return switch (format) {
            case CSV -> csv(body, columns);
            case XLSX -> xlsx(body, columns);
            case JSON -> json(body, columns);
        };
    }

    private static List<FeedRow> csv(byte[] body, Columns columns) {
        int offset = body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF ? 3 : 0;
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(body, offset, body.length - offset),
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT));
             CSVParser p = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(r)) {
            Iterator<CSVRecord> it = p.iterator();
            if (!it.hasNext()) {
                throw malformed("the CSV file has no header row");
            }
            List<String> header = clean(it.next().toList());
            checkHeader(header, columns);
            List<FeedRow> rows = new ArrayList<>();
            while (it.hasNext()) {
                CSVRecord rec = it.next();
                int rowNo = (int) rec.getRecordNumber();
                if (rec.size() == 1 && rec.get(0).isBlank()) {
                    continue;
                }
                if (rec.size() > header.size()) {
                    throw ProblemException.validation("the CSV file has a row with more cells than its header",
                            List.of(Problem.FieldError.cell(rowNo, null, "row has " + rec.size() + " cells, header has " + header.size())));
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < rec.size(); i++) {
                    values.put(header.get(i), rec.get(i));
                }
                rows.add(new FeedRow(rowNo, values));
            }
            return rows;
        } catch (java.io.UncheckedIOException | IOException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof java.nio.charset.CharacterCodingException) {
                throw malformed("the CSV file is not UTF-8 text (save it as 'CSV UTF-8')");
            }
            throw malformed("the CSV file cannot be read: " + cause.getMessage());
        } catch (IllegalStateException e) {
            throw malformed("the CSV file cannot be read: " + e.getMessage());
        }
    }

    private static List<FeedRow> xlsx(byte[] body, Columns columns) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            if (wb.getNumberOfSheets() == 0) {
                throw malformed("the workbook has no sheet");
            }
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter(java.util.Locale.ROOT);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw malformed("the first sheet has no header row");
            }
            List<String> header = new ArrayList<>();
            for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                Cell cell = headerRow.getCell(c);
                header.add(cell == null ? "" : fmt.formatCellValue(cell));
            }
            header = clean(header);
            checkHeader(header, columns);
            List<FeedRow> rows = new ArrayList<>();
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                boolean any = false;
                for (int c = 0; c < header.size(); c++) {
                    String v = text(row.getCell(c), fmt);
                    if (v != null && !v.isBlank()) {
                        any = true;
                    }
                    values.put(header.get(c), v);
                }
                if (any) {
                    rows.add(new FeedRow(r + 1, values));
                }
            }
            return rows;
        } catch (IOException | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            throw malformed("the file is not an XLSX workbook: " + e.getMessage());
        }
    }

    /** A cell as text: numbers in plain notation (no grouping, no exponent), dates as ISO dates. */
    private static String text(Cell cell, DataFormatter fmt) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case BLANK -> null;
            default -> fmt.formatCellValue(cell);
        };
    }

    private static List<FeedRow> json(byte[] body, Columns columns) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw malformed("the JSON feed is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw malformed("the JSON feed cannot be read: " + e.getMessage());
        }
        JsonNode array = root != null && root.isObject() && root.has("rows") ? root.get("rows") : root;
        if (array == null || !array.isArray()) {
            throw malformed("a JSON feed is an array of row objects, or an object with a 'rows' array");
        }
        Set<String> known = columns.all();
        List<Problem.FieldError> errors = new ArrayList<>();
        List<FeedRow> rows = new ArrayList<>();
        int i = 0;
        for (JsonNode item : array) {
            i++;
            if (!item.isObject()) {
                errors.add(Problem.FieldError.cell(i, null, "a row must be a JSON object"));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!known.contains(e.getKey())) {
                    errors.add(Problem.FieldError.cell(i, e.getKey(), "unknown column; known columns: " + known));
                    continue;
                }
                JsonNode v = e.getValue();
                if (v.isContainerNode()) {
                    errors.add(Problem.FieldError.cell(i, e.getKey(), "must be a single value, not an object or array"));
                } else if (!v.isNull()) {
                    values.put(e.getKey(), v.isBigDecimal() ? v.decimalValue().toPlainString() : v.asText());
                }
            }
            for (String req : columns.required()) {
                if (!values.containsKey(req) && !item.has(req)) {
                    errors.add(Problem.FieldError.cell(i, req, "required column is missing"));
                }
            }
            rows.add(new FeedRow(i, values));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors.size() + " problem(s) in the feed; nothing was stored", errors);
        }
        return rows;
    }

    private static List<String> clean(List<String> header) {
        List<String> out = new ArrayList<>(header.size());
        for (String h : header) {
            out.add(h == null ? "" : h.strip().replace("\uFEFF", ""));
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static void checkHeader(List<String> header, Columns columns) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> known = columns.all();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            String col = columnLetter(i);
            if (h.isEmpty()) {
                errors.add(Problem.FieldError.cell(1, col, "header cell is empty"));
            } else if (!known.contains(h)) {
                errors.add(Problem.FieldError.cell(1, h, "unknown column (in " + col + "); known columns: " + known));
            } else if (!seen.add(h)) {
                errors.add(Problem.FieldError.cell(1, h, "column appears twice"));
            }
        }
        for (String req : columns.required()) {
            if (!header.contains(req)) {
                errors.add(Problem.FieldError.cell(1, req, "required column is missing from the header"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "feed-header", "The feed's header is not valid",
                    "the header must name the columns " + columns.required() + " (and may name " + columns.optional()
                            + "); nothing was stored", errors);
        }
    }

    /** 0 → A, 25 → Z, 26 → AA: how a spreadsheet user finds a column. */
    static String columnLetter(int index) {
        StringBuilder sb = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return sb.toString();
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException(400, "malformed-feed", "The feed file cannot be read", detail + "; nothing was stored", null);
    }
}
