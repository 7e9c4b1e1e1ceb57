package org.khet.budget;

import org.khet.testkit.CacheHits;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.math.BigDecimal;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * An area's budget is answered from memory with a strong ETag until budget-service commits anything (ADR 0035): an
 * execution snapshot acknowledged is in the next read, and so is an org replica change a consumer applies. Figures:
 * 400,000.00 allotted, 100,000.00 disbursed by 31 March → remaining 300,000.00, 25.00 %; then the snapshot of 30
 * September, 250,000.00 disbursed → 150,000.00, 62.50 % (a snapshot's figures are those of its date: a later one).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class BudgetCacheTest {
    static final String AREA = "5691";
    static final String BUDGET = "/v1/areas/" + AREA + "/budget?fiscalYear=2566";

    @Inject
    OrgDirectory directory;

    @BeforeEach
    void directory() {
        TestData.init();
        TestData.areas(directory, AREA);
    }

    static void snapshot(String asOf, String disbursed) {
        given().contentType("text/csv; charset=UTF-8").body("areaCode,fiscalYear,asOf,category,disbursed,committed\n"
                + AREA + ",2566," + asOf + ",operating," + disbursed + ",0.00\n").post("/v1/execution-reports/feed")
                .then().statusCode(200);
    }

    static Response read(String ifNoneMatch) {
        return ifNoneMatch == null ? given().get(BUDGET) : given().header("If-None-Match", ifNoneMatch).get(BUDGET);
    }

    @Test
    void aSnapshotAndAReplicaChangeAreInTheNextRead() {
        given().contentType("application/json").body("""
                [{"areaCode":"%s","fiscalYear":2566,"category":"operating","date":"2022-10-15","amount":"400000.00","documentNo":"ศธ 04002/ว 911"}]
                """.formatted(AREA)).post("/v1/allocations/feed").then().statusCode(200);
        snapshot("2023-03-31", "100000.00");

        Response first = read(null);
        assertEquals(200, first.statusCode());
        assertEquals(0, new BigDecimal("300000.00").compareTo(first.jsonPath().get("categories[0].remaining")));
        assertEquals(0, new BigDecimal("25.00").compareTo(first.jsonPath().get("categories[0].percentDisbursed")));
        String etag = first.header("ETag");
        // other tests' events still being applied in the suite are commits, which drop what was kept: ask again
        // until the answer comes from memory (a cache that never keeps anything fails here)
        Response again = CacheHits.untilHit(() -> read(etag), r -> r.header("X-Khet-Cache"));
        assertEquals(304, again.statusCode());
        assertEquals("hit", again.header("X-Khet-Cache"));

        snapshot("2023-09-30", "250000.00");
        Response after = read(etag);
        assertEquals(200, after.statusCode());
        assertEquals(0, new BigDecimal("150000.00").compareTo(after.jsonPath().get("categories[0].remaining")));
        assertEquals(0, new BigDecimal("62.50").compareTo(after.jsonPath().get("categories[0].percentDisbursed")));
        String etag2 = after.header("ETag");
        assertNotEquals(etag, etag2);

        // school-service renamed the area: the consumer's transaction drops the kept answer as a write does
        QuarkusTransaction.requiringNew().run(() -> directory.apply(new OrgUnitChanged(AREA, OrgUnitChanged.AREA, "obec",
                AREA, "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเปลี่ยนชื่อ", null, "open")));
        Response renamed = read(etag2);
        assertEquals(200, renamed.statusCode());
        assertEquals("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเปลี่ยนชื่อ", renamed.jsonPath().getString("areaNameTh"));
        assertEquals(0, new BigDecimal("150000.00").compareTo(renamed.jsonPath().get("categories[0].remaining")));
    }
}
