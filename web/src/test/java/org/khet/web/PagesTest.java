package org.khet.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.devstack.DevTokens;

import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The pages against a stub gateway ({@link StubGateway}): what they show of the API's answers, the user's token on
 * every call, and every refusal in words (title, detail, row and column), never raw JSON.
 */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class PagesTest {
    static final String ROUND = StubGateway.ROUND;
    String token;

    @BeforeEach
    void signIn() throws Exception {
        StubGateway.RECEIVED.clear();
        token = DevTokens.mint(DevTokens.ensureKeys(Path.of("target/test-keys")), DevTokens.DEFAULT_ISSUER,
                DevTokens.DEFAULT_AUDIENCE, "ครูธุรการ", "school-officer", List.of("1056020001"), 600);
    }

    @Test
    void theRoundBoardShowsEachGroupsFiguresAndTheMissingSchools() {
        String html = given().cookie(Session.COOKIE, token).get("/areas/5602").then().statusCode(200)
                .extract().asString();
        // the stub's whole area: 3 expected, 2 submitted, 1 certified, 1 acknowledged, 1 late
        assertTrue(html.contains("<tr class=\"total\" data-group=\"total\"><th scope=\"row\">ทั้งเขต</th><td class=\"expected\">3</td>"
                + "<td class=\"submitted\">2</td><td class=\"certified\">1</td><td class=\"acknowledged\">1</td><td class=\"late\">1</td>"), html);
        assertTrue(html.contains("อำเภอ เมืองพะเยา"), "a district by its Thai name");
        assertTrue(html.contains("href=\"/rounds/" + ROUND + "/schools/1056020003\">1056020003 บ้านดอกคำใต้</a>"), "the missing school, linked");
        assertTrue(html.contains("ข้อมูลนักเรียน รอบที่ 1 ปีการศึกษา 2568"), html);
        // the findings call failed with a body that is not a problem: the status in words, not the body
        assertTrue(html.contains("บริการไม่พร้อมใช้งาน"), html);
        assertFalse(html.contains("upstream connect error"));
        assertTrue(StubGateway.RECEIVED.stream().allMatch(r -> r.contains("auth=Bearer " + token)), "the user's token on every call");
    }

    @Test
    void anUploadRefusedShowsEachErrorAtItsRowAndColumn() {
        String html = given().cookie(Session.COOKIE, token)
                .multiPart("file", "enrolment.csv", "schoolCode,academicYear,round,grade,boys,girls,classrooms\n".getBytes(), "text/csv")
                .post("/rounds/" + ROUND + "/schools/1056020001/upload").then().statusCode(400).extract().asString();
        assertTrue(html.contains("data-row=\"3\" data-column=\"boys\"><td>3</td><td>boys</td><td>-</td>"
                + "<td>must be a whole number, 0 or more (was -2)</td>"), html);
        assertTrue(html.contains("ข้อมูลที่ส่งไม่ถูกต้อง"), "the validation problem titled in Thai");
        assertFalse(html.contains("The feed has errors"));
        assertTrue(html.contains("1 row is not valid; nothing was stored"));
        assertFalse(html.contains("\"errors\""), "no raw JSON");
        String sent = StubGateway.RECEIVED.stream().filter(r -> r.startsWith("POST /api/v1/enrolment-rounds/feed")).findFirst().orElseThrow();
        assertTrue(sent.contains("type=text/csv"), sent);
        assertTrue(sent.contains("body=schoolCode,academicYear"), sent);
    }

    @Test
    void theSubmissionShowsItsWarningsWithAFieldForEachReason() {
        given().cookie(Session.COOKIE, token).get("/rounds/" + ROUND + "/schools/1056020001").then().statusCode(200)
                .body(containsString("data-status=\"submitted\""))
                .body(containsString("data-seq=\"1\" data-row=\"4\" data-column=\"classrooms\""))
                .body(containsString("นักเรียน 45 คนต่อห้อง เกิน 40"))
                .body(containsString("<label class=\"sr-only\" for=\"reason-1\">เหตุผลของคำเตือนที่ 1</label>"));
        given().cookie(Session.COOKIE, token).cookie(Lang.COOKIE, "en").get("/rounds/" + ROUND + "/schools/1056020001")
                .then().body(containsString("45 students per classroom, above 40"));
    }

    @Test
    void aReportTooSlowToDownloadIsAThaiPageInWordsNeverTheGatewaysProblem() {
        String html = given().cookie(Session.COOKIE, token).get("/reports/5602/2566/download?format=pdf").then()
                .statusCode(504).contentType(containsString("text/html")).extract().asString();
        assertTrue(html.contains("<html lang=\"th\">"), html);
        assertTrue(html.contains("<strong>บริการตอบช้าเกินไป</strong>"), "the gateway's upstream-timeout titled in Thai: " + html);
        assertTrue(html.contains("กรุณาลองอีกครั้งในอีกสักครู่"), "what to do, in Thai");
        assertTrue(html.contains("the report service did not answer within 120000 ms"), "the API's detail kept");
        assertFalse(html.contains("\"type\""), "no raw JSON");
        assertTrue(StubGateway.RECEIVED.stream().anyMatch(r -> r.startsWith("GET /api/v1/reports/annual?")
                && r.contains("area=5602") && r.contains("fiscalYear=2566") && r.contains("format=pdf")), StubGateway.RECEIVED.toString());
    }

    @Test
    void aProblemFromTheApiIsShownInItsWordsWithItsStatus() {
        given().cookie(Session.COOKIE, token).get("/rounds/" + ROUND + "/schools/1056029999").then().statusCode(404)
                .body(containsString("ไม่พบข้อมูล"))
                .body(not(containsString("Not found")))
                .body(containsString("no such thing: /api/v1/collection-rounds/" + ROUND + "/submissions/1056029999"))
                .body(not(containsString("\"type\"")));
        // the English console keeps the API's English title
        given().cookie(Session.COOKIE, token).cookie(Lang.COOKIE, "en").get("/rounds/" + ROUND + "/schools/1056029999")
                .then().statusCode(404).body(containsString("Not found"));
    }
}
