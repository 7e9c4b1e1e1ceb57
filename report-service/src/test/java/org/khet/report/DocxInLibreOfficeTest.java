package org.khet.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.khet.report.domain.ColumnType;
import org.khet.report.domain.Report;
import org.khet.report.editions.FrozenReport;
import org.khet.report.render.DocxPaginator;
import org.khet.report.render.DocxRenderer;
import org.khet.report.render.RenderOptions;
import org.khet.report.render.Fmt;
import org.khet.report.support.StubUpstreamsResource;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The DOCX the office edits, opened in LibreOffice (Debian's libreoffice-writer-nogui) and printed to PDF: no amount
 * of the budget table or the project lists broken across lines, its page count within 15 % of the HTML's PDF (it was
 * 192 against 80 while its tables had no column widths and the text was 16 pt, 106 against 72 with the Thai font's own
 * line spacing), and its contents filled in with page numbers that point at the pages their headings are on.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class DocxInLibreOfficeTest {

    private static String page(PDDocument doc, int n) throws java.io.IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(n);
        s.setEndPage(n);
        return s.getText(doc);
    }

    private static byte[] get(String format) {
        return given().queryParam("area", "5602").queryParam("fiscalYear", "2566").queryParam("format", format)
                .get("/v1/reports/annual").then().statusCode(200).extract().asByteArray();
    }

    /** Thai text as PDFBox reads it back from LibreOffice's PDF: marks may come out of order and spaces in between. */
    static String bare(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK && !Character.isWhitespace(c)
                && c != '.' && c != '…').forEach(b::appendCodePoint);
        return b.toString();
    }

    /** The contents' entries of the DOCX as Word shows them: the TOC field's result paragraphs (title, page). */
    static List<String[]> contents(XWPFDocument doc) {
        List<String[]> entries = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if ("TOC1".equals(p.getStyle()) || "TOC2".equals(p.getStyle())) {
                String[] parts = p.getText().split("\t");
                entries.add(new String[]{p.getStyle(), parts[0], parts.length > 1 ? parts[1] : null});
            }
        }
        return entries;
    }

    @Test
    void withoutLibreOfficeTheContentsSayTheyHaveNoPageNumbers() throws Exception {
        Report report = FrozenReport.thaw(given().queryParam("area", "5602").queryParam("fiscalYear", "2566")
                .get("/v1/reports/annual").then().statusCode(200).extract().asByteArray());
        for (DocxPaginator paginator : List.of(new DocxPaginator(Optional.of("none"), 10),
                new DocxPaginator(Optional.of("/bin/false"), 10))) {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
                    paginator.render(report, new RenderOptions(false))))) {
                List<String[]> entries = contents(doc);
                assertEquals(DocxRenderer.contents(report, new RenderOptions(false)).stream()
                        .map(DocxRenderer.TocEntry::title).toList(), entries.stream().map(e -> e[1]).toList());
                assertTrue(entries.stream().allMatch(e -> e[2] == null), "no entry has a page number");
                var tab = doc.getStyles().getStyle("TOC2").getCTStyle().getPPr().getTabs().getTabArray(0);
                assertEquals("right", tab.getVal().toString(), "the page numbers at the right margin");
                assertEquals("dot", tab.getLeader().toString());
                assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("สารบัญนี้ยังไม่มีเลขหน้า")),
                        "the contents say why they have no page numbers");
            }
        }
    }

    @Test
    void theDocxPrintsInAboutThePagesOfTheHtmlWithNoAmountBroken() throws Exception {
        Assumptions.assumeTrue(new File("/usr/bin/soffice").canExecute(),
                "LibreOffice is not installed (apt-get install -y libreoffice-writer-nogui)");
        Path dir = Files.createDirectories(Path.of("target", "libreoffice"));
        Path docx = dir.resolve("annual-report-5602-2566.docx");
        byte[] docxBytes = get("docx");
        Files.write(docx, docxBytes);
        List<String[]> entries;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docxBytes))) {
            entries = contents(doc);
            String xml = doc.getDocument().xmlText();
            assertTrue(xml.contains("TOC \\o \"1-2\""), "the contents are a TOC field Word can update");
            assertFalse(doc.getParagraphs().stream().anyMatch(p -> p.getText().startsWith("สารบัญนี้ยังไม่มีเลขหน้า")));
        }
        assertTrue(entries.size() > 20, "parts and sections in the contents: " + entries.size());
        for (String[] e : entries) {
            assertNotNull(e[2], "a page number for " + e[1]);
            assertTrue(e[2].matches("[1-9][0-9]*"), e[1] + " → " + e[2]);
        }
        Path pdf = dir.resolve("annual-report-5602-2566.pdf");
        Files.deleteIfExists(pdf);
        Process p = new ProcessBuilder("/usr/bin/soffice", "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toAbsolutePath().toUri(),
                "--convert-to", "pdf", "--outdir", dir.toAbsolutePath().toString(), docx.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "LibreOffice converted the DOCX");
        assertTrue(Files.exists(pdf), "a PDF: see " + dir.resolve("soffice.log"));

        int htmlPages;
        boolean chromium = new File("/usr/bin/chromium").canExecute();
        if (chromium) {
            byte[] htmlPdf = get("pdf");
            Files.write(dir.resolve("annual-report-5602-2566-html.pdf"), htmlPdf);
            try (PDDocument html = Loader.loadPDF(htmlPdf)) {
                htmlPages = html.getNumberOfPages();
            }
        } else {
            htmlPages = 80;
        }
        JsonPath r = given().queryParam("area", "5602").queryParam("fiscalYear", "2566").get("/v1/reports/annual")
                .then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        List<String> amounts = new ArrayList<>();
        for (String id : List.of("t3.5.1", "t3.6-action-plan", "t3.6-additional")) {
            Map<String, Object> t = r.getMap("parts.sections.flatten().blocks.flatten().find { it.kind == 'table' && it.id == '" + id + "' }");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cols = (List<Map<String, Object>>) t.get("columns");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) t.get("rows");
            for (Map<String, Object> row : rows) {
                List<?> cells = (List<?>) row.get("cells");
                for (int c = 0; c < cols.size(); c++) {
                    ColumnType type = ColumnType.valueOf(String.valueOf(cols.get(c).get("type")));
                    if ((type == ColumnType.MONEY || type == ColumnType.BAHT) && cells.get(c) instanceof BigDecimal d) {
                        amounts.add(Fmt.cell(d, type));
                    }
                }
            }
        }
        assertTrue(amounts.size() > 150, "amounts compared: " + amounts.size());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            System.out.printf("DOCX in LibreOffice: %d pages; the HTML's PDF: %d%n", pages, htmlPages);
            PDFTextStripper strip = new PDFTextStripper();
            strip.setSortByPosition(true);
            String text = strip.getText(doc);
            List<String> broken = amounts.stream().distinct().filter(a -> !text.contains(a)).toList();
            assertEquals(List.of(), broken, "amounts not found whole on one line");

            // every contents entry points at the page its heading is on: a part's page begins with the part's title
            // (each part starts a page), a section's page holds its title; and LibreOffice shows the numbers as
            // written (it does not recompute the field)
            StringBuilder tocPages = new StringBuilder();
            for (int i = 2; i < Integer.parseInt(entries.get(0)[2]); i++) {
                tocPages.append(page(doc, i));
            }
            String toc = bare(tocPages.toString());
            int last = 0;
            for (String[] e : entries) {
                int n = Integer.parseInt(e[2]);
                assertTrue(n >= last && n <= pages, e[1] + " on page " + n + " after page " + last);
                last = n;
                String on = bare(page(doc, n));
                if (e[0].equals("TOC1")) {
                    assertTrue(on.startsWith(bare(e[1])), e[1] + " begins page " + n + ": " + page(doc, n)
                            .substring(0, Math.min(80, page(doc, n).length())));
                } else {
                    assertTrue(on.contains(bare(e[1])), e[1] + " is on page " + n);
                }
                assertTrue(toc.contains(bare(e[1]) + e[2]), "LibreOffice prints " + e[1] + " with page " + e[2]);
            }
            assertTrue(pages >= htmlPages * 0.85 && pages <= htmlPages * 1.15,
                    "the DOCX prints in " + pages + " pages, the HTML in " + htmlPages);
        }
    }
}
