package org.khet.budget.national;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The national budget roll-up over four hand-made areas in fiscal year 2579 (1 Oct 2035 – 30 Sep 2036), which no
 * other test uses:
 * <pre>
 * area  allotments                              snapshots (disbursed / committed)           at 30 Sep 2036
 * 7901  1,000,000.00 (1 Oct) + 200,000.00 (1 Jun)  31 Mar 400,000.00 / 0; 30 Sep 1,080,000.00 / 60,000.00   90.00 %
 * 7902  2,000,000.00 (1 Oct)                     30 Sep 1,800,000.00 / 0                                 90.00 %
 * 7903    500,000.00 (1 Oct)                     30 Sep   499,999.99 / 0  (99.999998 → 100.00)          100.00 %
 * 7904    300,000.00 (1 Nov)                     none                                                   no rank
 * </pre>
 * Ranked: 7903 1st, 7901 and 7902 2nd together. At 30 Apr 2036 only 7901 has a snapshot (31 Mar): 400,000.00 of the
 * 1,000,000.00 allotted by that date (the June allotment is later), 40.00 %.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class NationalBudgetTest {
    static boolean loaded;

    @Inject
    OrgDirectory directory;
    @Inject
    AreaProfiles profiles;

    @BeforeEach
    void load() {
        io.restassured.RestAssured.config = io.restassured.RestAssured.config().jsonConfig(
                io.restassured.config.JsonConfig.jsonConfig().numberReturnType(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        if (loaded) {
            return;
        }
        String[][] areas = {{"7901", "primary", "พะเยา"}, {"7902", "primary", "น่าน"}, {"7903", "secondary", "พะเยา"},
                {"7904", "secondary", "น่าน"}};
        QuarkusTransaction.requiringNew().run(() -> {
            directory.apply(new OrgUnitChanged("obec", OrgUnitChanged.OBEC, null, null, "สพฐ.", null, "open"));
            for (String[] a : areas) {
                directory.apply(new OrgUnitChanged(a[0], OrgUnitChanged.AREA, "obec", a[0], "เขตทดสอบ " + a[0], null, "open"));
                profiles.apply(new AreaProfileChanged(a[0], "เขตทดสอบ " + a[0], null, a[1], a[2], null, null, null));
            }
        });
        post("/v1/allocations/feed", """
                areaCode,fiscalYear,category,date,amount,documentNo
                7901,2579,operating,2035-10-01,1000000.00,ทดสอบ/1
                7901,2579,operating,2036-06-01,200000.00,ทดสอบ/2
                7902,2579,operating,2035-10-01,2000000.00,ทดสอบ/3
                7903,2579,operating,2035-10-01,500000.00,ทดสอบ/4
                7904,2579,operating,2035-11-01,300000.00,ทดสอบ/5
                """);
        post("/v1/execution-reports/feed", """
                areaCode,fiscalYear,asOf,category,disbursed,committed
                7901,2579,2036-03-31,operating,400000.00,0
                7901,2579,2036-09-30,operating,1080000.00,60000.00
                7902,2579,2036-09-30,operating,1800000.00,0
                7903,2579,2036-09-30,operating,499999.99,0
                """);
        loaded = true;
    }

    private static void post(String path, String csv) {
        given().contentType("text/csv; charset=UTF-8").body(csv.getBytes(StandardCharsets.UTF_8)).post(path)
                .then().statusCode(200);
    }

    static JsonPath get(String query) {
        return given().get("/v1/national/budget?fiscalYear=2579" + query).then().statusCode(200).extract().jsonPath();
    }

    static List<BigDecimal> money(String... v) {
        return Arrays.stream(v).map(s -> s == null ? null : new BigDecimal(s)).toList();
    }

    @Test
    void everyAreaRankedByPercentDisbursedAtTheYearsEnd() {
        JsonPath j = get("");
        assertEquals("2036-09-30", j.getString("asOf"));
        assertEquals(List.of("7903", "7901", "7902", "7904"), j.getList("areas.items.areaCode"));
        assertEquals(Arrays.asList(1, 2, 2, null), j.getList("areas.items.rank"), "90.00 and 90.00 share 2nd");
        assertEquals(3, j.getInt("areas.items[0].rankOf"));
        assertEquals(money("500000.00", "1200000.00", "2000000.00", "300000.00"), j.getList("areas.items.allocated"));
        assertEquals(money("499999.99", "1080000.00", "1800000.00", null), j.getList("areas.items.disbursed"));
        assertEquals(money("0.00", "60000.00", "0.00", null), j.getList("areas.items.committed"));
        assertEquals(money("0.01", "60000.00", "200000.00", null), j.getList("areas.items.remaining"));
        assertEquals(money("100.00", "90.00", "90.00", null), j.getList("areas.items.percentDisbursed"));
        assertEquals(Arrays.asList("2036-09-30", "2036-09-30", "2036-09-30", null), j.getList("areas.items.asOf"));
    }

    @Test
    void atAnEarlierDateTheAllocationIsThatOfTheSnapshotsDate() {
        JsonPath j = get("&asOf=2036-04-30");
        assertEquals(List.of("7901", "7902", "7903", "7904"), j.getList("areas.items.areaCode"));
        assertEquals(Arrays.asList(1, null, null, null), j.getList("areas.items.rank"));
        assertEquals(new BigDecimal("1000000.00"), j.get("areas.items[0].allocated"), "not the June allotment");
        assertEquals(new BigDecimal("40.00"), j.get("areas.items[0].percentDisbursed"));
        assertEquals("2036-03-31", j.getString("areas.items[0].asOf"));
        assertNull(j.get("areas.items[1].disbursed"));
        given().get("/v1/national/budget?fiscalYear=2579&asOf=30/4/2036").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("asOf"));
    }

    @Test
    void filteredSortedPagedAndDownloaded() throws Exception {
        JsonPath secondary = get("&affiliation=secondary");
        assertEquals(List.of("7903", "7904"), secondary.getList("areas.items.areaCode"));
        assertEquals(Arrays.asList(1, null), secondary.getList("areas.items.rank"));
        JsonPath byAllocation = get("&sort=-allocated&size=2&page=0");
        assertEquals(List.of("7902", "7901"), byAllocation.getList("areas.items.areaCode"));
        assertEquals(4, byAllocation.getInt("areas.total"));
        String csv = new String(given().get("/v1/national/budget?fiscalYear=2579&format=csv").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8).substring(1);
        assertEquals("1,7903,เขตทดสอบ 7903,secondary,พะเยา,2036-09-30,500000.00,499999.99,0.00,0.01,100.00",
                csv.lines().toList().get(1));
        byte[] xlsx = given().get("/v1/national/budget?fiscalYear=2579&format=xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(1200000.00, wb.getSheetAt(0).getRow(2).getCell(6).getNumericCellValue(), 1e-9);
        }
    }
}
