package org.khet.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.devstack.DevTokens;

import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The dashboards, OBEC's page, a school's history and the buttons each role is offered, against the stub gateway
 * ({@link StubGateway}); every figure asserted is the stub's, every bar's length worked by hand.
 */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class OverviewPagesTest {
    static final String ROUND = StubGateway.ROUND;

    @BeforeEach
    void clear() {
        StubGateway.RECEIVED.clear();
    }

    static String token(String role, String org) throws Exception {
        return DevTokens.mint(DevTokens.ensureKeys(Path.of("target/test-keys")), DevTokens.DEFAULT_ISSUER,
                DevTokens.DEFAULT_AUDIENCE, "ผู้ทดสอบ", role, List.of(org), 600);
    }

    @Test
    void theDashboardDrawsEachFigureAndTablesItAndARefusedReadShowsInItsSection() throws Exception {
        String html = given().cookie(Session.COOKIE, token("area-officer", "5602")).get("/areas/5602/dashboard?fiscalYear=2566")
                .then().statusCode(200).extract().asString();
        // the enrolment of academic year 2566 (the fiscal year's), the tests of 2565 (the year before), FY 2566's curve
        List<String> sent = StubGateway.RECEIVED.stream().map(r -> r.substring(0, r.indexOf(" auth="))).toList();
        assertTrue(sent.contains("GET /api/v1/areas/5602/summary?academicYear=2566&round=1"), sent.toString());
        assertTrue(sent.contains("GET /api/v1/areas/5602/tests?academicYear=2565"), sent.toString());
        assertTrue(sent.contains("GET /api/v1/areas/5602/budget/curve?fiscalYear=2566"), sent.toString());
        // size classes: 84 is the largest of 84, 42, 5 → 400 px (the bar area), 42 → 200, 5 → 400 × 5 / 84 = 23.8
        assertTrue(html.contains("width=\"400\" height=\"12\"><title>ขนาดเล็ก · โรงเรียน: 84</title>"), html);
        assertTrue(html.contains("width=\"200\" height=\"12\"><title>ขนาดกลาง · โรงเรียน: 42</title>"), html);
        assertTrue(html.contains("width=\"23.8\" height=\"12\"><title>ขนาดใหญ่ · โรงเรียน: 5</title>"), html);
        assertTrue(html.contains("<tr data-size=\"S1\"><th scope=\"row\">ขนาดเล็ก</th><td>1-120</td><td class=\"schools\">84</td><td>64.12</td></tr>"), html);
        // students by district, stacked: the largest bar is เชียงคำ's 400 → 400 px, its boys 300 → 300 px, girls 100 → 100 px from x 480
        assertTrue(html.contains("x=\"180\" y=\"10\" width=\"300\" height=\"12\"><title>เชียงคำ · ชาย: 300</title>"), html);
        assertTrue(html.contains("x=\"480\" y=\"10\" width=\"100\" height=\"12\"><title>เชียงคำ · หญิง: 100</title>"), html);
        // O-NET on a scale of 100: 50 → 200 px, 45 → 180, 40 → 160; the NT test is not O-NET and is not drawn
        assertTrue(html.contains("width=\"200\" height=\"12\"><title>ภาษาไทย · เขตพื้นที่: 50.00</title>"), html);
        assertTrue(html.contains("width=\"180\" height=\"12\"><title>ภาษาไทย · สพฐ.: 45.00</title>"), html);
        assertTrue(html.contains("width=\"160\" height=\"12\"><title>ภาษาไทย · ประเทศ: 40.00</title>"), html);
        assertFalse(html.contains("data-test=\"NT-P3\""));
        // the curve: 31 March 2023 is day 181 of FY 2566's 364 → x = 48 + 572 × 181 / 364 = 332.4; 50 % → y = 10 + 200 × 0.5 = 110
        assertTrue(html.contains("cx=\"332.4\" cy=\"110\" r=\"4\"><title>ร้อยละเบิกจ่าย 2023-03-31: 50.00 %</title>"), html);
        assertTrue(html.contains("<tr data-as-of=\"2023-09-30\"><th scope=\"row\">2023-09-30</th><td>1000.00</td><td>950.00</td>"), html);
        // the projects read failed: its section says so in Thai with the API's detail; the others are still there
        assertTrue(html.contains("บริการไม่พร้อมใช้งาน"), html);
        assertTrue(html.contains("project-service did not answer"), html);
        assertTrue(html.contains("role=\"img\" aria-label=\"โรงเรียนจำแนกตามขนาด\""), "each chart is a labelled image");
    }

    @Test
    void obecSeesEveryAreasRoundInOneReadWithLinksToEachArea() throws Exception {
        String html = given().cookie(Session.COOKIE, token("obec-admin", "obec"))
                .get("/national?kind=enrolment&academicYear=2566&round=1").then().statusCode(200).extract().asString();
        String sent = StubGateway.RECEIVED.stream().filter(r -> r.startsWith("GET /api/v1/national/collection-rounds")).findFirst().orElseThrow();
        assertTrue(sent.contains("academicYear=2566") && sent.contains("kind=enrolment") && sent.contains("round=1"), sent);
        assertEquals(1, StubGateway.RECEIVED.size(), "one call for every area");
        assertTrue(html.contains("<a href=\"/areas/5602\">5602 สพป.พะเยา เขต 2</a>"), html);
        assertTrue(html.contains("<td class=\"expected\">131</td><td class=\"submitted\">128</td><td class=\"certified\">128</td>"
                + "<td class=\"acknowledged\">128</td><td class=\"late\">0</td><td class=\"missing\">3</td><td>97.71</td>"), html);
        assertTrue(html.contains("href=\"/reports/5602/2566\""), html);
        assertTrue(html.contains("ยังไม่มีรอบ"), "5601 has no round yet");
        assertTrue(html.contains("ข้อมูลนักเรียน รอบที่ 1 ปีการศึกษา 2566: 2 เขตพื้นที่"), html);
        // OBEC's home is this page, which the redirect asks for without a kind, year or round: enrolment, the
        // configured year, round 1 (a null kind was a 500: List.of(...).contains(null) throws)
        given().redirects().follow(false).cookie(Session.COOKIE, token("viewer", "obec")).get("/").then().statusCode(303)
                .header("Location", "/national");
        StubGateway.RECEIVED.clear();
        given().cookie(Session.COOKIE, token("viewer", "obec")).get("/national").then().statusCode(200);
        String asked = StubGateway.RECEIVED.stream().filter(r -> r.startsWith("GET /api/v1/national/collection-rounds")).findFirst().orElseThrow();
        assertTrue(asked.contains("kind=enrolment") && asked.contains("round=1"), asked);
    }

    @Test
    void aSchoolsHistoryShowsEachStatusChangeAndEachFigureChanged() throws Exception {
        String html = given().cookie(Session.COOKIE, token("school-officer", "1056020001")).get("/schools/1056020001/history")
                .then().statusCode(200).extract().asString();
        assertTrue(html.contains("โรงเรียนบ้านดอกคำใต้"), html);
        assertTrue(html.contains("<td>1980-05-16</td><td>เปิดสอน</td><td>ตั้งโรงเรียน</td><td>สพฐ.</td>"), html);
        assertTrue(html.contains("<tr class=\"transition\" data-action=\"reopen\"><td>2025-06-20 14:00</td>"
                + "<td>นางสาวจิตติมา (area-officer @ 5602)</td><td>เปิดให้แก้ไข</td>"), html);
        assertTrue(html.contains("ห้อง ป.1 นับซ้ำ"), "the reason of the reopening");
        assertTrue(html.contains("<tr class=\"figure-change\" data-figure=\"P1.boys\"><td>2025-06-21 10:00</td>"
                + "<td>ครูธุรการ (school-officer @ 1056020001)</td><td>P1.boys</td><td>12</td><td>14</td></tr>"), html);
        assertTrue(html.contains("ตัวเลขที่เปลี่ยน (1 รายการ)"), html);
    }

    @Test
    void eachRoleIsOfferedOnlyWhatItMayDo() throws Exception {
        String page = "/rounds/" + ROUND + "/schools/1056020001";
        String viewer = given().cookie(Session.COOKIE, token("viewer", "obec")).get(page).then().statusCode(200).extract().asString();
        for (String absent : List.of("id=\"certify\"", "id=\"acknowledge\"", "id=\"reopen\"", "id=\"upload\"", "name=\"reason-1\"")) {
            assertFalse(viewer.contains(absent), "a viewer is not offered " + absent);
        }
        assertTrue(viewer.contains("id=\"read-only\""));
        String director = given().cookie(Session.COOKIE, token("school-director", "1056020001")).get(page).then().extract().asString();
        assertTrue(director.contains("id=\"certify\""));
        assertFalse(director.contains("id=\"acknowledge\""));
        assertTrue(director.contains("name=\"reason-1\""), "the school explains its warnings");
        String officer = given().cookie(Session.COOKIE, token("school-officer", "1056020001")).get(page).then().extract().asString();
        assertFalse(officer.contains("id=\"certify\""), "only the director certifies");
        assertTrue(officer.contains("id=\"upload\""));
        String area = given().cookie(Session.COOKIE, token("area-officer", "5602")).get(page).then().extract().asString();
        assertTrue(area.contains("id=\"acknowledge\"") && area.contains("id=\"reopen\""));
        assertFalse(area.contains("id=\"certify\"") || area.contains("name=\"reason-1\""));
        // the report: publishing and the office's texts for the area only
        given().cookie(Session.COOKIE, token("viewer", "obec")).get("/reports/5602/2566").then()
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"publish\"")));
        given().cookie(Session.COOKIE, token("area-officer", "5602")).get("/reports/5602/2566").then()
                .body(org.hamcrest.Matchers.containsString("id=\"publish\""));
    }

    @Test
    void aReopeningWithoutAReasonIsRefusedInWordsAndNothingIsSent() throws Exception {
        given().cookie(Session.COOKIE, token("area-officer", "5602")).formParam("reason", "  ")
                .post("/rounds/" + ROUND + "/schools/1056020001/reopen").then().statusCode(400)
                .body(org.hamcrest.Matchers.containsString("กรุณากรอกเหตุผลที่เปิดให้แก้ไข"));
        assertTrue(StubGateway.RECEIVED.stream().noneMatch(r -> r.startsWith("POST")), StubGateway.RECEIVED.toString());
    }
}
