package org.khet.project;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.school.OfficeStaffChanged;
import org.khet.kit.org.OrgDirectory;
import org.khet.project.service.StaffRegister;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.OutboxRows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed report of Phayao 2 for FY2566 loaded through the API from the feed files in
 * src/test/resources/seed/phayao2-2566 (the same files as demo/phayao2-2566/project): the summary must give the
 * report's counts (31 action-plan projects, all achieved; 28 additional ones) and totals computed from the rows,
 * and list where the report contradicts itself.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class SeedReportTest {
    static final String DIR = "/seed/phayao2-2566/";
    static final String AREA = "/v1/areas/5602";

    @Inject
    OrgDirectory directory;
    @Inject
    AgroalDataSource db;
    @Inject
    StaffRegister staff;

    @BeforeEach
    void load() throws Exception {
        TestData.areas(directory);
        // the office staff register of demo/phayao2-2566/school, as school-service's events would fill the replica
        String lines = new String(TestData.resource(DIR + "office-staff.jsonl"), java.nio.charset.StandardCharsets.UTF_8);
        QuarkusTransaction.requiringNew().run(() -> lines.lines().filter(l -> !l.isBlank()).forEach(l -> {
            try {
                staff.apply(EventJson.MAPPER.readValue(l, OfficeStaffChanged.class));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        int plan = given().get(AREA + "/strategic-plan/2566").statusCode();
        if (plan == 404) {
            given().contentType(ContentType.JSON).body(TestData.resource(DIR + "strategic-plan-2566.json"))
                    .put(AREA + "/strategic-plan/2566").then().statusCode(201);
        }
        given().contentType("text/csv").body(TestData.resource(DIR + "projects-2566.csv"))
                .post(AREA + "/projects/feed").then().statusCode(200);
        given().contentType("text/csv").body(TestData.resource(DIR + "project-results-2566.csv"))
                .post(AREA + "/projects/results/feed").then().statusCode(200);
        given().contentType(ContentType.JSON).body(TestData.resource(DIR + "reported-figures-2566.json"))
                .put(AREA + "/projects/reported-figures?fiscalYear=2566").then().statusCode(200);
    }

    @Test
    void strategicPlanHasTheReportsLists() {
        given().get(AREA + "/strategic-plan/2566").then().statusCode(200).header("ETag", notNullValue())
                .body("vision", startsWith("บริหารจัดการตามหลักธรรมาภิบาล"))
                .body("missions.size()", is(8)).body("goals.size()", is(8))
                .body("strategies.number", contains(1, 2, 3, 4, 5, 6))
                .body("strategies[3].textTh", is("พัฒนาครู และบุคลากรทางการศึกษาเป็นมืออาชีพ"))
                .body("coreValues.letter", contains("P", "U", "S", "H"))
                .body("policies.titleTh", contains("ด้านความปลอดภัย", "ด้านโอกาสและการลดความเหลื่อมล้ำทางการศึกษา",
                        "ด้านคุณภาพ", "ด้านประสิทธิภาพ"))
                .body("policies[1].items.number", contains("2.1", "2.2", "2.3", "2.4", "2.5"))
                .body("focusPoints.size()", is(9));
        given().get("/v1/strategic-plans?areaCode=5602").then().statusCode(200)
                .body("fiscalYear", hasItem(2566)).body("strategies", hasItem(6));
    }

    @Test
    void summaryGivesTheReportsCountsAndTotalsComputedFromTheRows() {
        JsonPath s = given().get(AREA + "/projects/summary?fiscalYear=2566").then().statusCode(200).extract().jsonPath();

        assertEquals(31, s.getInt("lists[0].projects"));
        assertEquals("ACTION_PLAN", s.getString("lists[0].planKind"));
        assertEquals(31, s.getInt("lists[0].achieved"));
        assertMoney("100.00", s.get("lists[0].achievedPercent"));
        assertMoney("1542000.00", s.get("lists[0].budget"));
        assertMoney("1509070.00", s.get("lists[0].actualSpend"));
        assertMoney("228948.00", s.get("lists[1].actualSpend"));
        assertEquals(28, s.getInt("lists[1].projects"));
        assertEquals(27, s.getInt("lists[1].achieved"));
        assertEquals(1, s.getInt("lists[1].notAssessed"));
        assertMoney("96.43", s.get("lists[1].achievedPercent"));
        assertMoney("1702880.00", s.get("lists[1].budget"));
        assertEquals(List.of("น.ส.มารยาท ภูภัทรพงศ์", "นางอรทัย ชินหาร"), s.getList("lists[0].rows[3].owners.nameTh"));

        assertEquals(59, s.getInt("totals.projects"));
        assertMoney("3244880.00", s.get("totals.budget"));
        assertMoney("1738018.00", s.get("totals.actualSpend"));
        assertEquals(34, s.getInt("totals.spendReported"));

        Map<String, Object> s4 = s.getMap("byStrategy.find { it.strategyNumber == 4 }");
        assertEquals(22, s4.get("projects"));
        assertEquals("พัฒนาครู และบุคลากรทางการศึกษาเป็นมืออาชีพ", s4.get("strategyTh"));
        assertMoney("956258.00", s4.get("budget"));
        assertMoney("891805.00", s4.get("actualSpend"));
        assertMoney("64453.00", s4.get("remaining"));
        Map<String, Object> s5 = s.getMap("byStrategy.find { it.strategyNumber == 5 }");
        assertMoney("-29143.00", s5.get("remaining"));
        Map<String, Object> none = s.getMap("byStrategy.find { it.strategyNumber == null }");
        assertEquals(25, none.get("projects"));

        assertEquals(1, s.getList("byFundingSource.findAll { it.fundingSource == 'AREA' }").size());
        assertEquals(31, s.getInt("byFundingSource.find { it.fundingSource == 'AREA' }.projects"));

        // Part 4 material (the "- ไม่มี -" filter is tested on rows that have it, in ProjectApiTest)
        List<String> problems = s.getList("problems.text");
        assertEquals(true, problems.stream().anyMatch(t -> t.contains("กลุ่มเป้าหมายในการติดตาม")));
        assertEquals(true, s.getList("suggestions.text", String.class).stream().anyMatch(t -> t.contains("5ส")));
    }

    @Test
    void theReportsContradictionsAreFindings() {
        JsonPath s = given().get(AREA + "/projects/summary?fiscalYear=2566").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> findings = s.getList("findings.findAll { it.code != 'project.staff-register-placeholders' }");
        assertEquals(5, findings.size(), () -> findings.toString());

        // 37 owner names; 2 are on the office staff register (one written น.ส. there นางสาว); the other 35 are
        // listed with their projects. 54 of the register's 68 names are the demo's placeholders ("… คนที่ 2
        // (ชื่อสมมติ)"), so the 35 are no finding of their own: one minor finding says the register cannot judge
        assertEquals(37, s.getInt("owners.owners"));
        assertEquals(2, s.getInt("owners.inRegister"));
        assertEquals(35, s.getInt("owners.notInRegister"));
        assertEquals(List.of(), s.getList("findings.findAll { it.code == 'project.owner-not-in-staff-register' }"));
        assertEquals(List.of("54"), s.getList("findings.findAll { it.code == 'project.staff-register-placeholders' }.reported"));
        assertEquals(List.of("minor"), s.getList("findings.findAll { it.code == 'project.staff-register-placeholders' }.severity"));
        List<String> unknown = s.getList("owners.notInRegisterNames.nameTh");
        assertEquals(35, new java.util.HashSet<>(unknown).size(), "each name once, not per project");
        assertEquals(false, unknown.contains("นางกชพร คำวงษา"));
        assertEquals(true, unknown.contains("เพย ฤดีใจ"));
        List<String> linked = given().get(AREA + "/projects/owners?fiscalYear=2566").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.staffId != null }.nameTh");
        assertEquals(java.util.Set.of("นางกชพร คำวงษา", "น.ส.จิตติมา คำลือ"), new java.util.HashSet<>(linked));

        Map<String, Object> b10 = finding(s, "project.budget-twice-reported", "ACTION_PLAN-10");
        assertEquals("18650.00", b10.get("reported"));
        assertEquals("10000.00", b10.get("computed"));
        assertMoney("8650.00", b10.get("difference"));
        assertEquals("major", b10.get("severity"));
        assertTrue(b10.get("row").toString().startsWith("โครงการตามแผนปฏิบัติการ ที่ 10 "), b10.toString());
        Map<String, Object> b28 = finding(s, "project.budget-twice-reported", "ACTION_PLAN-28");
        assertEquals("530523.00", b28.get("reported"));
        assertEquals("500000.00", b28.get("computed"));

        Map<String, Object> r16 = finding(s, "project.remaining", "ACTION_PLAN-16");
        assertEquals("0.00", r16.get("reported"));
        assertEquals("620.00", r16.get("computed"));
        Map<String, Object> r22 = finding(s, "project.remaining", "ACTION_PLAN-22");
        assertEquals("2000.00", r22.get("computed"));

        Map<String, Object> pct = finding(s, "project.achieved-percent", "5602");
        assertEquals("โครงการที่ดำเนินการเพิ่มเติมจากแผนปฏิบัติการ", pct.get("table"));
        assertEquals("100.00", pct.get("reported"));
        assertEquals("96.43", pct.get("computed"));
    }

    private static Map<String, Object> finding(JsonPath s, String code, String subject) {
        Map<String, Object> f = s.getMap("findings.find { it.code == '" + code + "' && it.subject.code == '" + subject + "' }");
        assertNotNull(f, code + " about " + subject);
        return f;
    }

    @Test
    void resendingTheSeedChangesNothingAndAStrategyOutsideThePlanIsRefused() {
        given().contentType("text/csv").body(TestData.resource(DIR + "projects-2566.csv"))
                .post(AREA + "/projects/feed").then().statusCode(200).body("replayed", is(true));
        given().get(AREA + "/projects?fiscalYear=2566&size=1").then().body("total", is(59));
        String bad = "fiscalYear,planKind,number,title,strategy,budget,owners\n"
                + "2566,ACTION_PLAN,32,โครงการทดสอบกลยุทธ์ที่ไม่มี,7,1000,นายสุรวัฒน์ เมืองมูล\n";
        given().contentType("text/csv").body(bad).post(AREA + "/projects/feed").then().statusCode(400)
                .body("errors[0].row", is(2)).body("errors[0].column", is("strategy"));
        given().get(AREA + "/projects?fiscalYear=2566&size=1").then().body("total", is(59));
        given().get(AREA + "/projects?fiscalYear=2566&planKind=ACTION_PLAN&strategy=6").then()
                .body("total", is(1)).body("items[0].title", startsWith("โครงการพัฒนาคุณภาพการจัดการศึกษาเรียนรวม"));
    }

    @Test
    void reportedFiguresAreCheckedBeforeTheyAreStored() {
        given().contentType(ContentType.JSON)
                .body(List.of(Map.of("planKind", "ADDITIONAL", "reportedCount", 28, "reportedAchievedPercent", 120)))
                .put(AREA + "/projects/reported-figures?fiscalYear=2566").then().statusCode(400)
                .body("errors[0].field", is("[0].reportedAchievedPercent"));
        given().contentType(ContentType.JSON).body(List.of(Map.of("planKind", "โครงการพิเศษ")))
                .put(AREA + "/projects/reported-figures?fiscalYear=2566").then().statusCode(400);
        given().get(AREA + "/projects/reported-figures?fiscalYear=2566").then().statusCode(200)
                .body("find { it.planKind == 'ADDITIONAL' }.reportedAchievedPercent", comparesEqualTo(new BigDecimal("100.00")));
        // the seed's figures again (every test loads them): stored once, published once per list
        long published = OutboxRows.count(db, "type = 'project.ProjectListFiguresReported.v1' and area_code = '5602'");
        given().contentType(ContentType.JSON).body(TestData.resource(DIR + "reported-figures-2566.json"))
                .put(AREA + "/projects/reported-figures?fiscalYear=2566").then().statusCode(200);
        assertEquals(published, OutboxRows.count(db, "type = 'project.ProjectListFiguresReported.v1' and area_code = '5602'"));
        assertEquals(2, published, "one event for each list (action plan, additional), however often the figures are sent");
    }

    static void assertMoney(String expected, Object actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(String.valueOf(actual))),
                () -> "expected " + expected + " but was " + actual);
    }
}
