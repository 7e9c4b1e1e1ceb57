package org.khet.budget;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.Topics;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TopicReader;

import java.math.BigDecimal;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The allocation on a date is the sum of the allotments dated on or before it; snapshots give the curve. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class AllotmentsOverTimeTest {
    static final String AREA = "5698";

    @Inject
    OrgDirectory directory;

    @BeforeEach
    void directory() {
        TestData.init();
        TestData.areas(directory, AREA);
    }

    private static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    @Test
    void allotmentsSumOverDatesAndTheCurveFollowsTheSnapshots() {
        String feed = """
                [{"areaCode":"%1$s","fiscalYear":2566,"category":"operating","date":"2022-10-15","amount":"1000000.50","documentNo":"ศธ 04002/ว 101","note":"งวดที่ 1"},
                 {"areaCode":"%1$s","fiscalYear":2566,"category":"operating","date":"2023-03-01","amount":250000.25,"documentNo":"ศธ 04002/ว 202"},
                 {"areaCode":"%1$s","fiscalYear":2566,"category":"operating","date":"2023-06-01","amount":"-100000.00","documentNo":"ศธ 04002/ว 303","note":"โอนเปลี่ยนแปลงออก"}]
                """.formatted(AREA);
        given().contentType("application/json").header("Idempotency-Key", "alloc-5698-1").body(feed)
                .post("/v1/allocations/feed").then().statusCode(201).body("stored", hasSize(3));
        // the same key again is a no-op
        given().contentType("application/json").header("Idempotency-Key", "alloc-5698-1").body(feed)
                .post("/v1/allocations/feed").then().statusCode(200).body("duplicate", is(true));
        // the same document number again (in a new feed) is a conflict with the stored allotment
        given().contentType("application/json").body("""
                {"areaCode":"%s","fiscalYear":2566,"category":"operating","documentNo":"ศธ 04002/ว 101","allottedOn":"2022-10-20","amount":5}
                """.formatted(AREA)).post("/v1/allocations").then().statusCode(409);

        String snapshots = """
                areaCode,fiscalYear,asOf,category,disbursed,committed,remaining,percentDisbursed
                %1$s,2566,2023-03-31,operating,"500,000.00","100,000.00","650,000.75",40.00
                %1$s,2566,2023-09-30,operating,"1,100,000.00",0.00,"50,000.75",95.65
                """.formatted(AREA);
        given().contentType("text/csv; charset=UTF-8").body(snapshots).post("/v1/execution-reports/feed").then().statusCode(201)
                .body("stored", hasSize(2));

        // as of 30 Apr: allotted 1,250,000.75 (the transfer out of June is not yet), the March snapshot
        given().get("/v1/areas/" + AREA + "/budget?fiscalYear=2566&asOf=2023-04-30").then().statusCode(200)
                .body("asOf", is("2023-03-31"))
                .body("categories[0].allocated", comparesEqualTo(m("1250000.75")))
                .body("categories[0].remaining", comparesEqualTo(m("650000.75")))
                .body("categories[0].percentDisbursed", comparesEqualTo(m("40.00")))
                .body("findings", hasSize(0));
        // at the year's end: 1,150,000.75; 1,100,000.00 / 1,150,000.75 = 95.65%; remaining 50,000.75
        given().get("/v1/areas/" + AREA + "/budget?fiscalYear=2566").then().statusCode(200)
                .body("asOf", is("2023-09-30"))
                .body("categories[0].allocated", comparesEqualTo(m("1150000.75")))
                .body("categories[0].remaining", comparesEqualTo(m("50000.75")))
                .body("total.percentDisbursed", comparesEqualTo(m("95.65")))
                .body("findings", hasSize(0));
        given().get("/v1/areas/" + AREA + "/budget/curve?fiscalYear=2566").then().statusCode(200)
                .body("asOf", org.hamcrest.Matchers.contains("2023-03-31", "2023-09-30"))
                .body("[0].allocated", comparesEqualTo(m("1250000.75")))
                .body("[1].percentDisbursedOrCommitted", comparesEqualTo(m("95.65")));

        // cancelling the transfer out: a stale ETag is refused, then the allocation is 1,250,000.75 again
        String transfer = given().get("/v1/allocations?areaCode=" + AREA + "&fiscalYear=2566").then().statusCode(200)
                .body("total", is(3)).extract().path("items.find { it.amount < 0 }.id");
        String etag = given().get("/v1/allocations/" + transfer).then().statusCode(200).extract().header("ETag");
        given().header("If-Match", "\"99\"").delete("/v1/allocations/" + transfer).then().statusCode(412);
        given().header("If-Match", etag).delete("/v1/allocations/" + transfer).then().statusCode(204);
        given().get("/v1/areas/" + AREA + "/budget?fiscalYear=2566").then().statusCode(200)
                .body("categories[0].allocated", comparesEqualTo(m("1250000.75")))
                .body("findings[0].column", is("remaining"))
                .body("findings[0].difference", comparesEqualTo(m("-100000.00")));

        var cancelled = TopicReader.await(KafkaResource.broker().bootstrapServers(), Topics.BUDGET,
                e -> AREA.equals(e.areacode()) && e.type().equals("budget.AllocationCancelled.v1"), 1, Duration.ofSeconds(30));
        assertEquals(1, cancelled.size());
        assertEquals(transfer, cancelled.get(0).key());
        assertEquals(0, m("-100000.00").compareTo(org.khet.contracts.events.EventJson.data(cancelled.get(0).event(), org.khet.contracts.events.budget.AllocationCancelled.class).amount()));
    }

    @Test
    void referenceDataIsServed() {
        given().get("/v1/budget-categories").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.contains("personnel", "operating", "investment", "subsidy", "other"))
                .body("nameTh[4]", is("งบรายจ่ายอื่น"));
        given().get("/v1/fiscal-years/2566").then().statusCode(200)
                .body("startsOn", is("2022-10-01")).body("endsOn", is("2023-09-30"));
        given().get("/v1/fiscal-years/2023").then().statusCode(404);
    }
}
