package org.khet.kit.feed;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.khet.kit.problem.ProblemException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feed files that would cost the service more than they are worth are refused before they are expanded. */
class FeedLimitsTest {
    static final FeedReader.Columns COLS = FeedReader.Columns.of(List.of("schoolCode", "grade"), List.of());

    /** A real one-row workbook whose first sheet is padded to {@code sheetBytes} of XML whitespace: a zip bomb. */
    static byte[] bomb(long sheetBytes) throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var row = wb.createSheet("s").createRow(0);
            row.createCell(0).setCellValue("schoolCode");
            row.createCell(1).setCellValue("grade");
            wb.write(plain);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain.toByteArray()));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (long written = 0; written < sheetBytes; written += spaces.length) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void anXlsxThatExpandsBeyondTheLimitIsA413() throws Exception {
        byte[] file = bomb(300L << 20);
        assertTrue(file.length < 2 << 20, "the bomb is small: " + file.length);
        ProblemException e = assertThrows(ProblemException.class, () -> FeedReader.read(file, FeedFormat.XLSX, COLS));
        assertEquals(413, e.toProblem("/x").status());
        assertTrue(e.toProblem("/x").detail().contains("expands"), e.toProblem("/x").detail());
    }

    @Test
    void aSmallBombIsA413Too() throws Exception {
        // 2 MB of whitespace: within the size limit, but it compresses more than a hundredfold (POI's ratio check)
        ProblemException e = assertThrows(ProblemException.class, () -> FeedReader.read(bomb(2L << 20), FeedFormat.XLSX, COLS));
        assertEquals(413, e.toProblem("/x").status());
    }

    @Test
    void duplicateKeysInAJsonFeedAreRefused() {
        byte[] json = "[{\"schoolCode\":\"1056020002\",\"grade\":\"P1\",\"grade\":\"P2\"}]".getBytes(StandardCharsets.UTF_8);
        ProblemException e = assertThrows(ProblemException.class, () -> FeedReader.read(json, FeedFormat.JSON, COLS));
        assertEquals(400, e.toProblem("/x").status());
        assertTrue(e.toProblem("/x").detail().contains("grade"), e.toProblem("/x").detail());
    }

    @Test
    void cellsWithControlCharactersOrEndlessTextAreListedByRowAndColumn() {
        byte[] csv = ("schoolCode,grade\n1056020002,P1\n1056020003,P\u00072\n" + "9".repeat(5000) + ",P3\n")
                .getBytes(StandardCharsets.UTF_8);
        ProblemException e = assertThrows(ProblemException.class, () -> FeedReader.read(csv, FeedFormat.CSV, COLS));
        var p = e.toProblem("/x");
        assertEquals(400, p.status());
        assertEquals(2, p.errors().size(), p.errors().toString());
        assertEquals(3, p.errors().get(0).row());
        assertEquals("grade", p.errors().get(0).column());
        assertTrue(p.errors().get(0).message().contains("U+0007"));
        assertEquals(4, p.errors().get(1).row());
        assertEquals("schoolCode", p.errors().get(1).column());
        assertTrue(p.errors().get(1).message().contains("5000 characters"));
    }
}
