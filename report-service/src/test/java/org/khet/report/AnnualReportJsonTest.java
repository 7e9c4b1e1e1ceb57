package org.khet.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;
import org.khet.report.render.ReportFormat;
import org.khet.report.support.StubUpstreamsResource;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON report of Phayao 2, FY2566, composed from the (stub) services: the seed's structure and figures. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class AnnualReportJsonTest {

    private static JsonPath report() {
        return given().queryParam("area", "5602").queryParam("fiscalYear", "2566").accept("application/json")
                .get("/v1/reports/annual").then().statusCode(200).contentType(containsString("application/json"))
                .extract().jsonPath().using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** A row's cells as text, so figures compare exactly ("4205.09", not a float). */
    private static String cells(List<?> cells) {
        return cells.stream().map(String::valueOf).toList().toString();
    }

    /** The rows of one table, found by id anywhere in the report. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(JsonPath r, String tableId) {
        List<Map<String, Object>> t = r.getList("parts.sections.flatten().blocks.flatten().findAll { it.kind == 'table' && it.id == '"
                + tableId + "' }");
        assertEquals(1, t.size(), "table " + tableId);
        return (List<Map<String, Object>>) t.get(0).get("rows");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> totalRow(JsonPath r, String tableId) {
        return rows(r, tableId).stream().filter(row -> "TOTAL".equals(row.get("kind")))
                .map(row -> (List<Object>) row.get("cells")).findFirst().orElseThrow();
    }

    @Test
    void hasTheFourPartsAndTheAppendixInTheSeedsOrder() {
        JsonPath r = report();
        assertEquals(List.of("part-1", "part-2", "part-3", "part-4", "appendix"), r.getList("parts.id"));
        assertEquals("ส่วนที่ 1 ข้อมูลพื้นฐาน", r.getString("parts[0].title"));
        assertEquals(List.of("p3-management", "p3-quality", "p3-opportunity", "p3-efficiency", "p3-budget", "p3-projects"),
                r.getList("parts[2].sections.id"));
        assertEquals("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2", r.getString("areaNameTh"));
        assertEquals(2566, r.getInt("fiscalYear"));
        assertEquals(2565, r.getInt("academicYear"), "FY2566 reports on academic year 2565");
        assertEquals(List.of("ta-qp", "ta-ap-scored", "ta-ap-target", "ta-standards", "ta-ita", "ta-findings"),
                r.getList("parts[4].sections.blocks.flatten().findAll { it.kind == 'table' }.id"));
    }

    @Test
    void partOneAndThreeCarryTheSeedsSchoolFigures() {
        JsonPath r = report();
        assertEquals("[รวม, 32, 402, 14, 21, 4205.09, 224397, 131]", cells(totalRow(r, "t1")));
        assertEquals(cells(List.of("รวมทั้งสิ้น", 7469, 6843, 14312)), cells(totalRow(r, "t1.1.2")));
        assertEquals(cells(List.of("รวมทั้งสิ้น", "", 14312, 1086)), cells(totalRow(r, "t1.1.3")));
        assertEquals(cells(List.of("รวม", "", 86, 8, 923, 1017)), cells(totalRow(r, "t1.1.4")));
        assertEquals(cells(List.of("รวม", 257)), cells(totalRow(r, "t1.1.5")));
        assertEquals(cells(List.of("รวม", 4, 13, 31, 2, 1, 17, 68)), cells(totalRow(r, "t1.1.6")));
        assertEquals("[ขนาดเล็ก (นร.0-120 คน), 89, 67.94]", cells((List<?>) rows(r, "t1.1.1").get(0).get("cells")));
        // admissions: the total's percentages are computed from the summed parts, not summed
        assertEquals("[รวม, , 271, 4478, 265, 97.79, 2780, 62.08]", cells(totalRow(r, "t3.3.1")));
        assertEquals("[32 โรงเรียน, 506, 300, 182, 12, 12, 97.63]", cells((List<?>) rows(r, "t3.3.3").get(0).get("cells")));
        // networks: eight clusters and the compulsory-education program group, members as of the academic year
        List<Map<String, Object>> nets = rows(r, "t1-networks");
        assertEquals(9, nets.size());
        assertEquals(cells(List.of("9", "กลุ่มโรงเรียนการศึกษาภาคบังคับ (โรงเรียนขยายโอกาส)", 30)), cells((List<?>) nets.get(8).get("cells")));
        // the office's units as the demo registers them (demo/phayao2-2566/school/offices.jsonl)
        assertEquals(List.of("นายสำเนียง อัดไพบูลย์", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา"),
                rows(r, "t1-executives").get(0).get("cells"));
    }

    @Test
    void onetAgainstObecAndNationWithTheChart() {
        JsonPath r = report();
        List<Map<String, Object>> p6 = rows(r, "t3.2-onet-p6");
        assertEquals("[1, ภาษาไทย (61), 57.38, 52.80, 4.58, 53.89, 3.49]", cells((List<?>) p6.get(0).get("cells")));
        assertEquals("[, รวมเฉลี่ย, 41.33, 37.70, 3.63, 39.73, 1.60]", cells(totalRow(r, "t3.2-onet-p6")));
        assertEquals(List.of("จำนวนนักเรียนชั้นประถมศึกษาปีที่ 6 เข้าสอบ จำนวน 1,072 คน"),
                r.getList("parts[2].sections[1].blocks.find { it.id == 't3.2-onet-p6' }.notes"));
        assertEquals(List.of("เขตพื้นที่", "สพฐ.", "ประเทศ"),
                r.getList("parts[2].sections[1].blocks.find { it.kind == 'chart' }.series.name"));
        assertEquals(List.of("ภาษาไทย", "ภาษาอังกฤษ", "คณิตศาสตร์", "วิทยาศาสตร์"),
                r.getList("parts[2].sections[1].blocks.find { it.kind == 'chart' }.categories"));
        assertEquals("[รวมทั้ง 2 ด้าน, 52.07, 52.07, 52.49]", cells(totalRow(r, "t3.2-nt-p3")));
    }

    @Test
    void budgetExecutionIsComputedAndTheOperatingPlanHasItsGroups() {
        JsonPath r = report();
        // the seed prints 155,439,342.66 disbursed; the categories sum to 155,439,309.66 (a finding)
        assertEquals("[รวม, 158845335.00, 155439309.66, 2331211.00, 1074814.34, 97.86]", cells(totalRow(r, "t3.5.1")));
        List<Map<String, Object>> plan = rows(r, "t3.5.2");
        assertEquals("GROUP", plan.get(0).get("kind"));
        assertEquals(List.of("ค่าตอบแทนใช้สอยและวัสดุ"), plan.get(0).get("cells"));
        assertEquals("[, รวมทั้งหมด, 5100000.00, 5100000.00, 0.00]", cells(totalRow(r, "t3.5.2")));
        assertEquals(List.of("ได้รับจัดสรร", "เบิกจ่าย"),
                r.getList("parts[2].sections[4].blocks.find { it.kind == 'chart' }.series.name"));
    }

    @Test
    void projectsHaveTheirTablesAndOnePageEach() {
        JsonPath r = report();
        // the seed's two lists: 31 action-plan projects (1,542,000 budgeted, 1,509,070 spent) and 28 additional ones
        List<Map<String, Object>> ap = rows(r, "t3.6-action-plan");
        assertEquals(32, ap.size(), "31 projects and the total");
        assertEquals("รวม 31 โครงการ", totalRow(r, "t3.6-action-plan").get(0));
        assertEquals("[รวม 31 โครงการ, , 1542000.00, 1509070.00, 32930.00, , บรรลุ 31 (ร้อยละ 100.00)]",
                cells(totalRow(r, "t3.6-action-plan")));
        assertEquals("รวม 28 โครงการ", totalRow(r, "t3.6-additional").get(0));
        List<Map<String, Object>> pages = r.getList("parts[2].sections[5].blocks.findAll { it.kind == 'project' }");
        // a page for each project that reported results, problems, suggestions or photos: 29 action-plan and 5
        // additional ones; the 25 projects (2 + 23) that reported nothing beyond their list row get none
        assertEquals(34, pages.size(), "one page per project that reported something");
        assertEquals(List.of("กลยุทธ์ที่ 1 บริหารจัดการตามหลักธรรมาภิบาล", "กลยุทธ์ที่ 2 จัดการศึกษาให้ผู้เรียนมีความปลอดภัย",
                        "กลยุทธ์ที่ 3 พัฒนานวัตกรรมการบริหารและการจัดการเรียนการสอน",
                        "กลยุทธ์ที่ 4 พัฒนาครู และบุคลากรทางการศึกษาเป็นมืออาชีพ",
                        "กลยุทธ์ที่ 5 พัฒนาผู้เรียนให้มีคุณภาพสอดคล้องกับศตวรรษที่ 21",
                        "กลยุทธ์ที่ 6 เพิ่มโอกาส และความเสมอภาคทางการศึกษาให้กับประชากรวัยเรียน"),
                r.getList("parts[2].sections[5].blocks.findAll { it.kind == 'heading' }.text"));
        Map<String, Object> first = pages.get(0);
        assertEquals("โครงการรณรงค์และส่งเสริมการลดปริมาณขยะ การทิ้ง การคัดแยกขยะและการกำจัดขยะอย่างถูกวิธี (กิจกรรม 5 ส.)",
                first.get("title"));
        assertEquals(List.of("ร้อยละ 90 ของบุคลากรในสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2 มีการคัดแยกขยะมูลฝอยก่อนทิ้ง "
                + "การบริหารจัดการขยะ สามารถคัดแยกขยะอย่างถูกวิธี และนำไปสู่การลดปริมาณขยะ "
                + "และกระบวนการกำจัดขยะอย่างถูกต้องในหน่วยงาน"), first.get("quantitativeResults"));
        assertEquals(0, ((List<?>) first.get("photos")).size(), "the demo has no photos");
        // part 2 and 4: the plan's core values, and the 24 problems the projects' pages reported
        assertEquals(List.of("P – Participation มีส่วนร่วม", "U – Unity เป็นหนึ่งเดียว", "S – Service mind จิตบริการ",
                "H – Honesty ซื่อสัตย์ สุจริต"), r.getList("parts[1].sections[1].blocks[1].items"));
        assertEquals(24, r.getList("parts[3].sections[0].blocks[0].items").size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyTableSaysWhereItsFiguresCameFrom() {
        JsonPath r = report();
        List<Map<String, Object>> tables = r.getList("parts.sections.flatten().blocks.flatten().findAll { it.kind == 'table' }");
        assertTrue(tables.size() > 30, "tables: " + tables.size());
        for (Map<String, Object> t : tables) {
            Map<String, Object> p = (Map<String, Object>) t.get("provenance");
            assertEquals(t.get("source"), p.get("service"), t.get("id") + " " + p);
            assertTrue(String.valueOf(p.get("resource")).startsWith("GET /v1/"), t.get("id") + " " + p);
        }
        // Part 1's students by district: the area summary of the enrolment asked for, and one call away the schools
        // behind it and each school's round
        Map<String, Object> byDistrict = provenance(tables, "t1.1.2");
        assertEquals("school-service", byDistrict.get("service"));
        assertEquals("GET /v1/areas/5602/summary?academicYear=2566", byDistrict.get("resource"));
        assertEquals(2566, byDistrict.get("academicYear"));
        assertEquals(1, byDistrict.get("round"));
        assertEquals("GET /v1/areas/5602/schools?status=open&size=500", byDistrict.get("contributors"));
        assertEquals("GET /v1/enrolment-rounds/{schoolCode}/2566/1", byDistrict.get("contributor"));
        assertEquals("GET /v1/staffing/{schoolCode}/2566/1", provenance(tables, "t1.1.4").get("contributor"));
        assertEquals("GET /v1/areas/5602/networks", provenance(tables, "t1-networks").get("resource"));
        assertEquals("GET /v1/areas/5602/tests?academicYear=2565", provenance(tables, "t3.2-onet-p6").get("resource"));
        assertEquals("GET /v1/areas/5602/evaluations?fiscalYear=2566", provenance(tables, "ta-ita").get("resource"));
        Map<String, Object> budget = provenance(tables, "t3.5.1");
        assertEquals("GET /v1/areas/5602/budget?fiscalYear=2566", budget.get("resource"));
        assertEquals(2566, budget.get("fiscalYear"));
        assertTrue(!budget.containsKey("contributors") && !budget.containsKey("round"), budget.toString());
        assertEquals("GET /v1/areas/5602/projects?fiscalYear=2566", provenance(tables, "t3.6-action-plan").get("contributors"));
        assertEquals("GET /v1/reports/findings?area=5602&fiscalYear=2566", provenance(tables, "ta-findings").get("resource"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> provenance(List<Map<String, Object>> tables, String id) {
        return (Map<String, Object>) tables.stream().filter(t -> id.equals(t.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + id)).get("provenance");
    }

    @Test
    void findingsOfEveryServiceAreListedWithTheirTables() {
        JsonPath f = given().queryParam("area", "5602").queryParam("fiscalYear", "2566").get("/v1/reports/findings")
                .then().statusCode(200).header("ETag", notNullValue()).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        // the seed's 29 disagreements as each service's README works them out: school the P1 admission percentage
        // (65.65 printed); assessment 15 in the tests (12 O-NET year-over-year figures, NT maths, NT and RT national
        // means) and 3 in the evaluations (QP 1, AP average, standard 1); budget งบดำเนินงาน's percentage and the three
        // 33-baht ones; projects 4 money ones, the additional list's 100 %, the staff register of placeholders; and
        // report-service's own 10 (checks.DemoChecksTest: 7 names spelled two ways, 2 ม.3 school counts, the
        // standards' overall level)
        Map<String, Long> byService = f.getList("findings.source", String.class).stream()
                .collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.stream.Collectors.counting()));
        assertEquals(39, f.getInt("count"));
        assertEquals(Map.of("school-service", 1L, "assessment-service", 18L, "budget-service", 4L, "project-service", 6L,
                "report-service", 10L), byService);
        assertEquals(f.getList("findings").size(), f.getInt("count"));
        // each is the one Finding: a stable code, its subject, where the report prints it, and both messages
        Map<String, Object> investment = f.getMap("findings.find { it.row == 'งบลงทุน' }");
        assertEquals("budget.remaining", investment.get("code"));
        assertEquals("major", investment.get("severity"));
        assertEquals("budget-service", investment.get("source"));
        assertEquals(Map.of("kind", "area", "code", "5602", "name", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2"),
                investment.get("subject"));
        assertEquals("execution", investment.get("table"));
        assertEquals("remaining", investment.get("column"));
        assertEquals("2200.00", investment.get("reported"));
        assertEquals("2233.00", investment.get("computed"));
        assertEquals(0, new java.math.BigDecimal("-33.00").compareTo((java.math.BigDecimal) investment.get("difference")));
        assertTrue(((String) investment.get("messageTh")).startsWith("คงเหลือไม่สมดุล"));
        assertTrue(((String) investment.get("messageEn")).startsWith("the row does not balance"));
        // the same findings are the report's annex, which prints the Thai message
        JsonPath r = report();
        assertEquals(f.getInt("count"), rows(r, "ta-findings").size());
        assertEquals(f.getList("findings.code"), r.getList("findings.code"), "the JSON report carries the same findings");
        @SuppressWarnings("unchecked")
        List<Object> annexRow = (List<Object>) rows(r, "ta-findings").stream()
                .filter(row -> "งบลงทุน".equals(((List<?>) row.get("cells")).get(3))).findFirst().orElseThrow().get("cells");
        // in Thai: the service's and the field's Thai names, figures with separators (ReportContentTest)
        assertEquals("[งบประมาณ, ผลการเบิกจ่ายงบประมาณ, งบลงทุน, คงเหลือ, 2,200.00, 2,233.00, -33.00]",
                cells(annexRow.subList(1, 8)));
        assertEquals(investment.get("messageTh"), annexRow.get(8), "a message already in Thai with separators");
    }

    @Test
    void thaiDigitsOfTheItaTableAndTheIta() {
        JsonPath r = report();
        assertEquals("[123, 245, สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2, 97.14, AA, -0.11, ผ่าน]",
                cells((List<?>) rows(r, "ta-ita").get(0).get("cells")));
        assertEquals(true, r.getBoolean("parts[4].sections[3].blocks[0].thaiDigits"));
    }

    @Test
    void theFormatIsChosenByFormatElseByAcceptByQuality() throws Exception {
        assertEquals("application/json;charset=UTF-8", withoutAccept(), "no Accept header at all");
        assertEquals("application/json;charset=UTF-8", contentType(null, "*/*"));
        assertEquals("text/html;charset=UTF-8", contentType(null, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"));
        assertEquals("text/html;charset=UTF-8", contentType(null, "text/*"));
        assertEquals(ReportFormat.DOCX_MEDIA_TYPE, contentType(null,
                "application/json;q=0.5, " + ReportFormat.DOCX_MEDIA_TYPE));
        assertEquals(ReportFormat.XLSX_MEDIA_TYPE, contentType("XLSX", "text/html"));
        for (String accept : new String[]{"application/rtf", "text/html;q=0"}) {
            given().queryParam("area", "5602").queryParam("fiscalYear", "2566").header("Accept", accept)
                    .get("/v1/reports/annual").then().statusCode(406).contentType("application/problem+json")
                    .body("type", endsWith("/not-acceptable"));
        }
    }

    private static String contentType(String format, String accept) {
        var req = given().queryParam("area", "5602").queryParam("fiscalYear", "2566");
        if (format != null) {
            req.queryParam("format", format);
        }
        return req.header("Accept", accept).get("/v1/reports/annual").then().statusCode(200).extract().header("Content-Type");
    }

    /** RestAssured always sends an Accept header; the JDK's client sends none. */
    private static String withoutAccept() throws Exception {
        var answer = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                                + "/v1/reports/annual?area=5602&fiscalYear=2566")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals(200, answer.statusCode());
        return answer.headers().firstValue("Content-Type").orElseThrow();
    }

    @Test
    void badQueriesAreProblems() {
        given().queryParam("fiscalYear", "2566").get("/v1/reports/annual").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("area"));
        given().queryParam("area", "5602").queryParam("fiscalYear", "สองห้าหกหก").get("/v1/reports/annual").then()
                .statusCode(400).body("errors[0].field", is("fiscalYear"));
        given().queryParam("area", "5602").queryParam("fiscalYear", "1999").get("/v1/reports/annual").then()
                .statusCode(400).body("errors[0].field", is("fiscalYear"));
        given().queryParam("area", "56 02").queryParam("fiscalYear", "2566").get("/v1/reports/annual").then()
                .statusCode(400).body("errors[0].field", is("area"));
        given().queryParam("area", "5602").queryParam("fiscalYear", "2566").queryParam("thaiDigits", "บางที")
                .get("/v1/reports/annual").then().statusCode(400).body("errors[0].field", is("thaiDigits"));
        given().queryParam("area", "5602").queryParam("fiscalYear", "2566").queryParam("format", "rtf")
                .get("/v1/reports/annual").then().statusCode(406).contentType("application/problem+json")
                .body("detail", containsString("rtf")).body("detail", containsString("pdf (application/pdf)")).body("type", endsWith("/not-acceptable"));
        given().queryParam("area", "5602").queryParam("fiscalYear", "2566").accept("image/png")
                .get("/v1/reports/annual").then().statusCode(406).contentType("application/problem+json");
        given().queryParam("area", "9999").queryParam("fiscalYear", "2566").get("/v1/reports/annual").then()
                .statusCode(404).contentType("application/problem+json").body("detail", containsString("9999"));
    }
}
