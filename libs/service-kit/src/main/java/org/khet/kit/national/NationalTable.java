package org.khet.kit.national;

import jakarta.ws.rs.core.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.khet.contracts.read.Page;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The columns of a national roll-up, once: their keys are what {@code ?sort=} accepts, and their headers and values
 * are the CSV and XLSX downloads. A roll-up's query returns at most one row per area (245) or per area and subject,
 * so the rows are sorted and paged here after the one SQL query has filtered them.
 *
 * @param <R> the roll-up's row
 */
public final class NationalTable<R> {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";
    private static final Collator THAI = Collator.getInstance(Locale.forLanguageTag("th-TH"));

    /** A column: its key (sort parameter), its header in the downloads, and its value in a row. */
    public record Column<R>(String key, String header, Function<R, ?> value) {
    }

    private final String name;
    private final List<Column<R>> columns;

    /** {@code name} names the downloads ({@code <name>.csv}, {@code <name>.xlsx}). */
    @SafeVarargs
    public NationalTable(String name, Column<R>... columns) {
        this.name = name;
        this.columns = List.of(columns);
    }

    public static <R> Column<R> column(String key, String header, Function<R, ?> value) {
        return new Column<>(key, header, value);
    }

    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        columns.forEach(c -> keys.add(c.key()));
        return keys;
    }

    /** The rows in the query's order: the column's values (nulls last whatever the direction), else as given. */
    public List<R> sorted(List<R> rows, NationalQuery q) {
        if (q.sortKey() == null) {
            return rows;
        }
        Column<R> c = columns.stream().filter(x -> x.key().equals(q.sortKey())).findFirst().orElseThrow();
        Comparator<Object> values = NationalTable::compareValues;
        Comparator<R> by = Comparator.comparing(r -> c.value().apply(r),
                Comparator.nullsLast(q.descending() ? values.reversed() : values));
        return rows.stream().sorted(by).toList();
    }

    /** The query's page of the sorted rows. */
    public Page<R> page(List<R> rows, NationalQuery q) {
        List<R> all = sorted(rows, q);
        int from = (int) Math.min(all.size(), (long) q.paging().offset());
        int to = (int) Math.min(all.size(), (long) from + q.paging().size());
        return new Page<>(all.subList(from, to), q.paging().page(), q.paging().size(), all.size());
    }

    /**
     * The answer in the query's format: {@code json} (the body the roll-up builds from its page of rows), or every
     * sorted row as a CSV (UTF-8 with a byte-order mark, so that a spreadsheet reads the Thai) or an XLSX download.
     */
    public Response respond(List<R> rows, NationalQuery q, Function<Page<R>, Object> json, String fileSuffix) {
        String file = name + (fileSuffix == null ? "" : "-" + fileSuffix);
        return switch (q.format()) {
            case JSON -> Response.ok(json.apply(page(rows, q))).build();
            case CSV -> Response.ok(csv(sorted(rows, q)), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"").build();
            case XLSX -> Response.ok(xlsx(sorted(rows, q)), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"").build();
        };
    }

    public byte[] csv(List<R> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter p = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            p.printRecord(columns.stream().map(Column::header).toList());
            for (R r : rows) {
                p.printRecord(columns.stream().map(c -> text(c.value().apply(r))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] xlsx(List<R> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i).header());
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < columns.size(); i++) {
                    Object v = columns.get(i).value().apply(rows.get(r));
                    Cell cell = row.createCell(i);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v != null) {
                        cell.setCellValue(text(v));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object v) {
        if (v == null) {
            return "";
        }
        return v instanceof BigDecimal b ? b.toPlainString() : v.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return THAI.compare(x, y);
        }
        if (a instanceof Comparable x) {
            return x.compareTo(b);
        }
        return text(a).compareTo(text(b));
    }
}
