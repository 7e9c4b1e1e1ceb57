package org.khet.project.national;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.school.AreaProfileChanged;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.kit.national.AreaProfiles;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The national projects roll-up over three hand-made areas in fiscal year 2590, which no other test uses:
 * <pre>
 * area  projects (budget / spent, status, achieved)                       count AP ADD done  ach   budget     spent      %
 * 7601  AP1 10,000.00/9,500.00 done yes; AP2 20,000.00/20,000.00 done no;   3   2  1   2 66.67 1 33.33 35,000.00 29,500.00 84.29
 *       ADD1 5,000.00/– in progress not assessed
 * 7602  AP1 100,000.00/100,000.00 done yes; AP2 1,000.00 cancelled (left out) 1  1  0   1 100.00 1 100.00 100,000.00 100,000.00 100.00
 * 7603  ADD1 0.00/– planned no                                              1   0  1   0 0.00  0 0.00    0.00      0.00      none
 * </pre>
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class NationalProjectsTest {
    static boolean loaded;

    @Inject
    OrgDirectory directory;
    @Inject
    AreaProfiles profiles;

    @BeforeEach
    void load() {
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        if (loaded) {
            return;
        }
        String[][] areas = {{"7601", "primary", "พะเยา"}, {"7602", "secondary", "น่าน"}, {"7603", "primary", "น่าน"}};
        QuarkusTransaction.requiringNew().run(() -> {
            directory.apply(new OrgUnitChanged("obec", OrgUnitChanged.OBEC, null, null, "สพฐ.", null, "open"));
            for (String[] a : areas) {
                directory.apply(new OrgUnitChanged(a[0], OrgUnitChanged.AREA, "obec", a[0], "เขตทดสอบ " + a[0], null, "open"));
                profiles.apply(new AreaProfileChanged(a[0], "เขตทดสอบ " + a[0], null, a[1], a[2], null, null, null));
            }
        });
        String header = "fiscalYear,planKind,number,title,budget,actualSpend,owners,status,achieved\n";
        feed("7601", header
                + "2590,ACTION_PLAN,1,โครงการทดสอบหนึ่ง,10000.00,9500.00,นายทดสอบ,COMPLETED,YES\n"
                + "2590,ACTION_PLAN,2,โครงการทดสอบสอง,20000.00,20000.00,นายทดสอบ,COMPLETED,NO\n"
                + "2590,ADDITIONAL,1,โครงการทดสอบสาม,5000.00,,นายทดสอบ,IN_PROGRESS,NOT_ASSESSED\n");
        feed("7602", header
                + "2590,ACTION_PLAN,1,โครงการทดสอบหนึ่ง,100000.00,100000.00,นางทดสอบ,COMPLETED,YES\n"
                + "2590,ACTION_PLAN,2,โครงการทดสอบสอง,1000.00,,นางทดสอบ,CANCELLED,NO\n");
        feed("7603", header + "2590,ADDITIONAL,1,โครงการทดสอบหนึ่ง,0.00,,น.ส.ทดสอบ,PLANNED,NO\n");
        loaded = true;
    }

    private static void feed(String area, String csv) {
        given().contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/v1/areas/" + area + "/projects/feed").then().statusCode(200);
    }

    static JsonPath get(String query) {
        return given().get("/v1/national/projects?fiscalYear=2590" + query).then().statusCode(200).extract().jsonPath();
    }

    static List<BigDecimal> n(String... v) {
        return Arrays.stream(v).map(s -> s == null ? null : new BigDecimal(s)).toList();
    }

    @Test
    void everyAreasCountCompletionAndSpending() {
        JsonPath j = get("");
        assertEquals(List.of("7601", "7602", "7603"), j.getList("areas.items.areaCode"));
        assertEquals(List.of(3, 1, 1), j.getList("areas.items.projects").stream().map(o -> ((Number) o).intValue()).toList());
        assertEquals(List.of(2, 1, 0), j.getList("areas.items.actionPlan").stream().map(o -> ((Number) o).intValue()).toList());
        assertEquals(List.of(2, 1, 0), j.getList("areas.items.completed").stream().map(o -> ((Number) o).intValue()).toList());
        assertEquals(n("66.67", "100.00", "0.00"), j.getList("areas.items.completedPercent"));
        assertEquals(n("33.33", "100.00", "0.00"), j.getList("areas.items.achievedPercent"));
        assertEquals(n("35000.00", "100000.00", "0.00"), j.getList("areas.items.budget"));
        assertEquals(n("29500.00", "100000.00", "0.00"), j.getList("areas.items.spent"));
        assertEquals(n("84.29", "100.00", null), j.getList("areas.items.spentPercent"), "29,500 / 35,000; nothing of 0.00");
    }

    @Test
    void filteredSortedAndDownloaded() throws Exception {
        JsonPath nan = given().queryParam("province", "น่าน").get("/v1/national/projects?fiscalYear=2590&sort=-spentPercent")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("7602", "7603"), nan.getList("areas.items.areaCode"));
        assertEquals(List.of("7602", "7601", "7603"), get("&sort=-spentPercent").getList("areas.items.areaCode"));
        assertEquals(List.of("7601", "7603"), get("&affiliation=primary").getList("areas.items.areaCode"));
        String csv = new String(given().get("/v1/national/projects?fiscalYear=2590&format=csv").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8).substring(1);
        assertEquals("7601,เขตทดสอบ 7601,primary,พะเยา,3,2,1,2,66.67,1,33.33,35000.00,29500.00,84.29", csv.lines().toList().get(1));
        byte[] xlsx = given().get("/v1/national/projects?fiscalYear=2590&format=xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(100000.00, wb.getSheetAt(0).getRow(2).getCell(12).getNumericCellValue(), 1e-9);
        }
    }
}
