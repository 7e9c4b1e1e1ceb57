package org.khet.kit.feed;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class FeedReaderTest {
    static final FeedReader.Columns COLS = FeedReader.Columns.of(List.of("schoolCode", "grade", "boys", "girls"), List.of("note"));

    @Test
    void readsCsvWithBomAndThaiText() {
        byte[] csv = ("\uFEFFschoolCode,grade,boys,girls,note\n56020001,P1,10,12,ห้องเรียนพิเศษ\n\n56020002,P2,\"1,200\",0,\n")
                .getBytes(StandardCharsets.UTF_8);
        List<FeedRow> rows = FeedReader.read(csv, FeedFormat.CSV, COLS);
        assertEquals(2, rows.size());
        assertEquals(2, rows.get(0).row(), "first data row is row 2 (the header is row 1)");
        assertEquals("ห้องเรียนพิเศษ", rows.get(0).get("note"));
        assertEquals(4, rows.get(1).row(), "blank line keeps numbering of the rows the sender sees");
        FeedErrors errors = new FeedErrors();
        assertEquals(1200, errors.count(rows.get(1), "boys", true));
        assertNull(rows.get(1).get("note"));
        assertTrue(errors.isEmpty());
    }

    @Test
    void theSameFileWithoutQuotesIsReadTheSameByTheDirectPath() {
        // the first file has a quoted cell (commons-csv reads it), the second none (split directly): same rows
        String quoted = "\uFEFFschoolCode,grade,boys,girls,note\r\n56020001,P1,10,12,ห้องเรียนพิเศษ\r\n\r\n   \r\n"
                + "56020002,P2,\"1200\",0,\n56020003,P3,7\r";
        List<FeedRow> viaCommonsCsv = FeedReader.read(quoted.getBytes(StandardCharsets.UTF_8), FeedFormat.CSV, COLS);
        List<FeedRow> direct = FeedReader.read(quoted.replace("\"", "").getBytes(StandardCharsets.UTF_8), FeedFormat.CSV, COLS);
        assertEquals(viaCommonsCsv, direct);
        assertEquals(List.of(2, 5, 6), direct.stream().map(FeedRow::row).toList(),
                "CRLF, a blank line and a line of spaces each count as a row the sender sees; a lone CR ends a row");
        assertEquals("1200", direct.get(1).get("boys"));
        assertEquals("", direct.get(1).values().get("note"), "a cell is kept as sent; get() trims it to null");
        assertNull(direct.get(1).get("note"));
        FeedRow shortRow = direct.get(2);
        assertEquals("7", shortRow.get("boys"));
        assertFalse(shortRow.values().containsKey("girls"), "a short row has no cell for the columns it lacks");
        assertEquals(List.of("schoolCode", "grade", "boys"), List.copyOf(shortRow.values().keySet()), "header order");
        assertThrows(UnsupportedOperationException.class, () -> shortRow.values().put("girls", "1"));
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsTheSameProblemOnBothPaths() {
        String csv = "schoolCode,grade,boys,girls,,\n56020001,P1,1,2\n\n56020001,P2,1,2,,\n";
        ProblemException direct = assertThrows(ProblemException.class,
                () -> FeedReader.read(csv.getBytes(StandardCharsets.UTF_8), FeedFormat.CSV, COLS));
        ProblemException viaCommonsCsv = assertThrows(ProblemException.class,
                () -> FeedReader.read(csv.replace("P2", "\"P2\"").getBytes(StandardCharsets.UTF_8), FeedFormat.CSV, COLS));
        assertEquals(400, direct.status());
        assertEquals(List.of(Problem.FieldError.cell(4, null, "row has 6 cells, header has 4")), direct.errors(),
                "the header's empty trailing cells are not columns");
        assertSameProblem(viaCommonsCsv, direct);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithTheSameProblemWithOrWithoutQuotes() {
        byte[] plain = tis620("schoolCode,grade,boys,girls\n56020001,P1,1,");
        byte[] quoted = tis620("\"schoolCode\",grade,boys,girls\n56020001,P1,1,");
        ProblemException direct = assertThrows(ProblemException.class, () -> FeedReader.read(plain, FeedFormat.CSV, COLS));
        ProblemException viaCommonsCsv = assertThrows(ProblemException.class, () -> FeedReader.read(quoted, FeedFormat.CSV, COLS));
        assertEquals("malformed-feed", direct.slug());
        assertTrue(direct.getMessage().contains("not UTF-8"), direct.getMessage());
        assertSameProblem(viaCommonsCsv, direct);
    }

    /** {@code start}, then ก as TIS-620 writes it (0xA1; UTF-8 has E0 B8 81), then a line end. */
    private static byte[] tis620(String start) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(start.getBytes(StandardCharsets.US_ASCII));
        out.write(0xA1);
        out.write('\n');
        return out.toByteArray();
    }

    /**
     * Thousands of small generated files without quotes — odd line ends, blank lines, short and long rows, bad
     * headers, Thai, stray BOMs — read by both CSV paths: the same rows, or the same problem, every time.
     */
    @Test
    void bothCsvPathsAgreeOnEveryGeneratedFile() {
        Random random = new Random(20);
        String[] cells = {"", "56020001", "P1", "12", " ", "ก", "\uFEFF", " 7 "};
        String[] ends = {"\n", "\r\n", "\r"};
        String[] headers = {"schoolCode,grade,boys,girls", "schoolCode,grade,boys,girls,note", "schoolCode,grade,boys,girls,,",
                "\uFEFFschoolCode,grade, boys ,girls", "schoolCode,grade,boys", "schoolCode,grade,boys,girls,pupils",
                "schoolCode,grade,boys,boys,girls", "", ",schoolCode,grade,boys,girls"};
        int readRows = 0;
        int problems = 0;
        for (int file = 0; file < 3000; file++) {
            StringBuilder sb = new StringBuilder(headers[random.nextInt(headers.length)]);
            int rows = random.nextInt(6);
            for (int r = 0; r < rows; r++) {
                sb.append(ends[random.nextInt(ends.length)]);
                int width = random.nextInt(7);
                for (int c = 0; c < width; c++) {
                    sb.append(c == 0 ? "" : ",").append(cells[random.nextInt(cells.length)]);
                }
            }
            if (random.nextBoolean()) {
                sb.append(ends[random.nextInt(ends.length)]);
            }
            String text = sb.toString();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            String shown = "file '" + text.replace("\r", "\\r").replace("\n", "\\n") + "'";
            Object viaCommonsCsv = outcome(() -> FeedReader.quotedCsv(bytes, 0, COLS));
            assertSameOutcome(viaCommonsCsv, outcome(() -> FeedReader.plainCsv(text, COLS)), shown);
            if (bytes.length > 0) {
                assertSameOutcome(viaCommonsCsv, outcome(() -> FeedReader.read(bytes, FeedFormat.CSV, COLS)), shown);
            }
            if (viaCommonsCsv instanceof List<?> rowsRead) {
                readRows += rowsRead.size();
            } else {
                problems++;
            }
        }
        assertTrue(readRows > 500 && problems > 500, "the files exercise both outcomes: " + readRows + " rows, " + problems + " problems");
    }

    private static Object outcome(java.util.function.Supplier<List<FeedRow>> read) {
        try {
            return new ArrayList<>(read.get());
        } catch (ProblemException e) {
            return e;
        }
    }

    private static void assertSameOutcome(Object expected, Object actual, String file) {
        if (expected instanceof ProblemException e && actual instanceof ProblemException a) {
            assertSameProblem(e, a);
        } else {
            assertEquals(expected, actual, file);
        }
    }

    private static void assertSameProblem(ProblemException expected, ProblemException actual) {
        assertEquals(expected.status(), actual.status());
        assertEquals(expected.slug(), actual.slug());
        assertEquals(expected.getMessage(), actual.getMessage());
        assertEquals(expected.errors(), actual.errors());
    }

    @Test
    void rowsAreEqualByNumberAndCellsWhateverTheirBacking() {
        List<FeedRow> rows = FeedReader.read("schoolCode,grade,boys,girls\n56020001,P1,1,2\n".getBytes(StandardCharsets.UTF_8),
                FeedFormat.CSV, COLS);
        Map<String, String> same = new LinkedHashMap<>();
        same.put("schoolCode", "56020001");
        same.put("grade", "P1");
        same.put("boys", "1");
        same.put("girls", "2");
        assertEquals(new FeedRow(2, same), rows.get(0));
        assertEquals(new FeedRow(2, same).hashCode(), rows.get(0).hashCode());
        assertNotEquals(new FeedRow(3, same), rows.get(0));
    }

    @Test
    void headerProblemsNameTheColumns() {
        byte[] csv = "schoolCode,grade,boys,pupils\n1,P1,1,1\n".getBytes(StandardCharsets.UTF_8);
        ProblemException e = assertThrows(ProblemException.class, () -> FeedReader.read(csv, FeedFormat.CSV, COLS));
        assertEquals(400, e.status());
        assertEquals("feed-header", e.slug());
        assertTrue(e.errors().stream().anyMatch(f -> "pupils".equals(f.column()) && f.message().contains("unknown")));
        assertTrue(e.errors().stream().anyMatch(f -> "girls".equals(f.column()) && f.message().contains("missing")));
    }

    @Test
    void nonUtf8CsvIsRejectedClearly() {
        byte[] tis620 = {(byte) 0xC3, (byte) 0xD2, (byte) 0xC2, ',', 'a', '\n'};
        ProblemException e = assertThrows(ProblemException.class, () -> FeedReader.read(tis620, FeedFormat.CSV, COLS));
        assertEquals("malformed-feed", e.slug());
        assertTrue(e.getMessage().contains("UTF-8"));
    }

    @Test
    void readsXlsxWithRowNumbersAndPlainNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("นักเรียน");
            String[] header = {"schoolCode", "grade", "boys", "girls"};
            Row h = s.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("56020001");
            r.createCell(1).setCellValue("K1");
            r.createCell(2).setCellValue(15);
            r.createCell(3).setCellValue(-2);
            wb.write(out);
        }
        List<FeedRow> rows = FeedReader.read(out.toByteArray(), FeedFormat.XLSX, COLS);
        assertEquals(1, rows.size());
        assertEquals(2, rows.get(0).row());
        assertEquals("15", rows.get(0).get("boys"));
        FeedErrors errors = new FeedErrors();
        assertNull(errors.count(rows.get(0), "girls", true));
        ProblemException e = assertThrows(ProblemException.class, errors::throwIfAny);
        Problem.FieldError fe = e.errors().get(0);
        assertEquals(2, fe.row());
        assertEquals("girls", fe.column());
        assertTrue(fe.message().contains("negative"));
    }

    @Test
    void garbageCalledXlsxIsMalformed() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> FeedReader.read("not a workbook".getBytes(StandardCharsets.UTF_8), FeedFormat.XLSX, COLS));
        assertEquals("malformed-feed", e.slug());
    }

    @Test
    void readsJsonKeepingDecimalsAsWritten() {
        byte[] json = "{\"rows\":[{\"schoolCode\":\"56020001\",\"grade\":\"M1\",\"boys\":3,\"girls\":4,\"note\":12.345}]}"
                .getBytes(StandardCharsets.UTF_8);
        List<FeedRow> rows = FeedReader.read(json, FeedFormat.JSON, COLS);
        assertEquals("12.345", rows.get(0).get("note"));
        FeedErrors errors = new FeedErrors();
        assertNull(errors.money(rows.get(0), "note", true, false), "three decimals are not an amount of money");
        assertEquals(1, errors.count());
        assertEquals(new BigDecimal("12.345"), errors.decimal(rows.get(0), "note", true, 3));
        // within a range: its ends are allowed, beyond them is this row and column's error
        assertEquals(new BigDecimal("12.345"), errors.decimal(rows.get(0), "note", true, 3, "a percentage",
                BigDecimal.ZERO, new BigDecimal("12.345")));
        assertNull(errors.decimal(rows.get(0), "note", true, 3, "a percentage", BigDecimal.ZERO, BigDecimal.TEN));
        assertEquals(2, errors.count());
    }

    @Test
    void jsonRowsWithUnknownOrMissingColumnsAreListed() {
        byte[] json = "[{\"schoolCode\":\"1\",\"grade\":\"P1\",\"boys\":1},{\"schoolCode\":\"2\",\"grade\":\"P1\",\"boys\":1,\"girls\":1,\"extra\":1}]"
                .getBytes(StandardCharsets.UTF_8);
        ProblemException e = assertThrows(ProblemException.class, () -> FeedReader.read(json, FeedFormat.JSON, COLS));
        assertTrue(e.errors().stream().anyMatch(f -> f.row() == 1 && "girls".equals(f.column())));
        assertTrue(e.errors().stream().anyMatch(f -> f.row() == 2 && "extra".equals(f.column())));
    }

    @Test
    void aCodeWrittenAsAJsonNumberIsRefusedAtItsRowAndColumn() {
        // row 1's code is a string (fine); row 2's is a number a client's JSON library made of it
        byte[] json = "[{\"schoolCode\":\"56020001\",\"grade\":\"P1\",\"boys\":1,\"girls\":2},{\"schoolCode\":2147483648,\"grade\":\"P1\",\"boys\":1,\"girls\":1}]"
                .getBytes(StandardCharsets.UTF_8);
        ProblemException e = assertThrows(ProblemException.class, () -> FeedReader.read(json, FeedFormat.JSON, COLS));
        assertEquals(1, e.errors().size(), e.errors().toString());
        Problem.FieldError error = e.errors().get(0);
        assertEquals(Integer.valueOf(2), error.row());
        assertEquals("schoolCode", error.column());
        assertTrue(error.message().contains("\"2147483648\""), error.message());
    }

    @Test
    void formatComesFromTheParameterOrTheContentType() {
        assertEquals(FeedFormat.CSV, FeedFormat.of(null, "text/csv; charset=utf-8"));
        assertEquals(FeedFormat.XLSX, FeedFormat.of("xlsx", "application/octet-stream"));
        assertEquals(FeedFormat.JSON, FeedFormat.of(null, "application/json"));
        ProblemException e = assertThrows(ProblemException.class, () -> FeedFormat.of(null, "image/png"));
        assertEquals(415, e.status());
    }

    @Test
    void columnLettersAreSpreadsheetLetters() {
        assertEquals("A", FeedReader.columnLetter(0));
        assertEquals("Z", FeedReader.columnLetter(25));
        assertEquals("AA", FeedReader.columnLetter(26));
    }
}
