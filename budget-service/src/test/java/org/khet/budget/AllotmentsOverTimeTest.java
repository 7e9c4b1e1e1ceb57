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
    /** The asOf test's own area, so the allotments of one test do not show in the other. */
    static final String LATE_AREA = "5694";

    @Inject
    OrgDirectory directory;

    @BeforeEach
    void directory() {
        TestData.init();
        TestData.areas(directory, AREA, LATE_AREA);
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
                .post("/v1/allocations/feed").then().statusCode(200).body("created", is(3));
        // the same key again is a no-op
        given().contentType("application/json").header("Idempotency-Key", "alloc-5698-1").body(feed)
                .post("/v1/allocations/feed").then().statusCode(200).body("replayed", is(true)).body("created", is(3));
        // the same document number again (in a new feed) is a conflict with the stored allotment
        given().contentType("application/json").body("""
                {"areaCode":"%s","fiscalYear":2566,"category":"operating","documentNo":"ศธ 04002/ว 101","allottedOn":"2022-10-20","amount":5}
                """.formatted(AREA)).post("/v1/allocations").then().statusCode(409);

        String snapshots = """
                areaCode,fiscalYear,asOf,category,disbursed,committed,remaining,percentDisbursed
                %1$s,2566,2023-03-31,operating,"500,000.00","100,000.00","650,000.75",40.00
                %1$s,2566,2023-09-30,operating,"1,100,000.00",0.00,"50,000.75",95.65
                """.formatted(AREA);
        given().contentType("text/csv; charset=UTF-8").body(snapshots).post("/v1/execution-reports/feed").then().statusCode(200)
                .body("created", is(2));

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
        assertEquals("\"0\"", etag);
        // a client whose copy is current is told so without the body
        given().header("If-None-Match", etag).get("/v1/allocations/" + transfer).then().statusCode(304)
                .header("ETag", is(etag));
        given().header("If-None-Match", "\"7\"").get("/v1/allocations/" + transfer).then().statusCode(200);
        given().header("If-Match", "\"99\"").delete("/v1/allocations/" + transfer).then().statusCode(412)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("\"0\""));
        given().get("/v1/allocations/" + transfer).then().statusCode(200);
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
    void anAllotmentAfterTheSnapshotIsShownBesideTheTableNotInIt() {
        given().contentType("application/json").body("""
                [{"areaCode":"%1$s","fiscalYear":2566,"category":"operating","date":"2022-10-15","amount":"1000000.00","documentNo":"ศธ 04002/ว 1"},
                 {"areaCode":"%1$s","fiscalYear":2566,"category":"operating","date":"2023-04-15","amount":"200000.00","documentNo":"ศธ 04002/ว 2"},
                 {"areaCode":"%1$s","fiscalYear":2566,"category":"investment","date":"2023-09-01","amount":"50000.00","documentNo":"ศธ 04002/ว 3"}]
                """.formatted(LATE_AREA)).post("/v1/allocations/feed").then().statusCode(200).body("created", is(3));
        given().contentType("text/csv; charset=UTF-8").body("""
                areaCode,fiscalYear,asOf,category,disbursed,committed
                %1$s,2566,2023-03-31,operating,"400,000.00","100,000.00"
                """.formatted(LATE_AREA)).post("/v1/execution-reports/feed").then().statusCode(200).body("created", is(1));

        // asked as of 30 Apr: the table is the snapshot of 31 Mar, allocation included (1,000,000.00, not 1,200,000.00),
        // so remaining and % compare figures of one date; the allotment of 15 Apr is listed beside it, with a note
        given().get("/v1/areas/" + LATE_AREA + "/budget?fiscalYear=2566&asOf=2023-04-30").then().statusCode(200)
                .body("asOf", is("2023-03-31"))
                .body("requestedAsOf", is("2023-04-30"))
                .body("categories", hasSize(1))
                .body("categories[0].allocated", comparesEqualTo(m("1000000.00")))
                .body("categories[0].remaining", comparesEqualTo(m("500000.00")))
                .body("categories[0].percentDisbursed", comparesEqualTo(m("40.00")))
                .body("allottedAfterSnapshot", hasSize(1))
                .body("allottedAfterSnapshot[0].category", is("operating"))
                .body("allottedAfterSnapshot[0].allotments", is(1))
                .body("allottedAfterSnapshot[0].amount", comparesEqualTo(m("200000.00")))
                .body("allottedAfterSnapshot[0].allocatedOnRequestedDate", comparesEqualTo(m("1200000.00")))
                .body("note", org.hamcrest.Matchers.containsString("200000.00"))
                .body("findings", hasSize(0));
        // asked as of 10 Apr: nothing was allotted between the snapshot and that date
        given().get("/v1/areas/" + LATE_AREA + "/budget?fiscalYear=2566&asOf=2023-04-10").then().statusCode(200)
                .body("asOf", is("2023-03-31"))
                .body("allottedAfterSnapshot", hasSize(0))
                .body("note", org.hamcrest.Matchers.nullValue());
        // at the year's end (no asOf): both later allotments, the investment one in a category the snapshot has not
        given().get("/v1/areas/" + LATE_AREA + "/budget?fiscalYear=2566").then().statusCode(200)
                .body("asOf", is("2023-03-31"))
                .body("requestedAsOf", is("2023-09-30"))
                .body("total.allocated", comparesEqualTo(m("1000000.00")))
                .body("allottedAfterSnapshot.category", org.hamcrest.Matchers.contains("operating", "investment"))
                .body("allottedAfterSnapshot[1].allocatedOnRequestedDate", comparesEqualTo(m("50000.00")));
    }

    @Test
    void referenceDataIsServed() {
        given().get("/v1/budget-categories").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.contains("personnel", "operating", "investment", "subsidy", "other"))
                .body("nameTh[4]", is("งบรายจ่ายอื่น"));
        given().get("/v1/fiscal-years/2566").then().statusCode(200)
                .body("startsOn", is("2022-10-01")).body("endsOn", is("2023-09-30"));
        // a common-era year is a bad parameter (400 naming it, with the year meant), a year not held is a 404
        given().get("/v1/fiscal-years/2023").then().statusCode(400).body("errors[0].field", is("fiscalYear"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("2566"));
        given().get("/v1/fiscal-years/2559").then().statusCode(404);
    }
}
