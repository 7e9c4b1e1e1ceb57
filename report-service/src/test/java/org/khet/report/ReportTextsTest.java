package org.khet.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.khet.report.support.StubUpstreamsResource;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The office's own texts (issue 22): validation, copy-forward from an earlier year as a draft, If-Match, and the
 * report printing a stored foreword and Part 4 in JSON and HTML. The stub upstreams answer every area with the
 * Phayao 2 fixtures; these tests use areas of their own (5698, 5695) so that no other class's report changes.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class ReportTextsTest {
    private static final String PART4 = """
            {"elements": [
              {"kind": "paragraph", "text": "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2 พบปัญหาดังนี้"},
              {"kind": "numbered", "title": "ปัญหา/อุปสรรค", "items": ["งบประมาณไม่เพียงพอ", "บุคลากรไม่เพียงพอ"]},
              {"kind": "bulleted", "title": "ข้อเสนอแนะ", "items": ["ควรจัดสรรงบประมาณเพิ่ม"]}]}""";
    private static final String FOREWORD = """
            {"elements": [{"kind": "paragraph", "text": "รายงานฉบับนี้จัดทำขึ้นเพื่อรายงานผลการดำเนินงาน"}]}""";

    private static Response put(String path, String body, String ifMatch) {
        var req = given().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            req = req.header("If-Match", ifMatch);
        }
        return req.put("/v1/reports/texts/" + path);
    }

    @Test
    void badInputIsA400NamingTheFieldAndStoresNothing() {
        JsonPath p = put("5698/2560/part4", "{\"elements\": []}", null).then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath();
        assertEquals(List.of("elements"), p.getList("errors.field"));

        p = put("5698/2560/part4", """
                {"elements": [{"kind": "table", "text": "x"},
                  {"kind": "numbered", "items": ["ก", " "]},
                  {"kind": "paragraph", "text": ""},
                  {"kind": "bulleted", "text": "ข้อความ", "items": ["ข"]}]}""", null)
                .then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertEquals(List.of("elements[0].kind", "elements[1].items[1]", "elements[2].text", "elements[3].text"),
                p.getList("errors.field"));

        put("5698/2560/summary", FOREWORD, null).then().statusCode(404).contentType("application/problem+json");
        // nothing was stored: neither 2560 nor a later year has texts
        given().get("/v1/reports/texts/5698/2560/part4").then().statusCode(404).contentType("application/problem+json");
        given().get("/v1/reports/texts/5698/2561/part4").then().statusCode(404);
    }

    @Test
    void aYearWithoutTextsReadsTheLatestEarlierYearsAsADraft() {
        put("5695/2563/part4", "{\"elements\": [{\"kind\": \"paragraph\", \"text\": \"ของปี 2563\"}]}", null).then().statusCode(200);
        put("5695/2564/part4", "{\"elements\": [{\"kind\": \"paragraph\", \"text\": \"ของปี 2564\"}]}", null)
                .then().statusCode(200).header("ETag", "\"1\"");

        JsonPath own = given().get("/v1/reports/texts/5695/2564/part4").then().statusCode(200).header("ETag", "\"1\"")
                .extract().jsonPath();
        assertFalse(own.getBoolean("draft"));
        assertEquals(1, own.getInt("version"));

        Response draft = given().get("/v1/reports/texts/5695/2566/part4");
        draft.then().statusCode(200).header("ETag", "\"0\"");
        JsonPath d = draft.jsonPath();
        assertTrue(d.getBoolean("draft"));
        assertEquals(2566, d.getInt("fiscalYear"));
        assertEquals(2564, d.getInt("storedFiscalYear"));
        assertEquals(0, d.getInt("version"));
        assertEquals("ของปี 2564", d.getString("elements[0].text"));
        // an earlier year than any stored has nothing to copy
        given().get("/v1/reports/texts/5695/2562/part4").then().statusCode(404);

        // storing the draft as the year's own: If-Match "0" (the draft's tag) holds once, then the version is 1
        put("5695/2566/part4", "{\"elements\": [{\"kind\": \"paragraph\", \"text\": \"ของปี 2566\"}]}", "\"0\"")
                .then().statusCode(200).header("ETag", "\"1\"");
        put("5695/2566/part4", "{\"elements\": [{\"kind\": \"paragraph\", \"text\": \"ซ้ำ\"}]}", "\"0\"")
                .then().statusCode(412).contentType("application/problem+json");
        JsonPath mine = given().get("/v1/reports/texts/5695/2566/part4").then().statusCode(200).extract().jsonPath();
        assertFalse(mine.getBoolean("draft"));
        assertEquals("ของปี 2566", mine.getString("elements[0].text"));
        given().header("If-None-Match", "\"1\"").get("/v1/reports/texts/5695/2566/part4").then().statusCode(304);
    }

    @Test
    void theReportPrintsEachBlocksLatestYearUpToItsOwn() {
        // area 5691: Part 4 of 2564 and of 2566, the foreword of 2565 only, and one of 2567 that 2566 must not read
        // (the report reads every block in one statement: each block's own latest year, not one year for all)
        put("5691/2564/part4", "{\"elements\": [{\"kind\": \"paragraph\", \"text\": \"ปัญหาของปี 2564\"}]}", null).then().statusCode(200);
        put("5691/2566/part4", "{\"elements\": [{\"kind\": \"paragraph\", \"text\": \"ปัญหาของปี 2566\"}]}", null).then().statusCode(200);
        put("5691/2565/foreword", "{\"elements\": [{\"kind\": \"paragraph\", \"text\": \"คำนำของปี 2565\"}]}", null).then().statusCode(200);
        put("5691/2567/foreword", "{\"elements\": [{\"kind\": \"paragraph\", \"text\": \"คำนำของปี 2567\"}]}", null).then().statusCode(200);

        JsonPath r = given().get("/v1/reports/annual?area=5691&fiscalYear=2566").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("foreword", "part-1", "part-2", "part-3", "part-4", "appendix"), r.getList("parts.id"));
        assertEquals(List.of("คำนำของปี 2565"), r.getList("parts[0].sections[0].blocks.text"));
        assertEquals(List.of("ปัญหาของปี 2566"), r.getList("parts[4].sections[0].blocks.text"));

        JsonPath earlier = given().get("/v1/reports/annual?area=5691&fiscalYear=2565").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("คำนำของปี 2565"), earlier.getList("parts[0].sections[0].blocks.text"));
        assertEquals(List.of("ปัญหาของปี 2564"), earlier.getList("parts[4].sections[0].blocks.text"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReportPrintsTheStoredForewordAndPart4() {
        String annual = "/v1/reports/annual?area=5698&fiscalYear=2566";
        // the report is composed and cached before the texts are stored: storing them must drop it
        JsonPath before = given().get(annual).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("part-1", "part-2", "part-3", "part-4", "appendix"), before.getList("parts.id"));

        put("5698/2566/part4", PART4, null).then().statusCode(200);
        put("5698/2566/foreword", FOREWORD, null).then().statusCode(200);

        JsonPath r = given().get(annual).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("foreword", "part-1", "part-2", "part-3", "part-4", "appendix"), r.getList("parts.id"));
        assertEquals("คำนำ", r.getString("parts[0].title"));
        assertEquals("รายงานฉบับนี้จัดทำขึ้นเพื่อรายงานผลการดำเนินงาน", r.getString("parts[0].sections[0].blocks[0].text"));
        List<Map<String, Object>> p4 = r.getList("parts[4].sections[0].blocks");
        assertEquals(3, p4.size());
        assertEquals("paragraph", p4.get(0).get("kind"));
        assertEquals("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2 พบปัญหาดังนี้", p4.get(0).get("text"));
        assertEquals("ปัญหา/อุปสรรค", p4.get(1).get("title"));
        assertEquals(true, p4.get(1).get("numbered"));
        assertEquals(List.of("งบประมาณไม่เพียงพอ", "บุคลากรไม่เพียงพอ"), p4.get(1).get("items"));
        assertEquals(false, p4.get(2).get("numbered"));
        assertEquals(List.of("ควรจัดสรรงบประมาณเพิ่ม"), p4.get(2).get("items"));

        String html = given().queryParam("format", "html").get(annual).then().statusCode(200).extract().asString();
        int foreword = html.indexOf("รายงานฉบับนี้จัดทำขึ้นเพื่อรายงานผลการดำเนินงาน");
        int part1 = html.indexOf("id=\"part-1\"");
        assertTrue(foreword > 0 && foreword < part1, "the foreword is printed before Part 1");
        String part4 = html.substring(html.indexOf("id=\"part-4\""), html.indexOf("id=\"appendix\""));
        assertTrue(part4.contains("งบประมาณไม่เพียงพอ"), part4);
        assertTrue(part4.contains("ควรจัดสรรงบประมาณเพิ่ม"), part4);
        assertFalse(part4.contains("แผนปฏิบัติการ"), "the projects' remarks are not printed over the office's text");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOtherBlocksAreStoredThroughTheApiAndPrintedInTheirPlaces() {
        // area 5689: its own, so no other class's report changes
        put("5689/2566/credits", """
                {"elements": [{"kind": "bulleted", "title": "ที่ปรึกษา",
                  "items": ["นายสำเนียง อัดไพบูลย์ – ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2"]}]}""", null)
                .then().statusCode(200).body("block", org.hamcrest.Matchers.is("credits"))
                .body("titleTh", org.hamcrest.Matchers.is("คณะผู้จัดทำ"));
        put("5689/2566/borders", """
                {"elements": [{"kind": "paragraph", "title": "ทิศเหนือ", "text": "ติดต่อกับจังหวัดเชียงราย"}]}""", null)
                .then().statusCode(200);
        // a draft for the next year, as every block
        assertTrue(given().get("/v1/reports/texts/5689/2567/credits").then().statusCode(200).extract().jsonPath()
                .getBoolean("draft"));

        JsonPath r = given().get("/v1/reports/annual?area=5689&fiscalYear=2566").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> appendix = r.getList("parts.find { it.id == 'appendix' }.sections");
        Map<String, Object> last = appendix.get(appendix.size() - 1);
        assertEquals("คณะผู้จัดทำ", last.get("title"));
        Map<String, Object> location = r.getMap("parts.find { it.id == 'part-1' }.sections.find { it.id == 'p1-location' }.blocks[0]");
        assertEquals("ทิศเหนือ", location.get("label"));
        assertEquals("ติดต่อกับจังหวัดเชียงราย", location.get("text"));
        // the blocks not written print nothing: no foreword part, no introduction before the policies
        assertFalse(r.getList("parts.id").contains("foreword"));

        String html = given().queryParam("format", "html").get("/v1/reports/annual?area=5689&fiscalYear=2566").then()
                .statusCode(200).extract().asString();
        assertTrue(html.indexOf("นายสำเนียง อัดไพบูลย์ – ผู้อำนวยการ") > html.indexOf("id=\"appendix\""),
                "the credits are printed in the appendix");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEnglishVersionIsStoredBesideTheThaiCopiedForwardPrintedInEnglishAndFrozenWithAnEdition() {
        // area 5687: its own. The foreword in both languages; its signatories and Part 4 in Thai only
        put("5687/2565/foreword", """
                {"elements": [{"kind": "paragraph", "text": "รายงานฉบับนี้จัดทำขึ้นเพื่อรายงานผลการดำเนินงาน"}],
                 "elementsEn": [{"kind": "paragraph", "text": "This report sets out what the office did in the year."}]}""",
                null).then().statusCode(200).body("elementsEn[0].text",
                        org.hamcrest.Matchers.is("This report sets out what the office did in the year."));
        put("5687/2565/signatories", """
                {"elements": [{"kind": "paragraph", "text": "(นายสำเนียง อัดไพบูลย์)"}]}""", null).then().statusCode(200);
        put("5687/2565/part4", PART4, null).then().statusCode(200);

        // a bad English element is a 400 naming it, and nothing is stored: the foreword keeps its version and texts
        JsonPath bad = put("5687/2565/foreword", """
                {"elements": [{"kind": "paragraph", "text": "ใหม่"}],
                 "elementsEn": [{"kind": "paragraph", "text": "fine"}, {"kind": "table", "text": "x"},
                                {"kind": "numbered", "items": [" "]}]}""", "\"1\"")
                .then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertEquals(List.of("elementsEn[1].kind", "elementsEn[2].items[0]"), bad.getList("errors.field"));
        JsonPath kept = given().get("/v1/reports/texts/5687/2565/foreword").then().statusCode(200).header("ETag", "\"1\"")
                .extract().jsonPath();
        assertEquals("รายงานฉบับนี้จัดทำขึ้นเพื่อรายงานผลการดำเนินงาน", kept.getString("elements[0].text"));
        assertNull(given().get("/v1/reports/texts/5687/2565/part4").then().statusCode(200).extract().jsonPath()
                .get("elementsEn"), "a block written in Thai only has no English");

        // copied forward to 2566 with the Thai
        JsonPath draft = given().get("/v1/reports/texts/5687/2566/foreword").then().statusCode(200).extract().jsonPath();
        assertTrue(draft.getBoolean("draft"));
        assertEquals("This report sets out what the office did in the year.", draft.getString("elementsEn[0].text"));

        // the English report prints the English where the office wrote it, and the Thai under the note where not
        String note = "The area office wrote this text in Thai only; it is printed as written.";
        JsonPath en = given().get("/v1/reports/annual?area=5687&fiscalYear=2566&lang=en").then().statusCode(200)
                .extract().jsonPath();
        List<String> foreword = en.getList("parts.find { it.id == 'foreword' }.sections[0].blocks.text");
        assertEquals(List.of("This report sets out what the office did in the year.", note, "(นายสำเนียง อัดไพบูลย์)"),
                foreword);
        List<Map<String, Object>> p4 = en.getList("parts.find { it.id == 'part-4' }.sections[0].blocks");
        assertEquals(note, p4.get(0).get("text"));
        assertEquals("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2 พบปัญหาดังนี้", p4.get(1).get("text"));
        // the Thai report prints the Thai
        assertEquals(List.of("รายงานฉบับนี้จัดทำขึ้นเพื่อรายงานผลการดำเนินงาน", "(นายสำเนียง อัดไพบูลย์)"),
                given().get("/v1/reports/annual?area=5687&fiscalYear=2566").then().statusCode(200).extract().jsonPath()
                        .getList("parts.find { it.id == 'foreword' }.sections[0].blocks.text"));

        // an edition freezes the English: a later English foreword changes the draft, not the edition
        given().post("/v1/reports/editions/5687/2566").then().statusCode(201);
        put("5687/2566/foreword", """
                {"elements": [{"kind": "paragraph", "text": "รายงานฉบับนี้จัดทำขึ้นเพื่อรายงานผลการดำเนินงาน"}],
                 "elementsEn": [{"kind": "paragraph", "text": "Reworded later."}]}""", "\"0\"").then().statusCode(200);
        assertEquals("Reworded later.", given().get("/v1/reports/annual?area=5687&fiscalYear=2566&lang=en").then()
                .statusCode(200).extract().jsonPath().getString("parts.find { it.id == 'foreword' }.sections[0].blocks[0].text"));
        assertEquals("This report sets out what the office did in the year.", given()
                .get("/v1/reports/editions/5687/2566/1?format=json&lang=en").then().statusCode(200).extract().jsonPath()
                .getString("parts.find { it.id == 'foreword' }.sections[0].blocks[0].text"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutStoredTextsPart4ListsTheProjectsRemarksNumberedOnce() {
        JsonPath r = given().get("/v1/reports/annual?area=5602&fiscalYear=2566").then().statusCode(200).extract().jsonPath();
        List<String> problems = r.getList("parts.find { it.id == 'part-4' }.sections[0].blocks[0].items");
        assertEquals(24, problems.size());
        // the fixture's third remark is "1. วิทยากรที่มี…", its seventh "- งบประมาณในการนิเทศติดตาม…"
        assertTrue(problems.get(2).startsWith("วิทยากรที่มีความรู้ความเชี่ยวชาญ"), problems.get(2));
        assertTrue(problems.get(6).startsWith("งบประมาณในการนิเทศติดตามได้รับน้อย"), problems.get(6));
        for (String p : problems) {
            assertFalse(p.matches("^\\s*([0-9]+[.)]|-).*"), p);
        }
    }
}
