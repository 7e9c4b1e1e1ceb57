package org.khet.assessment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every class of bad input is a 4xx problem+json that says what and where, and nothing of it is stored. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class BadInputTest {
    static final String AREA = "5699";
    static final String HEADER = "academicYear,test,subject,level,orgCode,meanPercent,takers\n";
    static boolean seeded;

    @BeforeEach
    void directory() {
        if (!seeded) {
            seeded = true;
            Directory.unit("obec", OrgUnitChanged.OBEC, null, null, "สพฐ.");
            Directory.unit(AREA, OrgUnitChanged.AREA, "obec", AREA, "สพป.ทดสอบ เขต 9");
            Directory.unit("56990001", OrgUnitChanged.SCHOOL, AREA, AREA, "โรงเรียนบ้านทดสอบ");
        }
    }

    static long stored() {
        return given().get("/v1/test-statistics?areaCode=" + AREA + "&size=1").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    static long evaluations() {
        return given().get("/v1/evaluations?areaCode=" + AREA + "&size=1").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    @Test
    void aFeedWithBadRowsInTheMiddleIsRejectedWholeWithRowAndColumn() {
        long before = stored();
        String csv = HEADER
                + "2565,ONET-P6,61,AREA,5699,57.38,1072\n"
                + "2565,ONET-P9,61,AREA,5699,57.38,1072\n"          // row 3: unknown test
                + "2565,ONET-P6,62,AREA,5699,57.38,1072\n"          // row 4: no such subject
                + "2565,ONET-P6,63,AREA,5698,57.38,1072\n"          // row 5: unknown area
                + "2565,ONET-P6,64,SCHOOL,56990099,57.38,10\n"     // row 6: unknown school
                + "2565,ONET-P6,65,AREA,5699,101.5,1072\n"          // row 7: not a percentage
                + "2565,ONET-P6,65,DISTRICT,5699,41.49,1072\n"      // row 8: no such level
                + "2022,ONET-P6,65,AREA,5699,41.123,-3\n"          // row 9: CE year, 3 decimals, negative takers
                + "2565,ONET-P6,61,AREA,5699,50.00,1072\n";         // row 10: same key as row 2
        given().contentType("text/csv").body(csv).post("/v1/test-statistics/feed").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was stored"))
                .body("errors.find { it.row == 3 }.column", is("test"))
                .body("errors.find { it.row == 4 }.column", is("subject"))
                .body("errors.find { it.row == 5 }.message", containsString("'5698'"))
                .body("errors.find { it.row == 6 }.message", containsString("'56990099'"))
                .body("errors.find { it.row == 7 }.column", is("meanPercent"))
                .body("errors.find { it.row == 8 }.column", is("level"))
                .body("errors.findAll { it.row == 9 }.column", hasItems("academicYear", "meanPercent", "takers"))
                .body("errors.find { it.row == 10 }.message", containsString("row 2"));
        assertEquals(before, stored(), "nothing of the rejected feed is stored");
    }

    @Test
    void unreadableFeedsAreAnsweredClearly() {
        given().contentType("text/csv").body("academicYear,test\n2565,ONET-P6\n").post("/v1/test-statistics/feed")
                .then().statusCode(400).body("type", endsWith("feed-header"))
                .body("errors.column", hasItems("subject", "level", "meanPercent"));
        given().contentType("text/csv").body(new byte[]{(byte) 0xC3, (byte) 0xD2, ',', 'a', '\n'})
                .post("/v1/test-statistics/feed").then().statusCode(400).body("detail", containsString("UTF-8"));
        given().contentType("application/xml").body("<x/>").post("/v1/test-statistics/feed").then().statusCode(415);
        given().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body("not a workbook".getBytes(StandardCharsets.UTF_8))
                .post("/v1/evaluations/feed").then().statusCode(400).body("type", endsWith("malformed-feed"));
        given().contentType(ContentType.JSON).body("[{\"academicYear\":2565").post("/v1/test-statistics/feed")
                .then().statusCode(400);
    }

    @Test
    void aSingleRecordIsValidatedLikeAFeedRowAndAnsweredByField() {
        long before = stored();
        given().contentType(ContentType.JSON)
                .body("{\"academicYear\":\"สองห้าหก\",\"test\":\"NT-P3\",\"subject\":\"MATH\",\"level\":\"AREA\",\"orgCode\":\"" + AREA
                        + "\",\"meanPercent\":48.64,\"colour\":\"red\"}")
                .post("/v1/test-statistics").then().statusCode(400)
                .body("errors.field", hasItem("colour"));
        given().contentType(ContentType.JSON)
                .body("{\"academicYear\":\"x\",\"test\":\"NT-P3\",\"subject\":\"MATH\",\"level\":\"AREA\",\"orgCode\":\"" + AREA
                        + "\",\"meanPercent\":48.64}")
                .post("/v1/test-statistics").then().statusCode(400)
                .body("errors.field", hasItem("academicYear"));
        given().contentType(ContentType.JSON).body("[1,2]").post("/v1/test-statistics").then().statusCode(400);
        assertEquals(before, stored());
        given().contentType(ContentType.JSON)
                .body("{\"academicYear\":2565,\"test\":\"NT-P3\",\"subject\":\"MATH\",\"level\":\"AREA\",\"orgCode\":\"" + AREA
                        + "\",\"meanPercent\":48.64}")
                .post("/v1/test-statistics").then().statusCode(201).body("inserted", is(1));
        given().contentType(ContentType.JSON)
                .body("{\"academicYear\":2565,\"test\":\"NT-P3\",\"subject\":\"MATH\",\"level\":\"AREA\",\"orgCode\":\"" + AREA
                        + "\",\"meanPercent\":48.64}")
                .post("/v1/test-statistics").then().statusCode(200).body("unchanged", is(1));
        assertEquals(before + 1, stored());
    }

    @Test
    void badEvaluationRowsAreRejectedWhole() {
        given().contentType(ContentType.JSON).body("""
                {"family":"QP","nameTh":"ตัวชี้วัดทดสอบ","fiscalYear":2566,"rubric":"OBEC-5LEVEL","averageDepth":1,
                 "indicators":[{"code":"1","titleTh":"ความปลอดภัย","kind":"ROUNDS"},{"code":"2","titleTh":"พาน้องกลับมาเรียน","kind":"SCORE"},
                               {"code":"3","titleTh":"เป้าหมาย","kind":"TARGET"}]}""")
                .put("/v1/frameworks/QP-TEST").then().statusCode(anyOf(is(201), is(200)));
        long before = evaluations();
        String csv = "areaCode,fiscalYear,framework,indicator,round,state,score,reportedLabel,targetPercent,achievedPercent\n"
                + "5699,2566,QP-TEST,1,6m,,4,,,\n"
                + "5699,2566,QP-NONE,1,6m,,4,,,\n"       // 3 unknown framework
                + "5699,2566,QP-TEST,9,,,4,,,\n"          // 4 unknown indicator
                + "5699,2566,QP-TEST,1,12m,,7,,,\n"       // 5 score out of 1–5
                + "5699,2566,QP-TEST,2,6m,,4,,,\n"        // 6 round on an indicator scored once
                + "5699,2566,QP-TEST,2,,maybe,,,,\n"      // 7 unknown state
                + "5699,2566,QP-TEST,2,,NOT_APPLICABLE,3,,,\n" // 8 N/A with a score
                + "5699,2566,QP-TEST,1,,,2.5,ดีมากๆ,,\n"  // 9 label not in the rubric
                + "5699,2565,QP-TEST,3,,,,,80,\n"         // 10 wrong year for the framework, achieved missing
                + "5698,2566,QP-TEST,3,,,,,80,90\n";      // 11 unknown area
        given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/v1/evaluations/feed").then().statusCode(400)
                .body("errors.find { it.row == 3 }.column", is("framework"))
                .body("errors.find { it.row == 4 }.column", is("indicator"))
                .body("errors.find { it.row == 5 }.column", is("score"))
                .body("errors.find { it.row == 6 }.column", is("round"))
                .body("errors.find { it.row == 7 }.column", is("state"))
                .body("errors.find { it.row == 8 }.column", is("score"))
                .body("errors.find { it.row == 9 }.column", is("reportedLabel"))
                .body("errors.findAll { it.row == 10 }.column", hasItems("fiscalYear", "achievedPercent"))
                .body("errors.find { it.row == 11 }.message", containsString("'5698'"));
        assertEquals(before, evaluations());
    }

    @Test
    void definitionsAreValidatedAndHonourIfMatch() {
        given().contentType(ContentType.JSON).body("""
                {"family":"X","nameTh":"ทดสอบ","rubric":"NO-SUCH","indicators":[
                  {"code":"1.1","parentCode":"1","titleTh":"ลูก","kind":"SCORE"},{"code":"1","titleTh":"แม่","kind":"BOGUS"}]}""")
                .put("/v1/frameworks/X-1").then().statusCode(400)
                .body("errors.field", hasItem("indicators[1].kind"))
                .body("errors.field", not(hasItem("indicators[0].kind")));
        given().contentType(ContentType.JSON).body("""
                {"family":"X","nameTh":"ทดสอบ","rubric":"NO-SUCH","indicators":[
                  {"code":"1.1","parentCode":"1","titleTh":"ลูก","kind":"SCORE"},{"code":"1","titleTh":"แม่","kind":"GROUP"}]}""")
                .put("/v1/frameworks/X-1").then().statusCode(400)
                .body("errors.field", hasItems("rubric", "indicators[0].parentCode"));
        given().get("/v1/frameworks/X-1").then().statusCode(404);
        given().contentType(ContentType.JSON).body("""
                {"kind":"LEVEL","nameTh":"เกณฑ์ผิด","bands":[{"minScore":0,"level":3,"label":"ดี"},{"minScore":2,"level":1,"label":"ปรับปรุง"}]}""")
                .put("/v1/rubrics/BAD").then().statusCode(400).body("errors.field", hasItem("bands"));
        String etag = given().get("/v1/rubrics/OBEC-5LEVEL").then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", "\"999\"").body("""
                {"kind":"LEVEL","nameTh":"x","bands":[{"minScore":0,"level":1,"label":"ปรับปรุง"}]}""")
                .put("/v1/rubrics/OBEC-5LEVEL").then().statusCode(412);
        given().get("/v1/rubrics/OBEC-5LEVEL").then().statusCode(200).header("ETag", etag).body("bands.size()", is(5));
    }

    @Test
    void readsNameWhatIsWrong() {
        given().get("/v1/areas/0000/tests?academicYear=2565").then().statusCode(404)
                .body("detail", containsString("'0000'"));
        given().get("/v1/areas/" + AREA + "/tests").then().statusCode(400).body("errors.field", hasItem("academicYear"));
        given().get("/v1/areas/" + AREA + "/evaluations?fiscalYear=2023").then().statusCode(400)
                .body("detail", containsString("2566"));
        given().get("/v1/test-statistics/not-a-uuid").then().statusCode(404);
        given().get("/v1/test-statistics?page=-1").then().statusCode(400);
    }

    @Test
    void anIdempotencyKeyReusedForOtherContentIs422() {
        String a = HEADER + "2565,RT-P1,READ-ALOUD,AREA,5699,75.53,\n";
        String b = HEADER + "2565,RT-P1,READ-ALOUD,AREA,5699,75.54,\n";
        given().contentType("text/csv").header("Idempotency-Key", "rt-5699-1").body(a).post("/v1/test-statistics/feed")
                .then().statusCode(201);
        given().contentType("text/csv").header("Idempotency-Key", "rt-5699-1").body(b).post("/v1/test-statistics/feed")
                .then().statusCode(422);
        given().get("/v1/test-statistics?areaCode=" + AREA + "&test=RT-P1").then().body("items[0].meanPercent", is(75.53f));
    }
}
