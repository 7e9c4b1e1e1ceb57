package org.khet.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.khet.report.render.RenderOptions;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.khet.report.support.StubUpstreams;
import org.khet.report.support.StubUpstreamsResource;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.math.BigDecimal;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Editions (issue 22, ADR 0019): publishing freezes the draft with its data versions and a content hash; an edition
 * reads back in every format from the frozen model, the same bytes as the draft it froze; a later change of upstream
 * data and of a text changes the draft and the next edition, never a published one. Area 5681 is this class's own.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class EditionsTest {
    private static final String AREA = "5681";
    private static final String EDITIONS = "/v1/reports/editions/" + AREA + "/2566";
    private static final String DRAFT = "/v1/reports/annual?area=" + AREA + "&fiscalYear=2566&format=";

    private static byte[] bytes(String path) {
        return given().get(path).then().statusCode(200).extract().asByteArray();
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static final String DRAFT_LINE = new RenderOptions(false)
            .draft(LocalDate.now(ZoneId.of("Asia/Bangkok"))).copyLine();

    private static LocalDate e1PublishedDay(JsonPath e) {
        return OffsetDateTime.parse(e.getString("publishedAt")).atZoneSameInstant(ZoneId.of("Asia/Bangkok")).toLocalDate();
    }

    /** The draft's HTML as the edition prints it: the draft's line is the edition's. */
    private static String asEdition(byte[] draftHtml, String editionLine) {
        String html = new String(draftHtml, StandardCharsets.UTF_8);
        assertTrue(html.contains(DRAFT_LINE), "the draft says it is one");
        return html.replace(DRAFT_LINE, editionLine);
    }

    /** Every sheet's cells the same; the footer says which copy. */
    private static void assertSameSheets(byte[] draft, byte[] edition, String editionLine) throws Exception {
        try (XSSFWorkbook d = new XSSFWorkbook(new ByteArrayInputStream(draft));
             XSSFWorkbook e = new XSSFWorkbook(new ByteArrayInputStream(edition))) {
            assertEquals(d.getNumberOfSheets(), e.getNumberOfSheets());
            for (int i = 0; i < d.getNumberOfSheets(); i++) {
                assertEquals(d.getSheetAt(i).getCTWorksheet().getSheetData().xmlText(),
                        e.getSheetAt(i).getCTWorksheet().getSheetData().xmlText());
            }
            assertEquals(editionLine, e.getSheetAt(1).getFooter().getLeft());
            assertEquals(DRAFT_LINE, d.getSheetAt(1).getFooter().getLeft());
        }
    }

    /** The document's body the same (its contents' page numbers too); the footer says which copy. */
    private static void assertSameBody(byte[] draft, byte[] edition, String editionLine) throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(draft));
             XWPFDocument e = new XWPFDocument(new ByteArrayInputStream(edition))) {
            assertEquals(d.getDocument().getBody().xmlText(), e.getDocument().getBody().xmlText());
            assertTrue(e.getHeaderFooterPolicy().getDefaultFooter().getText().startsWith(editionLine));
            assertTrue(d.getHeaderFooterPolicy().getDefaultFooter().getText().startsWith(DRAFT_LINE));
        }
    }

    @Test
    void aPublishedEditionNeverChangesWhenTheDataOrTheTextsDo() throws Exception {
        byte[] draftJson = bytes(DRAFT + "json");
        byte[] draftJsonEn = bytes(DRAFT + "json&lang=en");
        byte[] draftHtml = bytes(DRAFT + "html");
        byte[] draftXlsx = bytes(DRAFT + "xlsx");
        byte[] draftDocx = bytes(DRAFT + "docx");

        Response published = given().post(EDITIONS);
        published.then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", org.hamcrest.Matchers.endsWith(EDITIONS + "/1"));
        JsonPath e1 = published.jsonPath();
        assertEquals(1, e1.getInt("number"));
        assertEquals("anonymous", e1.getString("publishedBy"));
        assertNotNull(e1.getString("publishedAt"));
        // the years asked for and what the answers carry
        assertEquals(2566, e1.getInt("dataVersions.fiscalYear"));
        assertEquals(2565, e1.getInt("dataVersions.academicYear"));
        assertEquals("2023-09-30", e1.getString("dataVersions.budgetAsOf"));
        assertEquals("00000000-0000-0000-0000-000000000000", e1.getString("dataVersions.executionReportId"));
        // each of the ten reads: the area's profile with school-service's ETag, the budget with its bytes' hash
        List<Map<String, Object>> reads = e1.getList("dataVersions.reads");
        assertEquals(10, reads.size(), reads.toString());
        Map<String, Object> profile = read(reads, "GET /v1/areas/" + AREA);
        assertEquals("school-service", profile.get("service"));
        assertEquals("\"" + StubUpstreams.AREA_VERSION + "\"", profile.get("etag"));
        Map<String, Object> budget = read(reads, "GET /v1/areas/" + AREA + "/budget?fiscalYear=2566");
        assertEquals(200, budget.get("status"));
        assertNull(budget.get("etag"));
        assertEquals(sha256(StubUpstreams.fixture("budget.json").getBytes(StandardCharsets.UTF_8)), budget.get("sha256"));

        // the edition is the draft it froze, in every format; its JSON's SHA-256 is the content hash
        String hash1 = e1.getString("contentSha256");
        Response json1 = given().get(EDITIONS + "/1?format=json");
        json1.then().statusCode(200).header("X-Khet-Edition", "1").header("X-Khet-Content-Sha256", hash1);
        assertArrayEquals(draftJson, json1.asByteArray());
        assertEquals(hash1, sha256(json1.asByteArray()));
        // the printed formats differ from the draft's only by which copy they say they are (ADR 0025)
        String line1 = new RenderOptions(false).edition(1, e1PublishedDay(e1)).copyLine();
        assertEquals(asEdition(draftHtml, line1), new String(bytes(EDITIONS + "/1?format=html"), StandardCharsets.UTF_8));
        assertSameSheets(draftXlsx, bytes(EDITIONS + "/1?format=xlsx"), line1);
        assertSameBody(draftDocx, bytes(EDITIONS + "/1?format=docx"), line1);
        byte[] pdf = given().accept("application/pdf").get(EDITIONS + "/1").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition",
                        org.hamcrest.Matchers.containsString("edition-1.pdf")).extract().asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));

        // its English copy is the English draft it froze at the same moment (ADR 0027), readable in every format
        assertArrayEquals(draftJsonEn, bytes(EDITIONS + "/1?format=json&lang=en"));
        String htmlEn = new String(bytes(EDITIONS + "/1?format=html&lang=en"), StandardCharsets.UTF_8);
        assertTrue(htmlEn.contains("Edition 1, published on ") && htmlEn.contains("<html lang=\"en\">"));
        given().get(EDITIONS + "/1?format=docx&lang=en").then().statusCode(200).header("Content-Disposition",
                org.hamcrest.Matchers.containsString("edition-1-en.docx"));
        given().get(EDITIONS + "/1?format=html&lang=xx").then().statusCode(400).contentType("application/problem+json");

        // publishing the same report again publishes nothing
        String detail = given().post(EDITIONS).then().statusCode(409).contentType("application/problem+json")
                .extract().jsonPath().getString("detail");
        assertTrue(detail.contains("nothing changed since edition 1"), detail);

        // the data and a text change: personnel's disbursement 11,874,194.04 → 11,900,000.00, and a foreword
        String path = "/v1/areas/{area}/budget?fiscalYear=2566";
        StubUpstreams.get().answer(AREA, "budget", path, StubUpstreams.fixture("budget.json")
                .replaceFirst("\"disbursed\": 11874194.04,", "\"disbursed\": 11900000.00,"));
        given().contentType(ContentType.JSON)
                .body("{\"elements\": [{\"kind\": \"paragraph\", \"text\": \"คำนำของฉบับปรับปรุง\"}]}")
                .put("/v1/reports/texts/" + AREA + "/2566/foreword").then().statusCode(200);

        String draftNow = new String(bytes(DRAFT + "json"), StandardCharsets.UTF_8);
        assertTrue(draftNow.contains("11900000.00") && draftNow.contains("คำนำของฉบับปรับปรุง"));
        // edition 1 reads as it was published: same bytes, same hash, the old figure and no foreword
        byte[] again = bytes(EDITIONS + "/1?format=json");
        assertArrayEquals(draftJson, again);
        assertEquals(hash1, sha256(again));
        String old = new String(again, StandardCharsets.UTF_8);
        assertTrue(old.contains("11874194.04") && !old.contains("11900000.00") && !old.contains("คำนำของฉบับปรับปรุง"));
        assertArrayEquals(draftJsonEn, bytes(EDITIONS + "/1?format=json&lang=en"), "the English copy never changes either");
        assertEquals(asEdition(draftHtml, line1), new String(bytes(EDITIONS + "/1?format=html"), StandardCharsets.UTF_8));
        assertFalse(java.util.Arrays.equals(draftHtml, bytes(DRAFT + "html")), "the draft changed");

        JsonPath e2 = given().post(EDITIONS).then().statusCode(201).extract().jsonPath();
        assertEquals(2, e2.getInt("number"));
        assertNotEquals(hash1, e2.getString("contentSha256"));
        assertEquals(draftNow, new String(bytes(EDITIONS + "/2?format=json"), StandardCharsets.UTF_8));

        // edition 2 against 1: the one figure and the one text that changed, nothing else
        JsonPath diff = given().get(EDITIONS + "/2/diff?against=1").then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath().using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertEquals(List.of(), diff.getList("tables"));
        assertEquals(1, diff.getList("figures").size(), diff.prettify());
        assertEquals("changed", diff.getString("figures[0].change"));
        assertEquals("t3.5.1", diff.getString("figures[0].table"));
        assertEquals("งบบุคลากร", diff.getString("figures[0].row"));
        assertEquals("disbursed", diff.getString("figures[0].column"));
        assertEquals("เบิกจ่าย", diff.getString("figures[0].columnHeader"));
        assertEquals(new BigDecimal("11874194.04"), diff.get("figures[0].before"));
        assertEquals(new BigDecimal("11900000.00"), diff.get("figures[0].after"));
        assertEquals(1, diff.getList("texts").size());
        assertEquals("added", diff.getString("texts[0].change"));
        assertEquals("foreword-text", diff.getString("texts[0].section"));
        assertEquals("คำนำ", diff.getString("texts[0].sectionTitle"));
        assertNull(diff.getString("texts[0].before"));
        assertEquals("คำนำของฉบับปรับปรุง", diff.getString("texts[0].after"));
        assertEquals(2, diff.getInt("changes"));
        assertEquals(hash1, diff.getString("againstContentSha256"));
        // the other way round, the same changes reversed
        JsonPath back = given().get(EDITIONS + "/1/diff?against=2").then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        assertEquals(new BigDecimal("11900000.00"), back.get("figures[0].before"));
        assertEquals("removed", back.getString("texts[0].change"));
        given().get(EDITIONS + "/2/diff").then().statusCode(400).contentType("application/problem+json");
        given().get(EDITIONS + "/2/diff?against=5").then().statusCode(404).contentType("application/problem+json");

        JsonPath list = given().get(EDITIONS).then().statusCode(200).extract().jsonPath();
        assertEquals(2, list.getInt("count"));
        assertEquals(List.of(1, 2), list.getList("editions.number"));
        assertEquals(List.of(hash1, e2.getString("contentSha256")), list.getList("editions.contentSha256"));
        assertEquals(EDITIONS + "/1", list.getString("editions[0].path"));
    }

    @Test
    void anEditionNeverPublishedIsA404AndABadNumberA400() {
        given().get("/v1/reports/editions/5680/2566/3").then().statusCode(404).contentType("application/problem+json");
        given().get("/v1/reports/editions/5680/2566/abc").then().statusCode(400).contentType("application/problem+json");
        given().get("/v1/reports/editions/5680/2566/0").then().statusCode(400);
        given().get("/v1/reports/editions/5680/2023").then().statusCode(400).contentType("application/problem+json");
        JsonPath none = given().get("/v1/reports/editions/5680/2566").then().statusCode(200).extract().jsonPath();
        assertEquals(0, none.getInt("count"));
    }

    private static Map<String, Object> read(List<Map<String, Object>> reads, String request) {
        return reads.stream().filter(r -> request.equals(r.get("request"))).findFirst()
                .orElseThrow(() -> new AssertionError("no read " + request + " in " + reads));
    }
}
