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
            Directory.unit("56990002", OrgUnitChanged.SCHOOL, AREA, AREA, "โรงเรียนบ้านเลิกสอน", "closed");
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
                + "2565,ONET-P6,61,AREA,5699,50.00,1072\n"          // row 10: same key as row 2
                + "2565,ONET-P6,61,SCHOOL,56990002,50.00,10\n"      // row 11: a closed school
                + "2565,ONET-P6,61,SCHOOL,5699,50.00,10\n"          // row 12: an area's code on a school row
                + "2565,ONET-P6,61,SCHOOL,56990001,50.00,10\n";     // row 13: an open school: fine
        given().contentType("text/csv").body(csv).post("/v1/test-statistics/feed").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was stored"))
                .body("errors.find { it.row == 3 }.column", is("test"))
                .body("errors.find { it.row == 4 }.column", is("subject"))
                .body("errors.find { it.row == 5 }.message", containsString("'5698'"))
                .body("errors.find { it.row == 6 }.column", is("orgCode"))
                .body("errors.find { it.row == 6 }.message", is("no school 56990099 is registered"))
                .body("errors.find { it.row == 7 }.column", is("meanPercent"))
                .body("errors.find { it.row == 8 }.column", is("level"))
                .body("errors.findAll { it.row == 9 }.column", hasItems("academicYear", "meanPercent", "takers"))
                .body("errors.find { it.row == 10 }.message", containsString("row 2"))
                .body("errors.find { it.row == 11 }.column", is("orgCode"))
                .body("errors.find { it.row == 11 }.message", is("school 56990002 is closed; it sends no test results"))
                .body("errors.find { it.row == 12 }.message", containsString("8 or 10 digits, got '5699'"))
                .body("errors.row", not(hasItem(13)))
                .body("errors.row", not(hasItem(2)));
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
                .post("/v1/test-statistics").then().statusCode(201).body("created", is(1)).body("rows", is(1))
                .body("areaCodes", contains(AREA)).body("years", contains(2565));
        given().contentType(ContentType.JSON)
                .body("{\"academicYear\":2565,\"test\":\"NT-P3\",\"subject\":\"MATH\",\"level\":\"AREA\",\"orgCode\":\"" + AREA
                        + "\",\"meanPercent\":48.64}")
                .post("/v1/test-statistics").then().statusCode(200).body("unchanged", is(1));
        assertEquals(before + 1, stored());
    }

    static final String QP_TEST = """
            {"family":"QP","nameTh":"ตัวชี้วัดทดสอบ","fiscalYear":2566,"rubric":"OBEC-5LEVEL","averageDepth":1,
             "indicators":[{"code":"1","titleTh":"ความปลอดภัย","kind":"ROUNDS"},{"code":"2","titleTh":"พาน้องกลับมาเรียน","kind":"SCORE"},
                           {"code":"3","titleTh":"เป้าหมาย","kind":"TARGET"}]}""";
    static final String ITA_TEST = """
            {"family":"ITA-X","nameTh":"ITA ทดสอบ","fiscalYear":2566,"rubric":"ITA-GRADE",
             "indicators":[{"code":"I1","titleTh":"ITA 1","kind":"GRADE"},{"code":"I2","titleTh":"ITA 2","kind":"GRADE"},
                           {"code":"I3","titleTh":"ITA 3","kind":"GRADE"},{"code":"I4","titleTh":"ITA 4","kind":"GRADE"}]}""";

    /** Defines a framework (again: a re-sent definition answers 200 and changes nothing). */
    static void framework(String code, String json) {
        given().contentType(ContentType.JSON).body(json).put("/v1/frameworks/" + code).then().statusCode(anyOf(is(201), is(200)));
    }

    static int comparisons() {
        return given().get("/v1/test-statistics/comparisons?areaCode=" + AREA).then().statusCode(200)
                .extract().jsonPath().getList("$").size();
    }

    @Test
    void badEvaluationRowsAreRejectedWhole() {
        framework("QP-TEST", QP_TEST);
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
                .put("/v1/rubrics/OBEC-5LEVEL").then().statusCode(412).contentType("application/problem+json")
                .body("detail", containsString(etag));
        given().contentType(ContentType.JSON).header("If-None-Match", "*").body("""
                {"kind":"LEVEL","nameTh":"x","bands":[{"minScore":0,"level":1,"label":"ปรับปรุง"}]}""")
                .put("/v1/rubrics/OBEC-5LEVEL").then().statusCode(412);
        given().get("/v1/rubrics/OBEC-5LEVEL").then().statusCode(200).header("ETag", etag).body("bands.size()", is(5));
        // a conditional read: the client's copy is current (304, no body), or it is not (200)
        given().header("If-None-Match", etag).get("/v1/rubrics/OBEC-5LEVEL").then().statusCode(304)
                .header("ETag", etag).body(emptyString());
        given().header("If-None-Match", "\"999\"").get("/v1/rubrics/OBEC-5LEVEL").then().statusCode(200)
                .body("bands.size()", is(5));
        given().header("If-Match", "\"999\"").get("/v1/rubrics/OBEC-5LEVEL").then().statusCode(412)
                .contentType("application/problem+json");
    }

    @Test
    void readsNameWhatIsWrong() {
        given().get("/v1/areas/0000/tests?academicYear=2565").then().statusCode(404)
                .body("detail", containsString("'0000'"));
        given().get("/v1/areas/" + AREA + "/tests").then().statusCode(400).body("errors.field", hasItem("academicYear"));
        given().get("/v1/areas/" + AREA + "/evaluations?fiscalYear=2023").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.field == 'fiscalYear' }.message", containsString("common-era year"))
                .body("errors.find { it.field == 'fiscalYear' }.message", containsString("2566"));
        given().get("/v1/areas/" + AREA + "/evaluations").then().statusCode(400).body("errors.field", contains("fiscalYear"));
        given().get("/v1/areas/56x9/tests?academicYear=2565").then().statusCode(400)
                .body("errors.find { it.field == 'code' }.message", containsString("4 digits"));
        given().get("/v1/test-statistics?academicYear=abc").then().statusCode(400).body("errors.field", contains("academicYear"));
        given().get("/v1/evaluations?fiscalYear=1").then().statusCode(400).body("errors.field", contains("fiscalYear"));
        given().get("/v1/test-statistics/comparisons").then().statusCode(400).body("errors.field", contains("areaCode"));
        given().get("/v1/test-statistics/not-a-uuid").then().statusCode(404);
        given().get("/v1/test-statistics?page=-1").then().statusCode(400);
    }

    @Test
    void numbersTooLargeForTheirColumnAreRejectedByRowAndColumn() {
        long before = stored();
        String csv = "academicYear,test,subject,level,orgCode,meanPercent,takers,standardDeviation,source,reportedDiffObec,reportedDiffNation\n"
                + "2565,ONET-M3,91,AREA,5699,40.00,100,12345.67,สทศ.,,\n"   // 2 SD beyond numeric(5,2)
                + "2565,ONET-M3,93,AREA,5699,40.00,100,-1.50,,,\n"          // 3 negative SD
                + "2565,ONET-M3,94,AREA,5699,40.00,100,,,10000.00,\n"       // 4 difference beyond numeric(6,2)
                + "2565,ONET-M3,95,AREA,5699,40.00,100,,,,-100.01\n"        // 5 a difference of percentages beyond 100
                + "2565,ONET-M3,91,OBEC,5699,36.00,,,,,\n"                   // 6 an OBEC row with an area's code
                + "2565,ONET-M3,91,NATION,obec,35.00,,,,,\n"                 // 7 a national row with OBEC's code
                + "2565,ONET-M3,ALL,AREA,5699,40.00,99999999999,,,,\n";      // 8 takers beyond an integer
        given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/v1/test-statistics/feed").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.find { it.row == 2 }.column", is("standardDeviation"))
                .body("errors.find { it.row == 2 }.message", containsString("12345.67"))
                .body("errors.find { it.row == 3 }.column", is("standardDeviation"))
                .body("errors.find { it.row == 4 }.column", is("reportedDiffObec"))
                .body("errors.find { it.row == 5 }.column", is("reportedDiffNation"))
                .body("errors.find { it.row == 6 }.column", is("orgCode"))
                .body("errors.find { it.row == 6 }.message", containsString("'obec'"))
                .body("errors.find { it.row == 7 }.column", is("orgCode"))
                .body("errors.find { it.row == 7 }.message", containsString("'TH'"))
                .body("errors.find { it.row == 8 }.column", is("takers"))
                .body("errors.size()", is(7));
        assertEquals(before, stored(), "nothing of the rejected feed is stored");

        String single = "{\"academicYear\":2565,\"test\":\"ONET-M3\",\"subject\":\"91\",\"level\":\"AREA\",\"orgCode\":\"" + AREA
                + "\",\"meanPercent\":40.00,%s}";
        given().contentType(ContentType.JSON).body(single.formatted("\"standardDeviation\":1000.00"))
                .post("/v1/test-statistics").then().statusCode(400).body("errors.field", contains("standardDeviation"));
        given().contentType(ContentType.JSON).body(single.formatted("\"reportedDiffObec\":12345.67,\"reportedDiffNation\":-9999"))
                .post("/v1/test-statistics").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("reportedDiffObec", "reportedDiffNation"));
        assertEquals(before, stored());
    }

    @Test
    void badComparisonRowsAreRejectedWhole() {
        int before = comparisons();
        String csv = "areaCode,test,subject,academicYear,previousYear,meanPercent,previousMean,difference\n"
                + "5699,ONET-P6,61,2565,2564,50.00,49.00,1.00\n"      // 2 fine
                + "5699,ONET-P6,63,2565,2565,50.00,49.00,1.00\n"      // 3 the same year
                + "5699,ONET-P6,64,2565,2566,50.00,49.00,1.00\n"      // 4 a later year
                + "5698,ONET-P6,61,2565,2564,50.00,49.00,1.00\n"      // 5 unknown area
                + "5699,ONET-P6,62,2565,2564,50.00,49.00,1.00\n"      // 6 no such subject
                + "5699,ONET-P9,61,2565,2564,50.00,49.00,1.00\n"      // 7 unknown test
                + "5699,ONET-P6,65,2565,2564,50.00,49.00,5000.00\n";  // 8 difference beyond 100
        given().contentType("text/csv").body(csv).post("/v1/test-statistics/comparisons/feed").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was stored"))
                .body("errors.find { it.row == 3 }.column", is("previousYear"))
                .body("errors.find { it.row == 4 }.column", is("previousYear"))
                .body("errors.find { it.row == 5 }.column", is("areaCode"))
                .body("errors.find { it.row == 6 }.column", is("subject"))
                .body("errors.find { it.row == 7 }.column", is("test"))
                .body("errors.find { it.row == 8 }.column", is("difference"))
                .body("errors.row", not(hasItem(2)));
        assertEquals(before, comparisons(), "nothing of the rejected feed is stored");
    }

    @Test
    void badReportedFiguresOfEvaluationsAreRejectedWhole() {
        framework("QP-TEST", QP_TEST);
        framework("ITA-TEST", ITA_TEST);
        long before = evaluations();
        String csv = "areaCode,fiscalYear,framework,indicator,state,score,targetPercent,achievedPercent,reportedOutcome,reportedGrade,rank,rankOf,reportedChange\n"
                + "5699,2566,QP-TEST,3,,,80,90,ผ่าน,,,,\n"               // 2 not an outcome
                + "5699,2566,ITA-TEST,I1,,97.14,,,,AAA,,,\n"             // 3 not a grade of the rubric
                + "5699,2566,ITA-TEST,I2,,90.00,,,,A,246,245,\n"         // 4 rank beyond the ranked
                + "5699,2566,ITA-TEST,I3,,90.00,,,,A,1,245,123456.00\n"  // 5 change beyond numeric(6,2)
                + "5699,2566,ITA-TEST,I4,,100.01,,,,,,,\n";              // 6 a score beyond 100
        given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/v1/evaluations/feed").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.find { it.row == 2 }.column", is("reportedOutcome"))
                .body("errors.find { it.row == 3 }.column", is("reportedGrade"))
                .body("errors.find { it.row == 4 }.column", is("rank"))
                .body("errors.find { it.row == 5 }.column", is("reportedChange"))
                .body("errors.find { it.row == 6 }.column", is("score"))
                .body("errors.size()", is(5));
        assertEquals(before, evaluations());
    }

    @Test
    void aSingleEvaluationIsValidatedLikeAFeedRowAndAnsweredByField() {
        framework("ITA-TEST", ITA_TEST);
        long before = evaluations();
        String one = "{\"areaCode\":\"" + AREA + "\",\"fiscalYear\":2566,\"framework\":\"ITA-TEST\",\"indicator\":\"I1\","
                + "\"score\":97.14,%s}";
        given().contentType(ContentType.JSON).body(one.formatted("\"reportedChange\":-1000.50"))
                .post("/v1/evaluations").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("reportedChange"));
        given().contentType(ContentType.JSON).body(one.formatted("\"rank\":300,\"rankOf\":245,\"reportedGrade\":\"Z\""))
                .post("/v1/evaluations").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("rank", "reportedGrade"));
        given().contentType(ContentType.JSON).body(one.formatted("\"reportedOutcome\":\"maybe\""))
                .post("/v1/evaluations").then().statusCode(400).body("errors.field", contains("reportedOutcome"));
        given().contentType(ContentType.JSON).body("[" + one.formatted("\"rank\":1") + "]")
                .post("/v1/evaluations").then().statusCode(400);
        assertEquals(before, evaluations(), "nothing of the rejected records is stored");
        given().contentType(ContentType.JSON).body(one.formatted("\"rank\":123,\"rankOf\":245,\"reportedChange\":-0.11"))
                .post("/v1/evaluations").then().statusCode(201).body("created", is(1)).body("kind", is("evaluations"));
        assertEquals(before + 1, evaluations());
    }

    @Test
    void badTestAndRubricDefinitionsAreRejected() {
        given().contentType(ContentType.JSON).body("""
                {"family":"X","grade":"P6","nameTh":"ทดสอบ","subjects":[{"code":"A","nameTh":"ก"},{"code":"A","nameTh":"ข"}]}""")
                .put("/v1/test-catalogue/X-TEST").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("subjects[1].code"))
                .body("errors[0].message", containsString("twice"));
        given().contentType(ContentType.JSON).body("""
                {"family":"X","grade":"P6","nameTh":"ทดสอบ","subjects":[{"code":"ALL","nameTh":"รวม"}]}""")
                .put("/v1/test-catalogue/X-TEST").then().statusCode(400).body("errors.field", contains("subjects[0].code"));
        given().get("/v1/test-catalogue/X-TEST").then().statusCode(404);
        given().contentType(ContentType.JSON).body("""
                {"kind":"GRADE","nameTh":"เกณฑ์ผิด","bands":[{"minScore":0,"label":"F"},{"minScore":10000,"label":"A"}]}""")
                .put("/v1/rubrics/BAD-RANGE").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("bands[1].minScore"))
                .body("errors.field", not(hasItem("bands[0].minScore")));
        given().contentType(ContentType.JSON).body("""
                {"kind":"GRADE","nameTh":"เกณฑ์ผิด","bands":[{"minScore":-1,"label":"F"},{"minScore":1.505,"label":"A"}]}""")
                .put("/v1/rubrics/BAD-RANGE").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("bands[0].minScore", "bands[1].minScore"));
        given().get("/v1/rubrics/BAD-RANGE").then().statusCode(404);
    }

    @Test
    void aSubjectOrIndicatorWithResultsCannotBeRemoved() {
        String test = """
                {"family":"X","grade":"P6","nameTh":"ทดสอบลบวิชา","subjects":[{"code":"A","nameTh":"ก"},{"code":"B","nameTh":"ข"}]}""";
        given().contentType(ContentType.JSON).body(test).put("/v1/test-catalogue/X-REMOVE").then().statusCode(201);
        given().contentType("text/csv").body(HEADER + "2565,X-REMOVE,A,AREA,5699,50.00,10\n").post("/v1/test-statistics/feed")
                .then().statusCode(200).body("created", is(1));
        String etag = given().get("/v1/test-catalogue/X-REMOVE").then().extract().header("ETag");
        given().contentType(ContentType.JSON).body(test.replace(",{\"code\":\"B\",\"nameTh\":\"ข\"}", "").replace("\"A\"", "\"B\""))
                .put("/v1/test-catalogue/X-REMOVE").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("subject A"));
        given().get("/v1/test-catalogue/X-REMOVE").then().header("ETag", etag).body("subjects.code", contains("A", "B"));

        framework("QP-REMOVE", QP_TEST);
        given().contentType(ContentType.JSON).body("{\"areaCode\":\"" + AREA + "\",\"fiscalYear\":2566,\"framework\":\"QP-REMOVE\","
                + "\"indicator\":\"2\",\"score\":4}").post("/v1/evaluations").then().statusCode(201);
        String fwTag = given().get("/v1/frameworks/QP-REMOVE").then().extract().header("ETag");
        given().contentType(ContentType.JSON).body(QP_TEST.replace("{\"code\":\"2\",\"titleTh\":\"พาน้องกลับมาเรียน\",\"kind\":\"SCORE\"},", ""))
                .put("/v1/frameworks/QP-REMOVE").then().statusCode(409).body("detail", containsString("indicator 2"));
        given().get("/v1/frameworks/QP-REMOVE").then().header("ETag", fwTag).body("indicators.code", contains("1", "2", "3"));
    }

    @Test
    void anIdempotencyKeyReusedForOtherContentIs422() {
        String a = HEADER + "2565,RT-P1,READ-ALOUD,AREA,5699,75.53,\n";
        String b = HEADER + "2565,RT-P1,READ-ALOUD,AREA,5699,75.54,\n";
        given().contentType("text/csv").header("Idempotency-Key", "rt-5699-1").body(a).post("/v1/test-statistics/feed")
                .then().statusCode(200).body("created", is(1)).body("replayed", is(false));
        given().contentType("text/csv").header("Idempotency-Key", "rt-5699-1").body(b).post("/v1/test-statistics/feed")
                .then().statusCode(422);
        given().get("/v1/test-statistics?areaCode=" + AREA + "&test=RT-P1").then().body("items[0].meanPercent", is(75.53f));
    }
}
