package org.khet.school.national;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The national enrolment roll-up over three hand-made areas (academic year 2590, which no other test uses):
 * <pre>
 * area  affiliation province  schools' students (classrooms)          small medium large xl  small %
 * 7801  primary     พะเยา     50 (2), 120 (6), 121 (6)  = 291 (14)     2     1      0     0   66.67
 * 7802  primary     น่าน       600 (20), 601 (24)        = 1201 (44)    0     1      1     0    0.00
 * 7803  secondary   พะเยา     1501 (40), 80 (4)         = 1581 (44)    1     0      0     1   50.00
 * total                       7 schools                 = 3073 (102)   3     2      1     1   42.86 (3/7)
 * </pre>
 * 120 is small and 121 medium, 600 medium and 601 large, 1501 extra large: the thresholds' edges.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class NationalEnrolmentTest {
    static boolean loaded;

    @BeforeEach
    void load() {
        if (loaded) {
            return;
        }
        String[][] areas = {{"7801", "primary", "พะเยา"}, {"7802", "primary", "น่าน"}, {"7803", "secondary", "พะเยา"}};
        for (String[] a : areas) {
            given().contentType(ContentType.JSON).body("{\"nameTh\":\"เขตทดสอบ " + a[0] + "\",\"level\":\"" + a[1]
                    + "\",\"province\":\"" + a[2] + "\"}").put("/v1/areas/" + a[0]).then().statusCode(anyOf(is(201), is(200)));
            given().contentType(ContentType.JSON).body("{\"areaCode\":\"" + a[0] + "\",\"nameTh\":\"อำเภอทดสอบ\"}")
                    .put("/v1/districts/" + a[0] + "-01").then().statusCode(anyOf(is(201), is(200)));
        }
        int[][] students = {{7801, 50, 2}, {7801, 120, 6}, {7801, 121, 6}, {7802, 600, 20}, {7802, 601, 24},
                {7803, 1501, 40}, {7803, 80, 4}};
        StringBuilder csv = new StringBuilder("schoolCode,academicYear,round,grade,boys,girls,classrooms,snapshotDate\n");
        for (int i = 0; i < students.length; i++) {
            String code = "10" + students[i][0] + "00" + (i + 1) + "0";
            given().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\",\"districtCode\":\"" + students[i][0]
                    + "-01\",\"nameTh\":\"โรงเรียนทดสอบ " + (i + 1) + "\"}").post("/v1/schools").then().statusCode(anyOf(is(201), is(409)));
            int boys = students[i][1] / 2;
            csv.append(code).append(",2590,1,P1,").append(boys).append(',').append(students[i][1] - boys).append(',')
                    .append(students[i][2]).append(",2047-06-10\n");
        }
        given().contentType("text/csv; charset=UTF-8").body(csv.toString().getBytes(StandardCharsets.UTF_8))
                .post("/v1/enrolment-rounds/feed").then().statusCode(200);
        loaded = true;
    }

    static JsonPath get(String query) {
        return given().get("/v1/national/enrolment?academicYear=2590" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyAreaBySizeClassWithTheTotal() {
        JsonPath j = get("");
        assertEquals(List.of("7801", "7802", "7803"), j.getList("areas.items.areaCode"));
        assertEquals(List.of(3, 2, 2), j.getList("areas.items.schools"));
        assertEquals(List.of(291, 1201, 1581), j.getList("areas.items.students"));
        assertEquals(List.of(14, 44, 44), j.getList("areas.items.classrooms"));
        assertEquals(List.of(2, 0, 1), j.getList("areas.items.small"));
        assertEquals(List.of(1, 1, 0), j.getList("areas.items.medium"));
        assertEquals(List.of(0, 1, 0), j.getList("areas.items.large"));
        assertEquals(List.of(0, 0, 1), j.getList("areas.items.extraLarge"));
        assertEquals(List.of(66.67f, 0f, 50f), j.getList("areas.items.smallPercent"));
        assertEquals(7, j.getInt("total.schools"));
        assertEquals(3073, j.getInt("total.students"));
        assertEquals(102, j.getInt("total.classrooms"));
        assertEquals(42.86f, j.getFloat("total.smallPercent"));
        assertEquals(1, j.getInt("total.extraLarge"));
        assertEquals("secondary", j.getString("areas.items[2].affiliation"));
    }

    @Test
    void filteredSortedPagedAndTheTotalIsTheRowsShown() {
        JsonPath phayao = given().queryParam("province", "พะเยา").get("/v1/national/enrolment?academicYear=2590&sort=-students")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("7803", "7801"), phayao.getList("areas.items.areaCode"));
        assertEquals(5, phayao.getInt("total.schools"));
        assertEquals(1872, phayao.getInt("total.students"), "291 + 1581");
        JsonPath primary = get("&affiliation=primary&sort=-smallPercent&size=1&page=1");
        assertEquals(List.of("7802"), primary.getList("areas.items.areaCode"));
        assertEquals(2, primary.getInt("areas.total"));
        assertEquals(5, primary.getInt("total.schools"), "both primary areas, not just the page");
        given().get("/v1/national/enrolment?academicYear=2590&round=x&affiliation=all").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("round"));
        assertEquals(0, get("&round=2").getInt("total.schools"));
    }

    @Test
    void downloadsAsCsvAndXlsx() throws Exception {
        byte[] bytes = given().get("/v1/national/enrolment?academicYear=2590&format=csv").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"national-enrolment-2590-1.csv\"")
                .extract().asByteArray();
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = csv.lines().toList();
        assertEquals("รหัสเขต,สำนักงานเขตพื้นที่การศึกษา,สังกัด,จังหวัด,จำนวนโรงเรียน,จำนวนนักเรียน,จำนวนห้องเรียน,"
                + "ขนาดเล็ก,ขนาดกลาง,ขนาดใหญ่,ขนาดใหญ่พิเศษ,ร้อยละโรงเรียนขนาดเล็ก", lines.get(0));
        assertEquals("7801,เขตทดสอบ 7801,primary,พะเยา,3,291,14,2,1,0,0,66.67", lines.get(1));
        byte[] xlsx = given().get("/v1/national/enrolment?academicYear=2590&format=xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(1581, wb.getSheetAt(0).getRow(3).getCell(5).getNumericCellValue(), 1e-9);
        }
    }
}
