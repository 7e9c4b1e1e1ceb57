package org.khet.budget;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

/** Every class of bad input is a 4xx problem+json saying what and where, and nothing of it is stored. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class BadInputTest {
    static final String AREA = "5699";
    static final String PROBLEM = "application/problem+json";

    @Inject
    OrgDirectory directory;

    @BeforeEach
    void directory() {
        TestData.init();
        TestData.areas(directory, AREA);
    }

    private static void nothingStored() {
        given().get("/v1/allocations?areaCode=" + AREA).then().statusCode(200).body("total", is(0));
        given().get("/v1/execution-reports?areaCode=" + AREA).then().statusCode(200).body("total", is(0));
        given().get("/v1/operating-plans/" + AREA + "/2566").then().statusCode(404).contentType(PROBLEM);
    }

    private static String allotment(String amount, String category, String area) {
        return """
                {"areaCode":"%s","fiscalYear":2566,"category":"%s","documentNo":"ศธ 04183/ว 1","allottedOn":"2022-11-01","amount":%s}
                """.formatted(area, category, amount);
    }

    private static String snapshot(String area, String category, String disbursed, String percent) {
        return """
                {"areaCode":"%s","fiscalYear":2566,"asOf":"2023-03-31","lines":[
                  {"category":"personnel","disbursed":100.00},
                  {"category":"%s","disbursed":%s,"percentDisbursed":%s}]}
                """.formatted(area, category, disbursed, percent);
    }

    @Test
    void aBadSnapshotIsRefusedNamingTheField() {
        // three decimals, also when the third is a zero: 1000.500 is not how a finance figure is written
        for (String amount : new String[]{"1000.505", "1000.500", "\"1000.500\""}) {
            given().contentType("application/json").body(snapshot(AREA, "operating", amount, "10")).post("/v1/execution-reports")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", is("lines[1].disbursed"))
                    .body("errors[0].message", containsString("more than two decimals"));
        }
        given().contentType("application/json").body(snapshot(AREA, "operating", "\"หนึ่งพันบาท\"", "10")).post("/v1/execution-reports")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("lines[1].disbursed"));
        given().contentType("application/json").body(snapshot(AREA, "งบกลาง", "1000.50", "10")).post("/v1/execution-reports")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("lines[1].category"))
                .body("errors[0].message", containsString("unknown category 'งบกลาง'"));
        given().contentType("application/json").body(snapshot(AREA, "operating", "1000.50", "123456789")).post("/v1/execution-reports")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("lines[1].percentDisbursed"))
                .body("errors[0].message", containsString("from 0 to 1000"));
        given().contentType("application/json").body(snapshot("9999", "operating", "1000.50", "10")).post("/v1/execution-reports")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("areaCode"))
                .body("errors[0].message", containsString("not in the org directory"));
        given().get("/v1/execution-reports?areaCode=9999").then().statusCode(200).body("total", is(0));
        nothingStored();
    }

    @Test
    void aBadSnapshotFeedIsRefusedNamingRowAndColumn() {
        String csv = """
                areaCode,fiscalYear,asOf,category,disbursed,committed,percentDisbursed
                %1$s,2566,2023-03-31,personnel,100.00,0,10.00
                %1$s,2566,2023-03-31,operating,1000.500,0,10.00
                %1$s,2566,2023-03-31,investment,หนึ่งพัน,0,10.00
                %1$s,2566,2023-03-31,งบกลาง,100.00,0,10.00
                9999,2566,2023-03-31,other,100.00,0,10.00
                %1$s,2566,2023-03-31,subsidy,100.00,0,99999999999
                %1$s,2566,2023-03-31,other,100.00,"1,000.505",-1
                """.formatted(AREA);
        given().contentType("text/csv; charset=UTF-8").body(csv).post("/v1/execution-reports/feed").then().statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("nothing was stored"))
                .body("errors.find { it.row == 3 }.column", is("disbursed"))
                .body("errors.find { it.row == 3 }.message", containsString("more than two decimals"))
                .body("errors.find { it.row == 4 }.column", is("disbursed"))
                .body("errors.find { it.row == 5 }.column", is("category"))
                .body("errors.find { it.row == 6 }.column", is("areaCode"))
                .body("errors.find { it.row == 7 }.column", is("percentDisbursed"))
                .body("errors.find { it.row == 7 }.message", containsString("from 0 to 1000"))
                .body("errors.findAll { it.row == 8 }.column", org.hamcrest.Matchers.containsInAnyOrder("committed", "percentDisbursed"))
                .body("errors", org.hamcrest.Matchers.hasSize(7));
        given().get("/v1/execution-reports?areaCode=9999").then().statusCode(200).body("total", is(0));
        nothingStored();
    }

    private static final String PLAN_HEADER = "areaCode,fiscalYear,rowType,lineNo,section,group,item,planned,spent\n";

    private static String planRow(String area, int fy, int line, String planned, String spent) {
        return area + "," + fy + ",item," + line + ",ค่าใช้จ่ายในการบริหารจัดการสำนักงาน,ค่าสาธารณูปโภค,ค่าไฟฟ้า " + line + ","
                + planned + "," + spent + "\n";
    }

    @Test
    void aBadOperatingPlanFeedStoresNothingAndKeepsThePreviousPlan() {
        String bad = PLAN_HEADER + planRow(AREA, 2566, 1, "100.00", "90.00") + planRow(AREA, 2566, 2, "100.500", "90.00")
                + planRow(AREA, 2566, 3, "หนึ่งร้อย", "90.00") + planRow(AREA, 2566, 4, "100.00", "12.345");
        given().contentType("text/csv; charset=UTF-8").body(bad).post("/v1/operating-plans/feed").then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.find { it.row == 3 }.column", is("planned"))
                .body("errors.find { it.row == 3 }.message", containsString("more than two decimals"))
                .body("errors.find { it.row == 4 }.column", is("planned"))
                .body("errors.find { it.row == 5 }.column", is("spent"));
        given().contentType("text/csv; charset=UTF-8").body(PLAN_HEADER + planRow("9999", 2566, 1, "100.00", "90.00"))
                .post("/v1/operating-plans/feed").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].row", is(2)).body("errors[0].column", is("areaCode"));
        given().get("/v1/operating-plans/9999/2566").then().statusCode(404);
        nothingStored();

        // a stored plan (FY2567) is kept as it was when a bad revision is refused
        given().contentType("text/csv; charset=UTF-8").body(PLAN_HEADER + planRow(AREA, 2567, 1, "100.00", "90.00"))
                .post("/v1/operating-plans/feed").then().statusCode(200).body("created", is(1));
        given().contentType("text/csv; charset=UTF-8").header("If-Match", "\"0\"")
                .body(PLAN_HEADER + planRow(AREA, 2567, 1, "200.00", "90.00") + planRow(AREA, 2567, 2, "50.00", "\"1,000.001\""))
                .post("/v1/operating-plans/feed").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].row", is(3)).body("errors[0].column", is("spent"));
        given().get("/v1/operating-plans/" + AREA + "/2567").then().statusCode(200)
                .header("ETag", is("\"0\""))
                .body("planned", org.hamcrest.Matchers.comparesEqualTo(new java.math.BigDecimal("100.00")))
                .body("sections[0].groups[0].lines", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void threeDecimalsAreRefusedNamingTheField() {
        given().contentType("application/json").body(allotment("1000.505", "operating", AREA)).post("/v1/allocations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("amount"))
                .body("errors[0].message", containsString("more than two decimals"));
        nothingStored();
    }

    @Test
    void textInAnAmountIsRefused() {
        given().contentType("application/json").body(allotment("\"หนึ่งพันบาท\"", "operating", AREA)).post("/v1/allocations")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("amount"));
        nothingStored();
    }

    @Test
    void anUnknownCategoryIsRefused() {
        given().contentType("application/json").body(allotment("1000.50", "งบกลาง", AREA)).post("/v1/allocations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("category"))
                .body("errors[0].message", containsString("unknown category 'งบกลาง'"));
        nothingStored();
    }

    @Test
    void anUnknownAreaIsRefused() {
        given().contentType("application/json").body(allotment("1000.50", "operating", "9999")).post("/v1/allocations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("areaCode"))
                .body("errors[0].message", containsString("not in the org directory"));
        // a school is not an area
        given().contentType("application/json").body(allotment("1000.50", "operating", AREA + "0001")).post("/v1/allocations")
                .then().statusCode(400).body("errors[0].message", containsString("not an area"));
        // a school code is not an area code to filter by
        given().get("/v1/allocations?areaCode=" + AREA + "0001").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("areaCode"));
        nothingStored();
        given().get("/v1/areas/9999/budget?fiscalYear=2566").then().statusCode(404).contentType(PROBLEM);
        given().get("/v1/allocations?areaCode=9999").then().statusCode(200).body("total", is(0));
    }

    @Test
    void aCommonEraYearAndADateOutsideTheYearAreRefused() {
        given().contentType("application/json").body(allotment("1000.50", "operating", AREA).replace("2566", "2023"))
                .post("/v1/allocations").then().statusCode(400)
                .body("errors.field", hasItem("fiscalYear"))
                .body("errors[0].message", containsString("2566"));
        given().contentType("application/json").body(allotment("1000.50", "operating", AREA).replace("2022-11-01", "2023-10-01"))
                .post("/v1/allocations").then().statusCode(400)
                .body("errors[0].field", is("allottedOn"));
        given().get("/v1/areas/" + AREA + "/budget?fiscalYear=abc").then().statusCode(400)
                .body("errors[0].field", is("fiscalYear"));
        // typed parameters: a common-era year is refused with the Buddhist-era year meant, a missing one is required,
        // an area code that is not 4 digits is a 400 naming the parameter
        given().get("/v1/areas/" + AREA + "/budget?fiscalYear=2023").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("fiscalYear")).body("errors[0].message", containsString("2566"));
        given().get("/v1/areas/" + AREA + "/budget").then().statusCode(400).body("errors[0].field", is("fiscalYear"));
        given().get("/v1/areas/56x/budget?fiscalYear=2566").then().statusCode(400).body("errors[0].field", is("code"));
        given().get("/v1/fiscal-years/2023").then().statusCode(400).body("errors[0].field", is("fiscalYear"));
        given().get("/v1/fiscal-years/2690").then().statusCode(404).contentType(PROBLEM);
        given().get("/v1/areas/" + AREA + "/budget?fiscalYear=2690").then().statusCode(400)
                .body("detail", containsString("not one of the years Khet holds"));
        given().get("/v1/areas/" + AREA + "/budget?fiscalYear=2566&asOf=30/09/2566").then().statusCode(400)
                .body("errors[0].field", is("asOf"));
        nothingStored();
    }

    @Test
    void malformedJsonIsRefused() {
        given().contentType("application/json").body("{\"areaCode\": \"" + AREA + "\", ").post("/v1/allocations")
                .then().statusCode(400).contentType(PROBLEM);
        given().contentType("application/json").body("[1,2]").post("/v1/execution-reports")
                .then().statusCode(400).contentType(PROBLEM);
        nothingStored();
    }

    @Test
    void aFeedWithBadRowsInTheMiddleStoresNothingAndNamesRowAndColumn() {
        String csv = """
                areaCode,fiscalYear,category,date,amount,documentNo
                %1$s,2566,personnel,2022-10-05,"1,000,000.00",ศธ 001
                %1$s,2566,operating,2022-10-05,12.345,ศธ 002
                %1$s,2566,งบลงทุน,2022-10-05,สองแสน,ศธ 003
                %1$s,2566,งบกลาง,2022-10-05,100.00,ศธ 004
                9999,2566,other,2022-10-05,100.00,ศธ 005
                %1$s,2566,other,2022-10-05,100.00,ศธ 005
                """.formatted(AREA);
        given().contentType("text/csv; charset=UTF-8").body(csv).post("/v1/allocations/feed").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("nothing was stored"))
                .body("errors.find { it.row == 3 }.column", is("amount"))
                .body("errors.find { it.row == 3 }.message", containsString("more than two decimals"))
                .body("errors.find { it.row == 4 }.column", is("amount"))
                .body("errors.find { it.row == 5 }.column", is("category"))
                .body("errors.find { it.row == 6 }.column", is("areaCode"));
        nothingStored();
    }

    @Test
    void aSnapshotWithANegativeOrBadFigureIsRefused() {
        String csv = """
                areaCode,fiscalYear,asOf,category,disbursed,committed
                %1$s,2566,2023-03-31,personnel,100.00,0
                %1$s,2566,2023-03-31,operating,-5.00,0
                %1$s,2566,2023-03-31,investment,5.00,1.001
                %1$s,2566,2023-03-31,personnel,1.00,0
                """.formatted(AREA);
        given().contentType("text/csv; charset=UTF-8").body(csv).post("/v1/execution-reports/feed").then().statusCode(400)
                .body("errors.find { it.row == 3 }.column", is("disbursed"))
                .body("errors.find { it.row == 4 }.column", is("committed"))
                .body("errors.find { it.row == 5 }.message", containsString("appears twice"));
        nothingStored();
    }

    @Test
    void aDuplicateSnapshotIsAConflictAndStoresNothing() {
        String body = """
                {"areaCode":"%s","fiscalYear":2566,"asOf":"2023-01-31","lines":[
                  {"category":"personnel","disbursed":1000.00},{"category":"งบดำเนินงาน","disbursed":"250.25","committed":10}]}
                """.formatted(AREA);
        String id = given().contentType("application/json").body(body).post("/v1/execution-reports")
                .then().statusCode(201).body("totalDisbursed", org.hamcrest.Matchers.comparesEqualTo(new java.math.BigDecimal("1250.25")))
                .extract().path("id");
        given().contentType("application/json").body(body).post("/v1/execution-reports").then().statusCode(409).contentType(PROBLEM);
        // the same snapshot by feed, together with a new one: a conflict, and the new one is not stored either
        String csv = """
                areaCode,fiscalYear,asOf,category,disbursed
                %1$s,2566,2023-02-28,personnel,2000.00
                %1$s,2566,2023-01-31,personnel,1000.00
                """.formatted(AREA);
        given().contentType("text/csv; charset=UTF-8").body(csv).post("/v1/execution-reports/feed").then().statusCode(409)
                .body("errors[0].row", is(3));
        given().get("/v1/execution-reports?areaCode=" + AREA).then().statusCode(200).body("total", is(1));
        // a stale If-Match cannot delete it; the current one can
        given().header("If-Match", "\"7\"").delete("/v1/execution-reports/" + id).then().statusCode(412).contentType(PROBLEM);
        given().header("If-None-Match", "\"0\"").get("/v1/execution-reports/" + id).then().statusCode(304);
        given().header("If-Match", "\"0\"").delete("/v1/execution-reports/" + id).then().statusCode(204);
        nothingStored();
        var deleted = org.khet.testkit.TopicReader.await(org.khet.testkit.KafkaResource.broker().bootstrapServers(),
                org.khet.contracts.events.Topics.BUDGET, e -> e.type().equals("budget.ExecutionReportDeleted.v1")
                        && id.equals(e.subject()), 1, java.time.Duration.ofSeconds(30));
        org.junit.jupiter.api.Assertions.assertEquals(1, deleted.size());
    }

    @Test
    void anUnsupportedFeedFormatAndAnEmptyFeedAreRefused() {
        given().contentType("application/pdf").body(new byte[]{1, 2, 3}).post("/v1/allocations/feed").then().statusCode(415);
        given().contentType("text/csv; charset=UTF-8").body("areaCode,fiscalYear,category,date,amount\n").post("/v1/allocations/feed")
                .then().statusCode(400);
        given().contentType("text/csv; charset=UTF-8").body("areaCode,fiscalYear,category,date\n" + AREA + ",2566,other,2022-10-05\n")
                .post("/v1/allocations/feed").then().statusCode(400).body("errors[0].column", is("amount"));
        nothingStored();
    }
}
