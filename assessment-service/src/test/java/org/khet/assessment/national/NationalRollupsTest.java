package org.khet.assessment.national;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ITA ranking and the national test roll-up over {@link NationalAreas}' four areas, every figure worked by hand
 * there: ranks with ties (1, 1, 3, 4), the change on the previous year, grades from the rubric; means per subject
 * with a mean weighted from an area's schools, ranks with ties, the takers-weighted national mean and the finding
 * where OBEC's published figure is more than 0.01 from it; filters, sorting, paging, CSV and XLSX.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class NationalRollupsTest {

    @BeforeEach
    void load() {
        NationalAreas.load(null);
    }

    static JsonPath ita(String query) {
        return given().get("/v1/national/ita?fiscalYear=2591" + query).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    @Test
    void itaRanksEveryAreaFromTheScoresWithTiesSharingARank() {
        JsonPath all = ita("");
        assertEquals(2591, all.getInt("fiscalYear"));
        assertEquals(List.of("7701", "7702", "7703", "7704"), all.getList("areas.items.areaCode"));
        assertEquals(List.of(1, 1, 3, 4), all.getList("areas.items.rank"), "97.30 and 97.30 share 1st; 86.31 is 3rd");
        assertEquals(List.of(4, 4, 4, 4), all.getList("areas.items.rankOf"));
        assertEquals(List.of("AA", "AA", "A", "C"), all.getList("areas.items.grade"));
        assertEquals(List.of(true, true, true, false), all.getList("areas.items.passes"));
        assertEquals(List.of(0.20f, -1.60f, -10.21f), all.getList("areas.items.change").subList(0, 3),
                "97.30 − 97.10, 97.30 − 98.90, 86.31 − 96.52");
        assertNull(all.get("areas.items[3].change"), "no 2590 score for 7704");
        assertNull(all.get("areas.items[3].previousScore"));
        assertEquals(97.10f, all.getFloat("areas.items[0].previousScore"));
        assertEquals(2, all.getInt("areas.items[0].reportedRank"), "kept as the area reported it");
        assertEquals("primary", all.getString("areas.items[0].affiliation"));
        assertEquals("พะเยา", all.getString("areas.items[0].province"));
        assertEquals("สพป.พะเยา ทดสอบ 7701", all.getString("areas.items[0].nameTh"));
        assertEquals(4, all.getInt("areas.total"));
    }

    @Test
    void itaFiltersKeepTheNationalRanksAndSortAndPage() {
        JsonPath secondary = ita("&affiliation=secondary");
        assertEquals(List.of("7703", "7704"), secondary.getList("areas.items.areaCode"));
        assertEquals(List.of(3, 4), secondary.getList("areas.items.rank"), "national ranks, not ranks among the two");
        JsonPath phayao = given().queryParam("province", "พะเยา").get("/v1/national/ita?fiscalYear=2591")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("7701", "7703"), phayao.getList("areas.items.areaCode"));
        assertEquals(List.of("7701", "7702", "7703", "7704"), ita("&sort=-change").getList("areas.items.areaCode"),
                "0.20, −1.60, −10.21, then the area without a change");
        assertEquals(List.of("7704", "7703", "7701", "7702"), ita("&sort=score").getList("areas.items.areaCode"));
        JsonPath page = ita("&sort=score&page=1&size=3");
        assertEquals(List.of("7702"), page.getList("areas.items.areaCode"));
        assertEquals(4, page.getInt("areas.total"));
        assertEquals(1, page.getInt("areas.page"));
        assertEquals(3, page.getInt("areas.size"));
        assertEquals(List.of(), ita("&province=ไม่มี").getList("areas.items"));
    }

    @Test
    void badParametersAreOneProblemNamingEach() {
        given().get("/v1/national/ita?fiscalYear=2591&affiliation=both&sort=colour&format=pdf&size=0").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("affiliation", "sort", "format", "size"));
        given().get("/v1/national/ita").then().statusCode(400).contentType("application/problem+json");
        given().get("/v1/national/tests?academicYear=2590&sort=score").then().statusCode(400)
                .body("errors.field", contains("sort"));
    }

    @Test
    void testsRankEveryAreaPerSubjectAndWeighTheNationalMeanByTakers() {
        JsonPath t = given().get("/v1/national/tests?academicYear=2590&test=ONET-P6").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2590, t.getInt("academicYear"));
        assertEquals(7, t.getInt("areas.total"));
        assertEquals(List.of("61", "61", "61", "61", "63", "64", "64"), t.getList("areas.items.subject"));
        assertEquals(List.of("7703", "7701", "7704", "7702", "7701", "7701", "7702"), t.getList("areas.items.areaCode"));
        assertEquals(List.of(1, 2, 3, 4, 1, 1, 1), t.getList("areas.items.rank"), "40.00 and 40.00 share 1st in 64");
        assertEquals(List.of(4, 4, 4, 4, 1, 2, 2), t.getList("areas.items.rankOf"));
        // 7703 published no mean: its schools' (40.00 × 10 + 70.00 × 30) / 40 = 62.50 over 40 takers
        assertEquals(62.50f, t.getFloat("areas.items[0].mean"));
        assertEquals(40, t.getInt("areas.items[0].takers"));
        assertEquals("schools", t.getString("areas.items[0].source"));
        assertEquals("published", t.getString("areas.items[1].source"));
        assertNull(t.get("areas.items[2].takers"));
        assertEquals("ภาษาไทย", t.getString("areas.items[0].subjectTh"));

        List<Map<String, Object>> national = t.getList("national");
        assertEquals(List.of("61", "63", "64"), national.stream().map(m -> m.get("subject")).toList());
        // 61: (60.00 × 100 + 50.00 × 300 + 62.50 × 40) / 440 = 23,500 / 440 = 53.409… → 53.41; 7704 says no takers
        assertEquals(53.41f, t.getFloat("national[0].weightedMean"));
        assertEquals(440, t.getInt("national[0].takers"));
        assertEquals(4, t.getInt("national[0].areas"));
        assertEquals(3, t.getInt("national[0].weightedAreas"));
        assertEquals(53.41f, t.getFloat("national[0].obecPublished"));
        assertEquals(54.00f, t.getFloat("national[0].nationPublished"));
        assertEquals(0f, t.getFloat("national[0].difference"));
        assertEquals(40.00f, t.getFloat("national[1].weightedMean"));
        assertEquals(0.01f, t.getFloat("national[1].difference"), "40.01 − 40.00: rounding, no finding");
        assertEquals(40.00f, t.getFloat("national[2].weightedMean"), "(40 × 100 + 40 × 300) / 400");
        assertEquals(400, t.getInt("national[2].takers"));

        List<Map<String, Object>> findings = t.getList("findings");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("assessment.national-obec-mean", findings.get(0).get("code"));
        assertEquals("major", findings.get(0).get("severity"));
        assertEquals("40.02", findings.get(0).get("reported"));
        assertEquals("40.00", findings.get(0).get("computed"));
        assertEquals(0.02f, t.getFloat("findings[0].difference"));
        assertEquals("ONET-P6:64", t.getString("findings[0].subject.code"));
        assertTrue(String.valueOf(findings.get(0).get("messageTh")).contains("40.02"));
    }

    @Test
    void aFilterNarrowsTheRowsButNotTheNationalFigures() {
        JsonPath t = given().get("/v1/national/tests?academicYear=2590&test=ONET-P6&affiliation=primary&sort=-takers")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("7702", "7702", "7701", "7701", "7701"), t.getList("areas.items.areaCode"));
        assertEquals(List.of(300, 300, 100, 100, 100), t.getList("areas.items.takers"));
        assertEquals(53.41f, t.getFloat("national[0].weightedMean"), "still over every area");
        assertEquals(4, t.getInt("national[0].areas"));
        assertEquals(1, t.getList("findings").size());
    }

    @Test
    void theRankingDownloadsAsCsvAndXlsxWithEveryRow() throws Exception {
        byte[] csv = given().get("/v1/national/ita?fiscalYear=2591&format=csv&size=1").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"national-ita-2591.csv\"")
                .extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark, so that a spreadsheet reads the Thai");
        List<String> lines = text.substring(1).lines().toList();
        assertEquals("อันดับที่,รหัสเขต,สำนักงานเขตพื้นที่การศึกษา,สังกัด,จังหวัด,คะแนน ITA,ระดับผลคะแนน,ผ่านเกณฑ์,"
                + "คะแนนปีก่อน,เปรียบเทียบกับปีก่อน,อันดับที่รายงาน", lines.get(0));
        assertEquals(5, lines.size(), "every row, whatever the page size");
        assertEquals("1,7701,สพป.พะเยา ทดสอบ 7701,primary,พะเยา,97.30,AA,true,97.10,0.20,2", lines.get(1));
        assertEquals("4,7704,สพม.น่าน ทดสอบ 7704,secondary,น่าน,74.00,C,false,,,", lines.get(4));

        byte[] xlsx = given().get("/v1/national/ita?fiscalYear=2591&format=xlsx&sort=-score").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheet("national-ita");
            assertEquals(5, s.getPhysicalNumberOfRows());
            assertEquals("คะแนน ITA", s.getRow(0).getCell(5).getStringCellValue());
            assertEquals("7701", s.getRow(1).getCell(1).getStringCellValue());
            assertEquals(97.30, s.getRow(1).getCell(5).getNumericCellValue(), 1e-9);
            assertEquals(-10.21, s.getRow(3).getCell(9).getNumericCellValue(), 1e-9);
            assertEquals("7704", s.getRow(4).getCell(1).getStringCellValue());
            assertEquals("", s.getRow(4).getCell(9).getStringCellValue(), "no change: an empty cell");
        }

        String tests = given().get("/v1/national/tests?academicYear=2590&test=ONET-P6&format=csv").then().statusCode(200)
                .extract().asString();
        assertTrue(tests.contains("ONET-P6,61,ภาษาไทย,1,7703,สพม.พะเยา ทดสอบ 7703,secondary,พะเยา,62.50,40,schools"), tests);
    }

    @Test
    void aYearWithoutScoresIsAnEmptyRanking() {
        given().get("/v1/national/ita?fiscalYear=2599").then().statusCode(200).body("areas.total", is(0))
                .body("areas.items[0]", nullValue());
    }
}
