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
import java.util.List;

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
