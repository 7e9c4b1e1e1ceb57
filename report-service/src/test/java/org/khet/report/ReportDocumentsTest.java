package org.khet.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.khet.report.support.StubUpstreamsResource;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** The same report as DOCX, XLSX and HTML: each opens in the tool a user would use and holds every table. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class ReportDocumentsTest {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static List<String> tableTitles() {
        return given().queryParam("area", "5602").queryParam("fiscalYear", "2566").get("/v1/reports/annual")
                .then().statusCode(200).extract().jsonPath()
                .getList("parts.sections.flatten().blocks.flatten().findAll { it.kind == 'table' }.title");
    }

    /** Thai digits back to Arabic ones (the ITA table is printed in Thai digits). */
    static String arabic(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '๐' && c <= '๙' ? (char) ('0' + (c - '๐')) : c);
        }
        return b.toString();
    }

    private static byte[] get(String format, String accept) {
        var req = given().queryParam("area", "5602").queryParam("fiscalYear", "2566");
        if (format != null) {
            req = req.queryParam("format", format);
        }
        if (accept != null) {
            req = req.accept(accept);
        }
        Response r = req.get("/v1/reports/annual");
        r.then().statusCode(200);
        return r.asByteArray();
    }

    @Test
    void docxOpensInWordWithHeadingsEveryTableAndPageBreaks() throws Exception {
        given().queryParam("area", "5602").queryParam("fiscalYear", "2566").accept(DOCX).get("/v1/reports/annual")
                .then().statusCode(200).contentType(DOCX)
                .header("Content-Disposition", containsString("khet-annual-report-5602-2566.docx"));
        List<String> titles = tableTitles();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(get(null, DOCX)))) {
            List<String> h1 = new ArrayList<>();
            List<String> captions = new ArrayList<>();
            int tables = 0;
            int pageBreaks = 0;
            for (IBodyElement e : doc.getBodyElements()) {
                if (e.getElementType() == BodyElementType.TABLE) {
                    tables++;
                } else if (e instanceof XWPFParagraph p) {
                    if ("Heading1".equals(p.getStyle())) {
                        h1.add(p.getText());
                        pageBreaks += p.isPageBreak() ? 1 : 0;
                    }
                    if ("Caption".equals(p.getStyle())) {
                        captions.add(p.getText());
                    }
                }
            }
            assertEquals(List.of("ส่วนที่ 1 ข้อมูลพื้นฐาน", "ส่วนที่ 2 ทิศทางการพัฒนาการศึกษา", "ส่วนที่ 3 ผลการดำเนินงาน",
                    "ส่วนที่ 4 ปัญหา/อุปสรรค ข้อเสนอแนะ และแนวทางการพัฒนา", "ภาคผนวก"), h1);
            assertEquals(5, pageBreaks, "every part starts on a new page");
            assertTrue(captions.stream().map(ReportDocumentsTest::arabic).toList().containsAll(titles),
                    "every table has its caption in Word");
            assertTrue(tables >= titles.size(), "every table is a Word table: " + tables + " < " + titles.size());
            assertNotNull(doc.getStyles().getStyle("Heading1"));
            assertEquals("heading 1", doc.getStyles().getStyle("Heading1").getName());
            // Thai text intact, totals there: the budget execution table's total row
            XWPFTable budget = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("งบประมาณ")).findFirst().orElseThrow();
            var last = budget.getRow(budget.getNumberOfRows() - 1);
            assertEquals("รวม", last.getCell(0).getText());
            assertEquals("158,845,335.00", last.getCell(1).getText());
            assertEquals("155,439,309.66", last.getCell(2).getText());
            assertTrue(budget.getRow(0).isRepeatHeader());
            String all = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
            assertTrue(all.contains("บริหารจัดการตามหลักธรรมาภิบาล ครู และบุคลากรทางการศึกษา"));
            assertTrue(all.contains("ข้อค้นพบด้านคุณภาพข้อมูล"), "the findings annex");
        }
    }

    @Test
    void xlsxHasOneSheetPerTableWithNumbersAsNumbers() throws Exception {
        List<String> titles = tableTitles();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(get("xlsx", null)))) {
            assertEquals(titles.size() + 1, wb.getNumberOfSheets(), "a contents sheet and one sheet per table");
            assertEquals("สารบัญ", wb.getSheetName(0));
            for (int i = 0; i < titles.size(); i++) {
                assertEquals(titles.get(i), arabic(wb.getSheetAt(i + 1).getRow(0).getCell(0).getStringCellValue()));
            }
            XSSFSheet students = wb.getSheet("t1.1.2");
            assertEquals("อำเภอ", students.getRow(2).getCell(0).getStringCellValue());
            var total = students.getRow(students.getLastRowNum() - 2);
            assertEquals("รวมทั้งสิ้น", total.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, total.getCell(3).getCellType());
            assertEquals(14312, total.getCell(3).getNumericCellValue());
            XSSFSheet budget = wb.getSheet("t3.5.1");
            var row = budget.getRow(3);
            assertEquals("งบบุคลากร", row.getCell(0).getStringCellValue());
            assertEquals(12159000.00, row.getCell(1).getNumericCellValue(), 0.001);
            assertEquals("#,##0.00", row.getCell(1).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void htmlIsPrintReadyA4AndRendersInHeadlessChromium() throws Exception {
        byte[] html = get(null, "text/html");
        String text = new String(html, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<!DOCTYPE html>"));
        assertTrue(text.contains("@page { size: A4;"));
        assertTrue(text.contains("\"Sarabun\", \"TH Sarabun New\""));
        assertTrue(text.indexOf("id=\"part-1\"") < text.indexOf("id=\"part-2\"")
                && text.indexOf("id=\"part-3\"") < text.indexOf("id=\"part-4\"")
                && text.indexOf("id=\"part-4\"") < text.indexOf("id=\"appendix\""));
        for (String title : tableTitles()) {
            assertTrue(arabic(text).contains(org.khet.report.render.HtmlRendererAccess.escape(title)), "table " + title);
        }
        assertEquals(3, text.split("<svg ", -1).length - 1, "O-NET P6, O-NET M3 and budget charts");
        assertTrue(text.contains("<tr class=\"total\"><td>รวม</td><td class=\"num\">158,845,335.00</td>"));

        String chromium = findChromium();
        Assumptions.assumeTrue(chromium != null, "chromium is not installed (apt-get install -y chromium)");
        Path dir = Files.createDirectories(Path.of("target", "chromium"));
        Path page = dir.resolve("annual-report-5602-2566.html");
        Files.write(page, html);
        Path shot = dir.resolve("annual-report-5602-2566-page1.png");
        Files.deleteIfExists(shot);
        Path profile = Files.createTempDirectory(dir, "profile-");
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--screenshot=" + shot.toAbsolutePath(),
                "--window-size=794,1123", "--hide-scrollbars", page.toAbsolutePath().toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
        assertTrue(Files.exists(shot), "a screenshot of page 1: see " + dir.resolve("chromium.log"));
        BufferedImage img = ImageIO.read(shot.toFile());
        assertEquals(794, img.getWidth());
        long ink = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        assertTrue(ink > 500, "the cover page has text on it (" + ink + " inked pixels)");
    }

    @Test
    void thaiDigitsOnRequestAndAlwaysInTheItaTable() throws Exception {
        String plain = new String(get("html", null), StandardCharsets.UTF_8);
        assertTrue(plain.contains(">158,845,335.00<"));
        assertTrue(plain.contains(">๑๒๓<"), "the ITA table is printed in Thai digits as OBEC publishes it");
        String thai = given().queryParam("area", "5602").queryParam("fiscalYear", "2566").queryParam("format", "html")
                .queryParam("thaiDigits", "true").get("/v1/reports/annual").then().statusCode(200).extract().asString();
        assertTrue(thai.contains(">๑๕๘,๘๔๕,๓๓๕.๐๐<"));
        assertTrue(thai.contains("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"));
        assertFalse(thai.contains(">158,845,335.00<"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(given().queryParam("area", "5602")
                .queryParam("fiscalYear", "2566").queryParam("format", "docx").queryParam("thaiDigits", "true")
                .get("/v1/reports/annual").then().statusCode(200).extract().asByteArray()))) {
            assertTrue(doc.getTables().stream().anyMatch(t -> t.getText().contains("๑๕๘,๘๔๕,๓๓๕.๐๐")));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(given().queryParam("area", "5602")
                .queryParam("fiscalYear", "2566").queryParam("format", "xlsx").queryParam("thaiDigits", "true")
                .get("/v1/reports/annual").then().statusCode(200).extract().asByteArray()))) {
            var cell = wb.getSheet("t3.5.1").getRow(3).getCell(1);
            assertEquals(CellType.NUMERIC, cell.getCellType(), "numbers stay numbers");
        }
    }

    private static String findChromium() {
        for (String c : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (new File(c).canExecute()) {
                return c;
            }
        }
        return null;
    }
}
