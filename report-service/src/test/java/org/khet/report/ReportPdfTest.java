package org.khet.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.khet.report.render.PdfRenderer;
import org.khet.report.support.StubUpstreamsResource;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The golden test of the demo report's PDF: its pages, its embedded Thai font, the text of sampled blocks as the
 * model has it, the running page numbers, and the contents' page numbers pointing at the pages those headings are on.
 * One page is rendered to target/pdf/ for a look.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class ReportPdfTest {
    private static byte[] pdf;

    @BeforeAll
    static void chromium() {
        Assumptions.assumeTrue(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .stream().anyMatch(c -> new File(c).canExecute()), "chromium is not installed (apt-get install -y chromium)");
    }

    private static synchronized byte[] pdf() {
        if (pdf == null) {
            Response r = given().queryParam("area", "5602").queryParam("fiscalYear", "2566").queryParam("format", "pdf")
                    .get("/v1/reports/annual");
            r.then().statusCode(200).contentType("application/pdf")
                    .header("Content-Disposition", containsString("khet-annual-report-5602-2566.pdf"));
            pdf = r.asByteArray();
        }
        return pdf;
    }

    private static JsonPath model() {
        return given().queryParam("area", "5602").queryParam("fiscalYear", "2566").get("/v1/reports/annual")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Text without any white space: Chromium breaks Thai lines between words, the model has none of those breaks. */
    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    static String pageText(PDDocument doc, int page) throws Exception {
        PDFTextStripper strip = new PDFTextStripper();
        strip.setSortByPosition(true);
        strip.setStartPage(page);
        strip.setEndPage(page);
        return strip.getText(doc);
    }

    @Test
    void a4PagesWithTheThaiFontEmbedded() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf())) {
            assertTrue(doc.getNumberOfPages() >= 60 && doc.getNumberOfPages() <= 110,
                    "pages: " + doc.getNumberOfPages() + " (the HTML prints in 80, the seed has 76)");
            Set<String> fonts = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                assertEquals(595, Math.round(page.getMediaBox().getWidth()), "A4 width in points");
                assertEquals(842, Math.round(page.getMediaBox().getHeight()), "A4 height in points");
                for (COSName n : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(n);
                    fonts.add(f.getName());
                    assertTrue(f.isEmbedded(), f.getName() + " is embedded");
                    if (f instanceof PDType0Font t0) {
                        assertNotNull(t0.getDescendantFont().getFontDescriptor().getFontFile2(), f.getName());
                    }
                }
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("Laksaman")), "the Thai font: " + fonts);
            assertEquals("th", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentInformation().getTitle().contains("รายงานผลการดำเนินงาน"));
        }
    }

    @Test
    void sampledBlocksReadAsTheModelHasThemWithThaiMarksIntact() throws Exception {
        JsonPath m = model();
        List<String> samples = new ArrayList<>();
        samples.add(m.getString("title"));
        samples.addAll(m.getList("parts.title"));
        List<List<String>> sectionTitles = m.getList("parts.sections.title");
        sectionTitles.forEach(samples::addAll);
        List<Object> paragraphs = m.getList("parts.sections.flatten().blocks.flatten().findAll { it.kind == 'paragraph' }.text");
        paragraphs.stream().limit(12).forEach(p -> samples.add(String.valueOf(p)));
        try (PDDocument doc = Loader.loadPDF(pdf())) {
            PDFTextStripper strip = new PDFTextStripper();
            String all = squeeze(strip.getText(doc));
            List<String> missing = samples.stream().filter(s -> !all.contains(squeeze(s))).toList();
            assertEquals(List.of(), missing, "model texts not found as such in the PDF");
            // stacked vowels and tone marks come back in their order: shaping did not drop or reorder them
            for (String word : List.of("ผู้อำนวยการ", "ศึกษาธิการ", "ที่", "ข้อมูลพื้นฐาน", "งบประมาณ")) {
                assertTrue(all.contains(word), word);
            }
            // a table row as printed: the budget execution total
            assertTrue(all.contains("รวม158,845,335.00155,439,309.66"), "the budget table's total row");
        }
    }

    @Test
    void everyPageButTheCoverCarriesItsNumberAndTheContentsPointAtTheirHeadings() throws Exception {
        JsonPath m = model();
        List<String> partIds = m.getList("parts.id");
        List<String> partTitles = m.getList("parts.title");
        List<List<String>> sectionIds = m.getList("parts.sections.id");
        List<List<String>> sectionTitles = m.getList("parts.sections.title");
        Map<String, Integer> pages = PdfRenderer.destinations(pdf());
        try (PDDocument doc = Loader.loadPDF(pdf())) {
            // the foot of every page but the cover: the draft's line (ADR 0025), then the page's number
            String draft = squeeze(new org.khet.report.render.RenderOptions(false)
                    .draft(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok"))).copyLine());
            String cover = pageText(doc, 1).strip();
            assertFalse(squeeze(cover.substring(cover.lastIndexOf('\n') + 1)).equals(draft + "1"),
                    "the cover carries no number");
            for (int p = 2; p <= doc.getNumberOfPages(); p++) {
                String text = pageText(doc, p).strip();
                String foot = squeeze(text.substring(text.lastIndexOf('\n') + 1));
                assertEquals(draft + p, foot,
                        "page " + p + " ends with the draft's line and its number: …" + text.substring(Math.max(0, text.length() - 60)));
            }
            String contents = squeeze(pageText(doc, 2) + pageText(doc, 3));
            int last = 0;
            for (int i = 0; i < partIds.size(); i++) {
                Integer page = pages.get(partIds.get(i));
                assertNotNull(page, "the contents link to " + partIds.get(i));
                assertTrue(page > last, "parts in order");
                last = page;
                String text = squeeze(pageText(doc, page));
                assertTrue(text.startsWith(squeeze(partTitles.get(i))), "page " + page + " begins with " + partTitles.get(i));
                assertTrue(contents.contains(squeeze(partTitles.get(i)) + page), "the contents say " + partTitles.get(i)
                        + " is on page " + page);
                for (int j = 0; j < sectionIds.get(i).size(); j++) {
                    Integer sp = pages.get(sectionIds.get(i).get(j));
                    assertNotNull(sp, sectionIds.get(i).get(j));
                    assertTrue(sp >= page, "a section is not before its part");
                    String title = squeeze(sectionTitles.get(i).get(j));
                    assertTrue(squeeze(pageText(doc, sp)).contains(title), "page " + sp + " has " + title);
                    assertTrue(contents.contains(title + sp), "the contents say " + title + " is on page " + sp);
                }
            }
            Path dir = Files.createDirectories(Path.of("target", "pdf"));
            BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(pages.get(partIds.get(0)) - 1, 96);
            Path png = dir.resolve("annual-report-5602-2566-part1.png");
            ImageIO.write(img, "png", png.toFile());
            BufferedImage toc = new PDFRenderer(doc).renderImageWithDPI(1, 96);
            ImageIO.write(toc, "png", dir.resolve("annual-report-5602-2566-contents.png").toFile());
            Files.write(dir.resolve("annual-report-5602-2566.pdf"), pdf());
            assertEquals(794, img.getWidth(), 2, "A4 at 96 dpi");
        }
    }
}
