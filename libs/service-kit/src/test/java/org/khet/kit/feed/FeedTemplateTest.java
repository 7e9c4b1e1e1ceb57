package org.khet.kit.feed;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.khet.kit.feed.FeedTemplate.Column;
import org.khet.kit.problem.ProblemException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** A template reads back through {@link FeedReader}: its Thai headers name the feed's columns, its hints are not read. */
class FeedTemplateTest {
    static final FeedReader.Columns COLS = FeedReader.Columns.of(List.of("schoolCode", "grade", "boys"), List.of("schoolNameTh"));
    static final FeedTemplate TEMPLATE = new FeedTemplate("จำนวนนักเรียน", "ข้อมูลรอบก่อน", List.of(
            Column.key("schoolCode", "รหัสโรงเรียน"), Column.text("schoolNameTh", "ชื่อโรงเรียน"),
            Column.code("grade", "ชั้น", List.of("K1", "P1")), Column.whole("boys", "นักเรียนชาย")), List.of(
            new FeedTemplate.Line(Map.of("schoolCode", "1056020001", "schoolNameTh", "โรงเรียนบ้านสบบง, สาขา", "grade", "K1"),
                    Map.of("boys", "7")),
            new FeedTemplate.Line(Map.of("schoolCode", "1056020001", "schoolNameTh", "โรงเรียนบ้านสบบง, สาขา", "grade", "P1"),
                    Map.of())));

    @Test
    void aCsvTemplateReadsBackWithItsThaiHeadersAndNoHints() {
        byte[] csv = TEMPLATE.csv();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF\"รหัสโรงเรียน\nschoolCode\""), text);
        List<FeedRow> rows = FeedReader.read(csv, FeedFormat.CSV, COLS);
        assertEquals(2, rows.size());
        assertEquals("โรงเรียนบ้านสบบง, สาขา", rows.get(0).get("schoolNameTh"));
        assertEquals("K1", rows.get(0).get("grade"));
        assertNull(rows.get(0).get("boys"), "the hint 7 is not in the file");
        assertFalse(text.contains(",7"), text);
    }

    @Test
    void anXlsxTemplateReadsBackFromItsFirstSheetOnly() throws IOException {
        byte[] xlsx = TEMPLATE.xlsx();
        List<FeedRow> rows = FeedReader.read(xlsx, FeedFormat.XLSX, COLS);
        assertEquals(List.of(2, 3), rows.stream().map(FeedRow::row).toList());
        assertNull(rows.get(0).get("boys"), "the hint is a comment and a second sheet, never the cell");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            assertEquals("7", wb.getSheetAt(1).getRow(2).getCell(3).getStringCellValue());
            wb.getSheetAt(0).getRow(1).getCell(3).setCellValue(9);
            wb.getSheetAt(0).getRow(2).getCell(3).setCellValue(12);
            wb.write(out);
            List<FeedRow> filled = FeedReader.read(out.toByteArray(), FeedFormat.XLSX, COLS);
            assertEquals(List.of("9", "12"), filled.stream().map(r -> r.get("boys")).toList());
        }
    }

    @Test
    void aLabelledHeaderStillNamesOnlyKnownColumns() {
        byte[] csv = "\"ชาย\nboyz\",grade,schoolCode\n1,K1,1056020001\n".getBytes(StandardCharsets.UTF_8);
        ProblemException e = assertThrows(ProblemException.class, () -> FeedReader.read(csv, FeedFormat.CSV, COLS));
        assertEquals(400, e.status());
        assertTrue(e.errors().stream().anyMatch(f -> "boyz".equals(f.column())), e.errors().toString());
    }
}
