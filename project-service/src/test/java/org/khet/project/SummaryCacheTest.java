package org.khet.project;

import org.khet.testkit.CacheHits;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * An area's project summary is answered from memory with a strong ETag until project-service commits anything (ADR
 * 0035, ADR 0047), and the first page of the list that holds every project gives its total without counting. Figures:
 * one project of 10,000.00 → 1 project, 10,000.00; a second of 2,500.50 → 2 projects, 12,500.50; its spend of
 * 1,000.25 → 1,000.25 spent of 12,500.50, remaining 2,500.50 − 1,000.25 = 1,500.25 (the first has no spend, so no
 * remaining of its own).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class SummaryCacheTest {
    static final String AREA = "5602";
    static final int YEAR = 2559;
    static final String SUMMARY = "/v1/areas/" + AREA + "/projects/summary?fiscalYear=" + YEAR;

    @Inject
    OrgDirectory directory;

    static Response read(String ifNoneMatch) {
        return ifNoneMatch == null ? given().get(SUMMARY) : given().header("If-None-Match", ifNoneMatch).get(SUMMARY);
    }

    static String create(int number, String budget) {
        return given().contentType(ContentType.JSON).body(Map.of("fiscalYear", YEAR, "planKind", "ACTION_PLAN",
                        "number", number, "title", "โครงการทดสอบแคชที่ " + number, "fundingSource", "AREA",
                        "budget", new BigDecimal(budget), "owners", List.of(Map.of("nameTh", "นางสาวทดสอบ แคช")),
                        "status", "IN_PROGRESS"))
                .post("/v1/areas/" + AREA + "/projects").then().statusCode(201).extract().jsonPath().getString("id");
    }

    static BigDecimal money(Response r, String path) {
        return new BigDecimal(r.jsonPath().getString(path));
    }

    @Test
    void aWriteIsInTheNextReadAndAFullListNeedsNoCount() {
        TestData.areas(directory);
        create(1, "10000.00");

        Response first = read(null);
        assertEquals(200, first.statusCode());
        assertEquals(1, first.jsonPath().getInt("totals.projects"));
        assertEquals(new BigDecimal("10000.00"), money(first, "totals.budget"));
        String etag = first.header("ETag");
        // other tests' events still being applied in the suite are commits, which drop what was kept: ask again
        // until the answer comes from memory (a cache that never keeps anything fails here)
        Response same = CacheHits.untilHit(() -> read(etag), r -> r.header("X-Khet-Cache"));
        assertEquals(304, same.statusCode());
        assertEquals("hit", same.header("X-Khet-Cache"));

        String second = create(2, "2500.50");
        Response two = read(etag);
        assertEquals(200, two.statusCode());
        assertEquals("miss", two.header("X-Khet-Cache"));
        assertEquals(2, two.jsonPath().getInt("totals.projects"));
        assertEquals(new BigDecimal("12500.50"), money(two, "totals.budget"));

        String version = given().get("/v1/projects/" + second).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", version)
                .body(Map.of("actualSpend", new BigDecimal("1000.25"))).put("/v1/projects/" + second + "/spend")
                .then().statusCode(200);
        Response spent = read(two.header("ETag"));
        assertEquals(200, spent.statusCode());
        assertEquals(new BigDecimal("1000.25"), money(spent, "totals.actualSpend"));
        assertEquals(new BigDecimal("1500.25"), money(spent, "totals.remaining"));
        assertNotEquals(two.header("ETag"), spent.header("ETag"));

        // the list's total: from the page when the first page has room to spare, counted when it is full or later
        String list = "/v1/areas/" + AREA + "/projects?fiscalYear=" + YEAR;
        assertEquals(2L, given().get(list + "&size=500").then().statusCode(200).extract().jsonPath().getLong("total"));
        assertEquals(2L, given().get(list + "&size=1").then().statusCode(200).extract().jsonPath().getLong("total"));
        Response later = given().get(list + "&size=1&page=1");
        assertEquals(2L, later.then().statusCode(200).extract().jsonPath().getLong("total"));
        assertEquals(2, later.jsonPath().getInt("items[0].number"));
    }
}
