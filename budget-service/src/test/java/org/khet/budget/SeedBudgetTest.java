package org.khet.budget;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.Topics;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.OutboxRows;
import org.khet.testkit.TopicReader;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Part 3 §5 of the seed report (สพป.พะเยา เขต 2, FY2566, as of 30 Sep 2566), the demo's files
 * ({@code demo/phayao2-2566/budget}) loaded through the public feeds:
 * the computed tables must reproduce every printed figure that is consistent, and every one that is not must come
 * out as a finding.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class SeedBudgetTest {
    static final String AREA = "5602";

    @Inject
    OrgDirectory directory;
    @Inject
    AgroalDataSource db;

    @BeforeEach
    void directory() {
        TestData.init();
        TestData.phayao2Area(directory);
    }

    /** A file of the Phayao 2 demo (demo/phayao2-2566/budget), as sent by the demo loader. */
    private static byte[] demoFile(String file) {
        try {
            return java.nio.file.Files.readAllBytes(TestData.phayao2Budget().resolve(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Sends a demo file. ReportFixtureTest sends the same files to the same area: whichever test runs second is
     * answered with the first answer replayed, the same figures.
     */
    private static ValidatableResponse post(String path, String file, String type) {
        return given().contentType(type).body(demoFile(file)).post(path).then();
    }

    private static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    @Test
    void theSeedsBudgetTablesComputedWithTheirFindings() {
        post("/v1/allocations/feed", "allocations.csv", "text/csv").statusCode(200)
                .body("kind", is("allocations")).body("rows", is(5)).body("created", is(5)).body("updated", is(0))
                .body("unchanged", is(0)).body("areaCodes", contains(AREA)).body("years", contains(2566))
                .body("receiptId", notNullValue());
        post("/v1/execution-reports/feed", "execution-2023-09-30.csv", "text/csv").statusCode(200)
                .body("kind", is("execution-reports")).body("rows", is(6)).body("created", is(1)).body("unchanged", is(0));
        post("/v1/operating-plans/feed", "operating-plan.csv", "text/csv").statusCode(200)
                .body("kind", is("operating-plans")).body("created", is(1)).body("updated", is(0));

        ValidatableResponse r = given().get("/v1/areas/" + AREA + "/budget?fiscalYear=2566").then().statusCode(200)
                .body("areaNameTh", is("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2"))
                .body("asOf", is("2023-09-30"))
                .body("categories.nameTh", contains("งบบุคลากร", "งบดำเนินงาน", "งบลงทุน", "งบเงินอุดหนุน", "งบรายจ่ายอื่น"));
        // category rows: allocated, disbursed, committed, remaining (computed), % disbursed (computed)
        String[][] rows = {
                {"12159000.00", "11874194.04", "0.00", "284805.96", "97.66"},
                {"13327528.00", "12472366.27", "379571.00", "475590.73", "93.58"},
                {"27180300.00", "26323427.00", "854640.00", "2233.00", "96.85"},
                {"70865027.00", "70854427.00", "0.00", "10600.00", "99.99"},
                {"35313480.00", "33914895.35", "1097000.00", "301584.65", "96.04"}};
        for (int i = 0; i < rows.length; i++) {
            String p = "categories[" + i + "].";
            r.body(p + "allocated", comparesEqualTo(m(rows[i][0])))
                    .body(p + "disbursed", comparesEqualTo(m(rows[i][1])))
                    .body(p + "committed", comparesEqualTo(m(rows[i][2])))
                    .body(p + "remaining", comparesEqualTo(m(rows[i][3])))
                    .body(p + "percentDisbursed", comparesEqualTo(m(rows[i][4])));
        }
        // the total row is the sum of the stored rows: 158,845,335.00 allocated as printed
        r.body("total.allocated", comparesEqualTo(m("158845335.00")))
                .body("total.disbursed", comparesEqualTo(m("155439309.66")))
                .body("total.committed", comparesEqualTo(m("2331211.00")))
                .body("total.remaining", comparesEqualTo(m("1074814.34")))
                .body("total.percentDisbursed", comparesEqualTo(m("97.86")))
                .body("total.reported.disbursed", comparesEqualTo(m("155439342.66")));

        // the operating plan: two groups of office costs (subtotal 3,489,234 / 3,492,043), the quality budget, 5,100,000
        r.body("operatingPlan.sections", hasSize(2))
                .body("operatingPlan.sections[0].sectionTh", is("ค่าใช้จ่ายในการบริหารจัดการสำนักงาน"))
                .body("operatingPlan.sections[0].planned", comparesEqualTo(m("3489234.00")))
                .body("operatingPlan.sections[0].spent", comparesEqualTo(m("3492043.00")))
                .body("operatingPlan.sections[0].groups.groupTh", contains("ค่าตอบแทนใช้สอยและวัสดุ", "ค่าสาธารณูปโภค"))
                .body("operatingPlan.sections[0].groups[0].planned", comparesEqualTo(m("2580190.81")))
                .body("operatingPlan.sections[0].groups[0].spent", comparesEqualTo(m("2626197.30")))
                .body("operatingPlan.sections[0].groups[1].planned", comparesEqualTo(m("909043.19")))
                .body("operatingPlan.sections[0].groups[1].spent", comparesEqualTo(m("865845.70")))
                .body("operatingPlan.sections[0].groups[0].lines[0].overspent", is(true))
                .body("operatingPlan.sections[1].planned", comparesEqualTo(m("1610766.00")))
                .body("operatingPlan.planned", comparesEqualTo(m("5100000.00")))
                .body("operatingPlan.spent", comparesEqualTo(m("5100000.00")))
                .body("projectFunding", nullValue());

        // the seed's inconsistencies, each with both values and the difference
        List<Map<String, Object>> findings = r.extract().jsonPath().getList("findings");
        Map<String, List<Object>> byRow = findings.stream().collect(Collectors.toMap(
                f -> f.get("table") + "|" + f.get("row") + "|" + f.get("column"),
                f -> List.of(f.get("reported"), f.get("computed"), f.get("difference"), f.get("code"), f.get("severity"),
                        f.get("subject"), f.get("messageTh"), f.get("messageEn"))));
        assertEquals(4, findings.size(), findings.toString());
        assertFinding(byRow, "execution|งบดำเนินงาน|percentDisbursed", "93.85", "93.58", "0.27", "budget.percent-disbursed");
        assertFinding(byRow, "execution|งบลงทุน|remaining", "2200.00", "2233.00", "-33.00", "budget.remaining");
        assertFinding(byRow, "execution|รวม|disbursed", "155439342.66", "155439309.66", "33.00", "budget.total");
        assertFinding(byRow, "execution|รวม|remaining", "1074781.34", "1074814.34", "-33.00", "budget.remaining");

        // re-sent feeds change nothing: each is answered with its first result
        post("/v1/allocations/feed", "allocations.csv", "text/csv").statusCode(200)
                .body("replayed", is(true)).body("created", is(5));
        post("/v1/execution-reports/feed", "execution-2023-09-30.csv", "text/csv").statusCode(200)
                .body("replayed", is(true)).body("created", is(1));
        post("/v1/operating-plans/feed", "operating-plan.csv", "text/csv").statusCode(200)
                .body("replayed", is(true)).body("created", is(1));
        given().get("/v1/allocations?areaCode=" + AREA + "&fiscalYear=2566").then().statusCode(200).body("total", is(5));
        // the allotments re-saved in other bytes (CRLF line endings, rows reordered; the file has no document numbers)
        // are the same allotments: nothing is stored and nothing is published
        long allotmentEvents = OutboxRows.count(db, "type = 'budget.AllocationRecorded.v1' and area_code = ?", AREA);
        assertEquals(5, allotmentEvents);
        List<String> lines = new java.util.ArrayList<>(List.of(new String(demoFile("allocations.csv"),
                java.nio.charset.StandardCharsets.UTF_8).strip().split("\n")));
        String header = lines.remove(0);
        java.util.Collections.reverse(lines);
        String resaved = header + "\r\n" + String.join("\r\n", lines) + "\r\n";
        given().contentType("text/csv; charset=UTF-8").body(resaved.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/v1/allocations/feed").then().statusCode(200)
                .body("replayed", is(false)).body("rows", is(5)).body("created", is(0)).body("updated", is(0))
                .body("unchanged", is(5));
        given().get("/v1/allocations?areaCode=" + AREA + "&fiscalYear=2566").then().statusCode(200).body("total", is(5));
        assertEquals(allotmentEvents, OutboxRows.count(db, "type = 'budget.AllocationRecorded.v1' and area_code = ?", AREA));
        // two identical rows without a document number in one file are ambiguous: a 400 naming both rows
        given().contentType("text/csv; charset=UTF-8").body(header + "\n" + lines.get(0) + "\n" + lines.get(0) + "\n")
                .post("/v1/allocations/feed").then().statusCode(400)
                .body("errors[0].row", is(3))
                .body("errors[0].column", is("documentNo"))
                .body("errors[0].message", containsString("the same allotment as row 2"));
        assertEquals(allotmentEvents, OutboxRows.count(db, "type = 'budget.AllocationRecorded.v1' and area_code = ?", AREA));
        given().get("/v1/execution-reports?areaCode=" + AREA).then().statusCode(200).body("total", is(1))
                .body("items[0].totalDisbursed", comparesEqualTo(m("155439309.66")));
        given().get("/v1/areas/" + AREA + "/budget?fiscalYear=2566").then().statusCode(200)
                .body("total.allocated", comparesEqualTo(m("158845335.00")))
                .body("findings", hasSize(4));
        given().get("/v1/operating-plans/" + AREA + "/2566").then().statusCode(200)
                .header("ETag", is("\"0\""))
                .body("planned", comparesEqualTo(m("5100000.00")));
        given().header("If-None-Match", "\"0\"").get("/v1/operating-plans/" + AREA + "/2566").then().statusCode(304);

        // every change went out as an event, once
        var events = TopicReader.await(KafkaResource.broker().bootstrapServers(), Topics.BUDGET,
                e -> AREA.equals(e.areacode()), 7, Duration.ofSeconds(30));
        Map<String, Long> byType = events.stream().collect(Collectors.groupingBy(e -> e.event().type(), Collectors.counting()));
        assertEquals(Map.of("budget.AllocationRecorded.v1", 5L, "budget.ExecutionReported.v1", 1L,
                "budget.OperatingPlanRecorded.v1", 1L), byType);
        var reported = events.stream().filter(e -> e.event().type().equals("budget.ExecutionReported.v1")).findFirst().orElseThrow();
        assertEquals(0, m("155439309.66").compareTo(org.khet.contracts.events.EventJson.data(reported.event(), org.khet.contracts.events.budget.ExecutionReported.class).totalDisbursed()));
        assertEquals(2566, reported.event().fiscalyear());
    }

    private static void assertFinding(Map<String, List<Object>> byRow, String key, String reported, String computed,
                                      String diff, String code) {
        List<Object> f = byRow.get(key);
        if (f == null) {
            throw new AssertionError("no finding " + key + " in " + byRow.keySet());
        }
        assertEquals(reported, f.get(0), key + " reported");
        assertEquals(computed, f.get(1), key + " computed");
        assertEquals(0, m(diff).compareTo((BigDecimal) f.get(2)), key + " difference");
        assertEquals(code, f.get(3), key + " code");
        assertEquals("major", f.get(4), key + " severity");
        assertEquals(Map.of("kind", "area", "code", AREA, "name", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2"),
                f.get(5), key + " subject");
        assertTrue(f.get(6) instanceof String th && !th.isBlank(), key + " messageTh");
        assertTrue(f.get(7) instanceof String en && !en.isBlank(), key + " messageEn");
    }
}
