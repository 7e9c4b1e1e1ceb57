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
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>
 * CSV has two paths with one behaviour: UTF-8 text without a quote character (what national systems export, and
 * most spreadsheets when no cell holds a comma) is split directly; any other file goes through commons-csv. Both
 * accept and refuse the same files with the same problems and row numbers ({@code FeedReaderTest} holds them to
 * it); the direct path reads a national enrolment feed several times faster.
 */
public final class FeedReader {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // a column given twice in a row is refused, not silently the last value (ADR 0016)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /**
     * Most bytes the parts of an XLSX workbook may expand to. POI builds the whole sheet in memory (several times
     * the XML's size), so this bounds what one request can cost; a national file of this size comes as CSV.
     */
    static final long MAX_XLSX_EXPANDED = 100L << 20;

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

        /**
         * Whether a column holds a code (a school's, an area's, a district's, an org unit's, a main campus's): every
         * feed names those {@code code}, {@code …Code} or {@code branchOf}. A code is text of its own format; in a
         * JSON feed it must be a string, never a number coerced into one (1056020001 would lose a leading zero and
         * 2147483648 is no school's code).
         */
        static boolean isCode(String column) {
            return column.equals("code") || column.endsWith("Code") || column.equals("branchOf");
        }
    }

    public static List<FeedRow> read(byte[] body, FeedFormat format, Columns columns) {
        if (body == null || body.length == 0) {
            throw malformed("the feed is empty");
        }
        List<FeedRow> rows = switch (format) {
            case CSV -> csv(body, columns);
            case XLSX -> xlsx(body, columns);
            case JSON -> json(body, columns);
        };
        if (format != FeedFormat.CSV) {
            checkText(rows); // CSV: csv() checks, on the whole text at once when it can
        }
        return rows;
    }

    /** The longest cell of any feed: a name, an address, a note. */
    public static final int MAX_CELL = 4000;

    /**
     * No cell holds a control character (other than tab and line breaks) or more than {@link #MAX_CELL} characters;
     * the first 100 such cells are listed by row and column, and nothing is stored.
     */
    static void checkText(List<FeedRow> rows) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int bad = 0;
        for (FeedRow row : rows) {
            for (Map.Entry<String, String> cell : row.values().entrySet()) {
                String v = cell.getValue();
                String refusal = v == null ? null : org.khet.kit.json.StrictJson.refusal(v, MAX_CELL);
                if (refusal != null) {
                    if (bad++ < 100) {
                        errors.add(Problem.FieldError.cell(row.row(), cell.getKey(), "the text " + refusal));
                    }
                }
            }
        }
        if (bad > 0) {
            throw ProblemException.validation(bad + " cell(s) hold text that is not taken; nothing was stored", errors);
        }
    }

    /**
     * Whether no cell of the text can be refused by {@link #checkText}: no control character but tab and line
     * breaks, and no line longer than {@link #MAX_CELL} (a cell is at most its line). One pass over the text; a
     * text that fails it is checked cell by cell, which names the rows and columns.
     */
    static boolean clean(String text) {
        int line = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r') {
                line = 0;
                continue;
            }
            if (++line > MAX_CELL || ch < 0x20 && ch != '\t' || ch == 0x7f || ch >= 0x80 && ch <= 0x9f) {
                return false;
            }
        }
        return true;
    }

    private static List<FeedRow> csv(byte[] body, Columns columns) {
        int offset = body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF ? 3 : 0;
        String text = withoutQuotes(body, offset);
        List<FeedRow> rows = text != null ? plainCsv(text, columns) : quotedCsv(body, offset, columns);
        if (text == null || !clean(text)) {
            checkText(rows);
        }
        return rows;
    }

    /**
     * The text of a CSV file that the fast path can read: UTF-8 without any quote character (what national systems
     * export). Null for any other file, which {@link #quotedCsv} reads — so a file that is not UTF-8 is refused by
     * commons-csv's path, with its message, whatever else is wrong with it.
     */
    private static String withoutQuotes(byte[] body, int offset) {
        for (int i = offset; i < body.length; i++) {
            if (body[i] == '"') {
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, offset, body.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Reads CSV text without quotes exactly as commons-csv reads it with {@link CSVFormat#RFC4180} (see
     * {@link #quotedCsv}): a record ends at LF, CR or CRLF; a line end at the very end of the text starts no record;
     * cells are split at every comma and kept as sent. The same records, row numbers and problems, several times
     * faster: one pass over a string, one string per cell, and no parser state per character.
     */
    static List<FeedRow> plainCsv(String text, Columns columns) {
        int n = text.length();
        if (n == 0) {
            throw malformed("the CSV file has no header row");
        }
        int headerEnd = lineEnd(text, 0);
        FeedRow.Header header = header(Arrays.asList(cells(text, 0, headerEnd)), columns);
        List<FeedRow> rows = new ArrayList<>(Math.max(16, n / 40));
        int row = 1;
        int pos = next(text, headerEnd);
        while (pos < n) {
            int end = lineEnd(text, pos);
            row++;
            int from = pos;
            pos = next(text, end);
            int commas = 0;
            for (int i = from; i < end; i++) {
                if (text.charAt(i) == ',') {
                    commas++;
                }
            }
            if (commas == 0 && text.substring(from, end).isBlank()) {
                continue;
            }
            if (commas + 1 > header.size()) {
                throw tooManyCells(row, commas + 1, header.size());
            }
            rows.add(new FeedRow(row, header, text, from, end));
        }
        return rows;
    }

    /** Where the record starting at {@code from} ends: the first CR or LF, or the end of the text. */
    private static int lineEnd(String text, int from) {
        int i = from;
        int n = text.length();
        while (i < n) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r') {
                return i;
            }
            i++;
        }
        return n;
    }

    /** Where the next record starts after the line end at {@code end} (CRLF is one line end). */
    private static int next(String text, int end) {
        if (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
            return end + 2;
        }
        return end + 1;
    }

    /** The comma-separated cells of {@code text[from, to)}, one string each. */
    private static String[] cells(String text, int from, int to) {
        int count = 1;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ',') {
                count++;
            }
        }
        String[] out = new String[count];
        int start = from;
        for (int k = 0; k < count - 1; k++) {
            int comma = text.indexOf(',', start);
            out[k] = text.substring(start, comma);
            start = comma + 1;
        }
        out[count - 1] = text.substring(start, to);
        return out;
    }

    /** Any CSV file: commons-csv with RFC 4180 quoting (a quoted cell may hold commas, quotes and line breaks). */
    static List<FeedRow> quotedCsv(byte[] body, int offset, Columns columns) {
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(body, offset, body.length - offset),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT));
             CSVParser p = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(r)) {
            Iterator<CSVRecord> it = p.iterator();
            if (!it.hasNext()) {
                throw malformed("the CSV file has no header row");
            }
            FeedRow.Header header = header(it.next().toList(), columns);
            List<FeedRow> rows = new ArrayList<>();
            while (it.hasNext()) {
                CSVRecord rec = it.next();
                int rowNo = (int) rec.getRecordNumber();
                if (rec.size() == 1 && rec.get(0).isBlank()) {
                    continue;
                }
                if (rec.size() > header.size()) {
                    throw tooManyCells(rowNo, rec.size(), header.size());
                }
                rows.add(new FeedRow(rowNo, header, rec.values()));
            }
            return rows;
        } catch (java.io.UncheckedIOException | IOException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                throw malformed("the CSV file is not UTF-8 text (save it as 'CSV UTF-8')");
            }
            throw malformed("the CSV file cannot be read: " + cause.getMessage());
        } catch (IllegalStateException e) {
            throw malformed("the CSV file cannot be read: " + e.getMessage());
        }
    }

    /** The header row's names, cleaned and checked: the one header of every row of the file. */
    private static FeedRow.Header header(List<String> cells, Columns columns) {
        List<String> header = clean(cells);
        checkHeader(header, columns);
        return new FeedRow.Header(header);
    }

    private static ProblemException tooManyCells(int row, int cells, int headerCells) {
        return ProblemException.validation("the CSV file has a row with more cells than its header",
                List.of(Problem.FieldError.cell(row, null, "row has " + cells + " cells, header has " + headerCells)));
    }

    /**
     * Refuses a workbook whose parts expand beyond {@link #MAX_XLSX_EXPANDED} (a zip bomb, or a sheet too large to
     * build in memory) with a 413, before POI expands anything. Counting stops at the limit, so a bomb costs at most
     * that much inflating and no memory.
     */
    static void checkExpansion(byte[] body) {
        long total = 0;
        byte[] buf = new byte[64 << 10];
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(body))) {
            while (zip.getNextEntry() != null) {
                for (int n; (n = zip.read(buf)) > 0; ) {
                    total += n;
                    if (total > MAX_XLSX_EXPANDED) {
                        throw tooLarge();
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a zip file at all: POI says so with its own message
        }
    }

    private static ProblemException tooLarge() {
        return new ProblemException(413, "too-large", "The feed file is too large",
                "the XLSX workbook expands to more than " + (MAX_XLSX_EXPANDED >> 20) + " MB; send it as CSV (or in parts)"
                        + "; nothing was stored", null);
    }

    private static List<FeedRow> xlsx(byte[] body, Columns columns) {
        checkExpansion(body);
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
            List<String> names = new ArrayList<>();
            for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                Cell cell = headerRow.getCell(c);
                names.add(cell == null ? "" : fmt.formatCellValue(cell));
            }
            FeedRow.Header header = header(names, columns);
            List<FeedRow> rows = new ArrayList<>();
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String[] cells = new String[header.size()];
                boolean any = false;
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = text(row.getCell(c), fmt);
                    if (cells[c] != null && !cells[c].isBlank()) {
                        any = true;
                    }
                }
                if (any) {
                    rows.add(new FeedRow(r + 1, header, cells));
                }
            }
            return rows;
        } catch (IOException | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                // POI's own ratio check: a part that compresses a hundredfold or more is not a spreadsheet
                throw tooLarge();
            }
            throw malformed("the file is not an XLSX workbook: " + e.getMessage());
        } catch (org.apache.poi.util.RecordFormatException e) {
            throw tooLarge();
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
                } else if (v.isNumber() && Columns.isCode(e.getKey())) {
                    errors.add(Problem.FieldError.cell(i, e.getKey(), "a code is text: write it as a JSON string (\""
                            + v.asText() + "\"), not a number"));
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
            String name = h == null ? "" : h.strip().replace("\uFEFF", "");
            // a template's header cell carries a label above the column's name (ชาย, then boys): the last line names it
            int lineBreak = Math.max(name.lastIndexOf('\n'), name.lastIndexOf('\r'));
            out.add(lineBreak < 0 ? name : name.substring(lineBreak + 1).strip());
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
