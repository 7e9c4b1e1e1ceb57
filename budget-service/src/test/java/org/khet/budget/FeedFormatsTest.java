package org.khet.budget;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.Topics;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.OutboxRows;
import org.khet.testkit.TopicReader;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Snapshots from an XLSX workbook as finance exports it; the operating plan as JSON, replaced by a revision. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class FeedFormatsTest {
    static final String AREA = "5696";
    /** The plan tests use an area of their own, so the findings of one test do not show in another. */
    static final String PLAN_AREA = "5695";
    static final String JSON_AREA = "5692";

    @Inject
    OrgDirectory directory;
    @Inject
    AgroalDataSource db;

    @BeforeEach
    void directory() {
        TestData.init();
        TestData.areas(directory, AREA, PLAN_AREA, JSON_AREA);
    }

    private static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    @Test
    void anXlsxSnapshotIsReadWithNumericAndTextCells() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("ผลการเบิกจ่าย");
            Object[][] rows = {
                    {"areaCode", "fiscalYear", "asOf", "category", "allocated", "disbursed", "committed", "remaining", "percentDisbursed"},
                    {AREA, 2566, "2023-06-30", "งบบุคลากร", 1000000.10, 600000.05, 0, 400000.05, 60.00},
                    {AREA, 2566, "2023-06-30", "งบลงทุน", "2,000,000.00", "1,500,000.00", "300,000.00", "200,000.00", 75.5},
                    {AREA, 2566, "2023-06-30", "total", 3000000.10, 2100000.05, 300000, 600000.05, 70.00}};
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    Object v = rows[i][j];
                    if (v instanceof Number n) {
                        r.createCell(j).setCellValue(n.doubleValue());
                    } else {
                        r.createCell(j).setCellValue((String) v);
                    }
                }
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        given().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(xlsx)
                .post("/v1/execution-reports/feed").then().statusCode(200).body("created", is(1));
        given().get("/v1/areas/" + AREA + "/budget?fiscalYear=2566").then().statusCode(200)
                .body("categories.category", org.hamcrest.Matchers.contains("personnel", "investment"))
                .body("categories[0].allocated", comparesEqualTo(m("1000000.10")))
                .body("categories[0].disbursed", comparesEqualTo(m("600000.05")))
                .body("categories[0].remaining", comparesEqualTo(m("400000.05")))
                .body("categories[1].percentDisbursed", comparesEqualTo(m("75.00")))
                .body("total.disbursed", comparesEqualTo(m("2100000.05")))
                .body("total.percentDisbursed", comparesEqualTo(m("70.00")))
                // only the investment percentage (75.5 printed, 75.00 computed) disagrees
                .body("findings", hasSize(1))
                .body("findings[0].row", is("งบลงทุน"))
                .body("findings[0].difference", comparesEqualTo(m("0.50")));

        // once an allotment is recorded, it is the allocation; the printed one that differs is a finding
        given().contentType("application/json").body("""
                {"areaCode":"%s","fiscalYear":2566,"category":"personnel","documentNo":"ศธ 04002/ว 9","allottedOn":"2022-10-03","amount":"1000000.00"}
                """.formatted(AREA)).post("/v1/allocations").then().statusCode(201);
        var findings = given().get("/v1/areas/" + AREA + "/budget/findings?fiscalYear=2566").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(java.util.List.of("งบบุคลากร|allocated|0.10", "งบบุคลากร|remaining|0.10", "งบลงทุน|percentDisbursed|0.50",
                        "รวม|allocated|0.10", "รวม|remaining|0.10"),
                findings.getList("$", java.util.Map.class).stream()
                        .map(f -> f.get("row") + "|" + f.get("column") + "|" + ((BigDecimal) f.get("difference")).toPlainString())
                        .toList());
    }

    @Test
    void aJsonSnapshotFeedBuildsTheCurve() {
        // two snapshots in one JSON feed: numbers and text cells, "-" for nil committed, a printed total row
        String feed = """
                {"rows":[
                 {"areaCode":"%1$s","fiscalYear":2566,"asOf":"2023-03-31","category":"personnel","allocated":"500,000.00","disbursed":250000.25,"committed":"-","remaining":"249,999.75","percentDisbursed":50.00},
                 {"areaCode":"%1$s","fiscalYear":2566,"asOf":"2023-03-31","category":"งบลงทุน","allocated":1000000,"disbursed":"100000.00","committed":400000.50,"remaining":499999.50,"percentDisbursed":"10"},
                 {"areaCode":"%1$s","fiscalYear":2566,"asOf":"2023-03-31","category":"รวม","allocated":1500000,"disbursed":350000.25,"committed":400000.50,"remaining":749999.25,"percentDisbursed":23.33},
                 {"areaCode":"%1$s","fiscalYear":2566,"asOf":"2023-09-30","category":"personnel","allocated":500000,"disbursed":"499,000.00","committed":0,"remaining":1000,"percentDisbursed":99.80},
                 {"areaCode":"%1$s","fiscalYear":2566,"asOf":"2023-09-30","category":"investment","allocated":1000000,"disbursed":900000.00,"committed":99000.00,"remaining":1000.00,"percentDisbursed":90.01}]}
                """.formatted(JSON_AREA);
        // a dry run first (the kit's FeedRequest: ?dryRun=true on every feed of every service): the preview of the
        // two snapshots it would create, and nothing stored, published or remembered as a receipt
        given().contentType("application/json").header("Idempotency-Key", "snap-5692-1").body(feed)
                .post("/v1/execution-reports/feed?dryRun=true").then().statusCode(200)
                .body("dryRun", is(true)).body("result.rows", is(5)).body("result.created", is(2))
                .body("result.updated", is(0)).body("result.unchanged", is(0));
        given().get("/v1/execution-reports?areaCode=" + JSON_AREA).then().statusCode(200).body("total", is(0));
        assertEquals(0, OutboxRows.count(db, "type = 'budget.ExecutionReported.v1' and area_code = ?", JSON_AREA));
        given().contentType("application/json").header("Idempotency-Key", "snap-5692-1").body(feed)
                .post("/v1/execution-reports/feed").then().statusCode(200)
                .body("rows", is(5)).body("created", is(2)).body("unchanged", is(0));
        given().contentType("application/json").header("Idempotency-Key", "snap-5692-1").body(feed)
                .post("/v1/execution-reports/feed").then().statusCode(200).body("replayed", is(true)).body("created", is(2));
        // the same snapshots in other bytes (as CSV, without a key): the same facts, counted unchanged, nothing stored
        given().contentType("text/csv; charset=UTF-8").body("""
                areaCode,fiscalYear,asOf,category,allocated,disbursed,committed,remaining,percentDisbursed
                %1$s,2566,2023-09-30,investment,1000000.00,900000.00,99000.00,1000.00,90.01
                %1$s,2566,2023-09-30,personnel,500000.00,499000.00,0,1000,99.8
                %1$s,2566,2023-03-31,รวม,1500000,350000.25,400000.50,749999.25,23.33
                %1$s,2566,2023-03-31,personnel,500000.00,250000.25,-,249999.75,50
                %1$s,2566,2023-03-31,investment,1000000,100000.00,400000.50,499999.50,10.00
                """.formatted(JSON_AREA)).post("/v1/execution-reports/feed").then().statusCode(200)
                .body("replayed", is(false)).body("rows", is(5)).body("created", is(0)).body("updated", is(0))
                .body("unchanged", is(2)).body("areaCodes", org.hamcrest.Matchers.contains(JSON_AREA));
        assertEquals(2, OutboxRows.count(db, "type = 'budget.ExecutionReported.v1' and area_code = ?", JSON_AREA));
        given().get("/v1/execution-reports?areaCode=" + JSON_AREA).then().statusCode(200).body("total", is(2));

        given().get("/v1/areas/" + JSON_AREA + "/budget?fiscalYear=2566&asOf=2023-04-30").then().statusCode(200)
                .body("asOf", is("2023-03-31"))
                .body("categories.category", org.hamcrest.Matchers.contains("personnel", "investment"))
                .body("categories[0].committed", comparesEqualTo(m("0.00")))
                .body("categories[1].committed", comparesEqualTo(m("400000.50")))
                .body("total.disbursed", comparesEqualTo(m("350000.25")))
                .body("total.remaining", comparesEqualTo(m("749999.25")))
                .body("total.percentDisbursed", comparesEqualTo(m("23.33")))
                .body("findings", hasSize(0));
        // at the year's end the printed 90.01 % of investment is 90.00 computed: a finding of 0.01
        given().get("/v1/areas/" + JSON_AREA + "/budget/findings?fiscalYear=2566").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].row", is("งบลงทุน"))
                .body("[0].column", is("percentDisbursed"))
                .body("[0].difference", comparesEqualTo(m("0.01")));
        given().get("/v1/areas/" + JSON_AREA + "/budget/curve?fiscalYear=2566").then().statusCode(200)
                .body("asOf", org.hamcrest.Matchers.contains("2023-03-31", "2023-09-30"))
                .body("[0].percentDisbursed", comparesEqualTo(m("23.33")))
                .body("[1].disbursed", comparesEqualTo(m("1399000.00")))
                .body("[1].percentDisbursed", comparesEqualTo(m("93.27")));
        var events = TopicReader.await(KafkaResource.broker().bootstrapServers(), Topics.BUDGET,
                e -> JSON_AREA.equals(e.areacode()) && e.type().equals("budget.ExecutionReported.v1"), 2, Duration.ofSeconds(30));
        assertEquals(2, events.size());
        assertEquals(java.util.Set.of("350000.25", "1399000.00"), events.stream()
                .map(e -> org.khet.contracts.events.EventJson.data(e.event(), org.khet.contracts.events.budget.ExecutionReported.class)
                        .totalDisbursed().setScale(2).toPlainString()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aJsonPlanIsStoredAndARevisionReplacesIt() {
        String plan = """
                {"rows":[
                 {"areaCode":"%1$s","fiscalYear":2566,"rowType":"item","lineNo":1,"section":"ค่าใช้จ่ายในการบริหารจัดการสำนักงาน","group":"ค่าสาธารณูปโภค","item":"ค่าไฟฟ้า","planned":"100000.00","spent":"90000.50"},
                 {"areaCode":"%1$s","fiscalYear":2566,"rowType":"item","lineNo":2,"section":"ค่าใช้จ่ายในการบริหารจัดการสำนักงาน","group":"ค่าสาธารณูปโภค","item":"ค่าน้ำประปา","planned":20000,"spent":21000.25},
                 {"areaCode":"%1$s","fiscalYear":2566,"rowType":"group-total","group":"ค่าสาธารณูปโภค","planned":120000,"spent":111000.75},
                 {"areaCode":"%1$s","fiscalYear":2566,"rowType":"total","item":"รวมทั้งหมด","planned":120000,"spent":%2$s}]}
                """;
        given().contentType("application/json").body(plan.formatted(PLAN_AREA, "111000.75")).post("/v1/operating-plans/feed")
                .then().statusCode(200).body("created", is(1)).body("rows", is(4));
        given().get("/v1/operating-plans/" + PLAN_AREA + "/2566").then().statusCode(200)
                .body("planned", comparesEqualTo(m("120000.00")))
                .body("spent", comparesEqualTo(m("111000.75")))
                .body("balance", comparesEqualTo(m("8999.25")))
                .body("sections[0].groups[0].lines[1].overspent", is(true))
                .body("sections[0].groups[0].lines[1].balance", comparesEqualTo(m("-1000.25")));
        given().get("/v1/areas/" + PLAN_AREA + "/budget/findings?fiscalYear=2566").then().statusCode(200).body("$", hasSize(0));
        // the same plan again: nothing changes
        given().contentType("application/json").body(plan.formatted(PLAN_AREA, "111000.75")).post("/v1/operating-plans/feed")
                .then().statusCode(200).body("replayed", is(true));
        // ... and in other bytes (spaces after the commas): counted unchanged, no new version
        given().contentType("application/json").body(plan.formatted(PLAN_AREA, "111000.75").replace(",\"", ", \""))
                .post("/v1/operating-plans/feed").then().statusCode(200)
                .body("replayed", is(false)).body("created", is(0)).body("updated", is(0)).body("unchanged", is(1));
        assertEquals(1, OutboxRows.count(db, "type = 'budget.OperatingPlanRecorded.v1' and area_code = ?", PLAN_AREA));
        // a revision whose printed total is wrong: stored as reported, and a finding; a stale If-Match is refused
        given().contentType("application/json").header("If-Match", "\"5\"").body(plan.formatted(PLAN_AREA, "111000.00"))
                .post("/v1/operating-plans/feed").then().statusCode(412);
        given().contentType("application/json").header("If-Match", "\"0\"").body(plan.formatted(PLAN_AREA, "111000.00"))
                .post("/v1/operating-plans/feed").then().statusCode(200).body("updated", is(1));
        given().get("/v1/areas/" + PLAN_AREA + "/budget/findings?fiscalYear=2566").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].table", is("operating-plan"))
                .body("[0].column", is("spent"))
                .body("[0].code", is("budget.plan-subtotal"))
                .body("[0].reported", is("111000.00"))
                .body("[0].computed", is("111000.75"))
                .body("[0].difference", comparesEqualTo(m("-0.75")))
                .body("[0].severity", is("major"))
                .body("[0].messageEn", is("the reported spent subtotal is not the sum of its lines"));
        given().get("/v1/operating-plans/" + PLAN_AREA + "/2566").then().statusCode(200).body("version", is(1));
        var events = TopicReader.await(KafkaResource.broker().bootstrapServers(), Topics.BUDGET,
                e -> PLAN_AREA.equals(e.areacode()) && e.type().equals("budget.OperatingPlanRecorded.v1"), 2, Duration.ofSeconds(30));
        assertEquals(2, events.size());
        assertEquals(0, m("111000.75").compareTo(org.khet.contracts.events.EventJson.data(events.get(1).event(), org.khet.contracts.events.budget.OperatingPlanRecorded.class).spent()));
        // the first file sent again after the revision is a revision back, not the first answer replayed
        given().contentType("application/json").header("If-Match", "\"1\"").body(plan.formatted(PLAN_AREA, "111000.75"))
                .post("/v1/operating-plans/feed").then().statusCode(200).body("replayed", is(false)).body("updated", is(1));
        given().get("/v1/operating-plans/" + PLAN_AREA + "/2566").then().statusCode(200).body("version", is(2));
        given().get("/v1/areas/" + PLAN_AREA + "/budget/findings?fiscalYear=2566").then().statusCode(200).body("$", hasSize(0));
        assertEquals(3, OutboxRows.count(db, "type = 'budget.OperatingPlanRecorded.v1' and area_code = ?", PLAN_AREA));
    }

    @Test
    void aPlanFeedForTwoAreasOrWithAnIncompleteItemIsRefused() {
        String csv = """
                areaCode,fiscalYear,rowType,lineNo,section,group,item,planned,spent
                %1$s,2566,item,1,ค่าใช้จ่ายในการบริหารจัดการสำนักงาน,ค่าสาธารณูปโภค,ค่าไฟฟ้า,100.00,90.00
                5602,2566,item,2,ค่าใช้จ่ายในการบริหารจัดการสำนักงาน,ค่าสาธารณูปโภค,ค่าน้ำ,100.00,90.00
                %1$s,2566,item,,ค่าใช้จ่ายในการบริหารจัดการสำนักงาน,ค่าสาธารณูปโภค,,100.00,90.00
                %1$s,2566,subtotal,,,,,100.00,90.00
                """.formatted(AREA);
        given().contentType("text/csv; charset=UTF-8").body(csv).post("/v1/operating-plans/feed").then().statusCode(400)
                .body("errors.find { it.row == 3 }.column", is("areaCode"))
                .body("errors.findAll { it.row == 4 }.column", org.hamcrest.Matchers.containsInAnyOrder("lineNo", "item"))
                .body("errors.find { it.row == 5 }.column", is("rowType"));
    }
}
