package org.khet.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.khet.report.support.StubUpstreams;
import org.khet.report.support.StubUpstreamsResource;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The national report of three made-up areas (fixtures national-*.json): what each roll-up says lands in its column,
 * in the roll-up's order (ranks with ties as given), the totals the report adds itself are worked by hand, the
 * tests' second page is read, the roll-ups' finding is the report's, Thai and English, XLSX, and bad parameters.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class NationalReportTest {

    private static JsonPath report(String lang) {
        return given().queryParam("fiscalYear", "2566").queryParam("lang", lang).queryParam("format", "json")
                .get("/v1/reports/national").then().statusCode(200).contentType(containsString("application/json"))
                .extract().jsonPath().using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @SuppressWarnings("unchecked")
    private static List<String> rows(JsonPath r, String tableId) {
        List<Map<String, Object>> t = r.getList("parts.sections.flatten().blocks.flatten().findAll { it.kind == 'table' && it.id == '"
                + tableId + "' }");
        assertEquals(1, t.size(), "table " + tableId);
        List<String> out = new ArrayList<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) t.get(0).get("rows")) {
            out.add(row.get("kind") + " " + ((List<Object>) row.get("cells")).stream().map(String::valueOf).toList());
        }
        return out;
    }

    @Test
    void everyRollUpLandsInItsTableWithTheTotalsWorkedByHand() {
        JsonPath r = report("th");
        assertEquals("รายงานเปรียบเทียบสำนักงานเขตพื้นที่การศึกษา ประจำปีงบประมาณ พ.ศ. 2566", r.getString("title"));
        assertEquals(List.of("n1", "n2", "n3", "n4", "n5", "n6"), r.getList("parts.id"));
        assertEquals(List.of(
                "DATA [9001, สพป.ทดสอบ เขต 1, พะเยา, 3, 450, 30, 1, 2, 0, 0, 33.33]",
                "DATA [9002, สพป.ทดสอบ เขต 2, น่าน, 2, 1800, 60, 0, 1, 1, 0, 0.00]",
                "DATA [9003, สพม.ทดสอบ, พะเยา, 1, 2000, 50, 0, 0, 0, 1, 0.00]",
                "TOTAL [รวม, null, null, 6, 4250, 140, 1, 3, 1, 1, 16.67]"), rows(r, "n1-enrolment"));

        // the national means as assessment computed them, OBEC's published beside them
        assertEquals(List.of("DATA [ภาษาไทย, 3, 3, 500, 47.00, 47.50, 46.00, 0.50]",
                "DATA [คณิตศาสตร์, 2, 2, 400, 33.75, 33.75, 32.00, 0.00]"), rows(r, "n2-1-national"));
        // five area rows over two pages (3 + 2): each area's mean and rank per subject; 9003 sat no mathematics
        assertEquals(List.of("DATA [9001, สพป.ทดสอบ เขต 1, 50.00, 1, 30.00, 2]",
                "DATA [9002, สพป.ทดสอบ เขต 2, 45.00, 3, 35.00, 1]",
                "DATA [9003, สพม.ทดสอบ, 50.00, 1, null, null]"), rows(r, "n2-1-areas"));
        assertTrue(StubUpstreams.get().requests().contains("assessment /v1/national/tests?academicYear=2565&page=1&size=3"),
                "the second page read in the size the service answered with");

        // budget: allocated 500,000.25 + 1,000,000.00 + 2,000,000.50 = 3,500,000.75; disbursed 500,000.25 +
        // 900,000.00 + 1,000,000.25 = 2,400,000.50; 2,400,000.50 / 3,500,000.75 = 68.571… % → 68.57
        assertEquals(List.of(
                "DATA [1, 9003, สพม.ทดสอบ, 2023-09-30, 500000.25, 500000.25, 100.00]",
                "DATA [2, 9001, สพป.ทดสอบ เขต 1, 2023-09-30, 1000000.00, 900000.00, 90.00]",
                "DATA [3, 9002, สพป.ทดสอบ เขต 2, 2023-09-29, 2000000.50, 1000000.25, 50.00]",
                "TOTAL [null, รวม, null, null, 3500000.75, 2400000.50, 68.57]"), rows(r, "n3-budget"));

        // the ITA ranking as computed (97.30 and 97.30 share rank 1, then 3), the area's reported rank beside it
        assertEquals(List.of(
                "DATA [1, 9001, สพป.ทดสอบ เขต 1, 97.30, AA, ผ่าน, 95.00, 2.30, null]",
                "DATA [1, 9002, สพป.ทดสอบ เขต 2, 97.30, AA, ผ่าน, null, null, 1]",
                "DATA [3, 9003, สพม.ทดสอบ, 84.00, A, ผ่าน, 90.00, -6.00, 2]"), rows(r, "n4-ita"));

        // projects: 20 projects, 15 completed = 75.00 %; budget 200,000.00, spent 140,000.50 = 70.00 %
        assertEquals("TOTAL [รวม, null, 20, 15, 75.00, 200000.00, 140000.50, 70.00]",
                rows(r, "n5-projects").get(3));

        assertEquals(1, r.getList("findings").size());
        assertEquals("assessment.obec-mean-differs", r.getString("findings[0].code"));
        assertEquals("/v1/national/ita", r.getString(
                "parts[3].sections[0].blocks[0].provenance.resource"));
    }

    @Test
    void theDataQualityRollUpCountsWhatEachAreasReportPrints() {
        JsonPath own = given().queryParam("area", "9001").queryParam("fiscalYear", "2566").get("/v1/reports/findings")
                .then().statusCode(200).extract().jsonPath();
        int n = own.getInt("count");
        assertTrue(n > 0, "the fixture's report has findings");
        Map<String, Integer> perCode = new java.util.TreeMap<>();
        own.getList("findings.code", String.class).forEach(c -> perCode.merge(c, 1, Integer::sum));

        // the stubs answer every area with the same fixtures: each of the three areas has the same findings
        JsonPath q = given().queryParam("fiscalYear", "2566").get("/v1/reports/national/findings").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("9001", "9002", "9003"), q.getList("byArea.areaCode"), "by code, 9999 left out");
        assertEquals(List.of(n, n, n), q.getList("byArea.findings"));
        assertEquals(3, q.getInt("areas"));
        assertEquals(3 * n, q.getInt("findings"));
        assertEquals(perCode.size(), q.getList("byCode").size());
        perCode.forEach((code, k) -> {
            assertEquals(3, q.getInt("byCode.find { it.code == '" + code + "' }.areas"), code);
            assertEquals(3 * k, q.getInt("byCode.find { it.code == '" + code + "' }.findings"), code);
        });
        assertEquals(q.getInt("byArea[0].major") + q.getInt("byArea[0].minor"), n);
        // the area without data is named, with the status its report answers
        assertEquals("9999", q.getString("unavailable[0].areaCode"));
        assertEquals(404, q.getInt("unavailable[0].status"));

        // filtered as the register says: primary areas of Phayao are 9001 (and 9999, which has no report)
        given().queryParam("fiscalYear", "2566").queryParam("affiliation", "primary").queryParam("province", "พะเยา")
                .get("/v1/reports/national/findings").then().statusCode(200)
                .body("byArea.areaCode", contains("9001")).body("unavailable.areaCode", contains("9999"));

        // the national report prints it as Part 6
        JsonPath r = report("th");
        assertEquals(List.of("DATA [9001, สพป.ทดสอบ เขต 1, " + n + ", " + q.getInt("byArea[0].major") + ", "
                        + q.getInt("byArea[0].minor") + "]"), rows(r, "n6-areas").subList(0, 1));
        assertEquals("TOTAL [รวม, 3, " + 3 * n + "]", rows(r, "n6-codes").get(perCode.size()));
    }

    @Test
    void theEnglishReportSpeaksEnglishAndBadParametersAreNamed() {
        JsonPath r = report("en");
        assertEquals("Area offices compared, fiscal year 2566 B.E.", r.getString("title"));
        assertEquals("Part 4 Integrity and Transparency Assessment (ITA)", r.getString("parts[3].title"));
        // the national report's words are the vocabulary's (ADR 0027): ผ่าน is "Passed" as in the annual report
        assertEquals("DATA [1, 9001, สพป.ทดสอบ เขต 1, 97.30, AA, Passed, 95.00, 2.30, null]", rows(r, "n4-ita").get(0));
        assertEquals("Table 4 ITA scores and ranks, fiscal year 2566", r.getString("parts[3].sections[0].title"));

        given().queryParam("fiscalYear", "2566").queryParam("lang", "fr").queryParam("affiliation", "kindergarten")
                .get("/v1/reports/national").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("lang", "affiliation"));
        given().get("/v1/reports/national").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("fiscalYear"));
    }

    @Test
    void theFiltersAreTheRollUpsAndAnEmptyOneSaysSo() {
        JsonPath r = given().queryParam("fiscalYear", "2566").queryParam("affiliation", "secondary")
                .queryParam("province", "พะเยา").queryParam("format", "json").get("/v1/reports/national").then()
                .statusCode(200).extract().jsonPath();
        // the stub has no filtered answers: every roll-up says 404, and each part says it has no data
        assertEquals("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา จังหวัดพะเยา", r.getString("subtitle"));
        assertEquals("- ไม่มีข้อมูล -", r.getString("parts[0].sections[0].blocks[0].text"));
        assertTrue(StubUpstreams.get().requests().stream().anyMatch(q -> q.startsWith("budget /v1/national/budget?fiscalYear=2566"
                + "&affiliation=secondary&province=")), StubUpstreams.get().requests().toString());
    }

    @Test
    void theXlsxHasEveryTableWithItsFigures() throws Exception {
        byte[] xlsx = given().queryParam("fiscalYear", "2566").queryParam("format", "xlsx").get("/v1/reports/national")
                .then().statusCode(200).header("Content-Disposition", containsString("khet-national-report-2566-th.xlsx"))
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> all = new ArrayList<>();
            for (Sheet s : wb) {
                for (Row row : s) {
                    StringBuilder line = new StringBuilder();
                    // numbers as the exact values stored, not as the cell's display format
                    row.forEach(c -> line.append(c.getCellType() == CellType.NUMERIC
                            ? java.math.BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString()
                            : c.toString()).append('|'));
                    all.add(line.toString());
                }
            }
            assertTrue(all.stream().anyMatch(l -> l.contains("9002|สพป.ทดสอบ เขต 2|") && l.contains("2000000.5")),
                    "the budget row of 9002 with its satang");
            assertTrue(all.stream().anyMatch(l -> l.contains("3500000.75")), "the budget total");
        }
    }
}
