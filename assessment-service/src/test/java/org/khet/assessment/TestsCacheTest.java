package org.khet.assessment;

import org.khet.testkit.CacheHits;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * An area's tests are answered from memory with a strong ETag until assessment-service commits anything (ADR 0035):
 * a feed acknowledged is in the next read, and so is an area renamed in the org replica by a consumer. Figures:
 * school 56120001's MATH 60.00 (30 takers) alone → area 60.00; school 56120002's 40.00 (10 takers) joins →
 * (60 × 30 + 40 × 10) / 40 = 55.00; then 56120002 is sent again at 80.00 → (1800 + 800) / 40 = 65.00.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class TestsCacheTest {
    static final String TESTS = "/v1/areas/5612/tests?academicYear=2565";
    static final String HEAD = "academicYear,test,subject,level,orgCode,meanPercent,takers\n";

    static Response read(String ifNoneMatch) {
        return ifNoneMatch == null ? given().get(TESTS) : given().header("If-None-Match", ifNoneMatch).get(TESTS);
    }

    static float mathArea(Response r) {
        return r.jsonPath().getFloat("tests[0].subjects.find { it.code == 'MATH' }.area");
    }

    @Test
    void aFeedAndAReplicaChangeAreInTheNextRead() {
        Directory.unit("obec", OrgUnitChanged.OBEC, null, null, "สพฐ.");
        Directory.unit("5612", OrgUnitChanged.AREA, "obec", "5612", "สพป.ทดสอบแคช เขต 12");
        Directory.unit("5612-01", OrgUnitChanged.DISTRICT, "5612", "5612", "อำเภอปง");
        Directory.unit("56120001", OrgUnitChanged.SCHOOL, "5612-01", "5612", "โรงเรียนบ้านปง");
        Directory.unit("56120002", OrgUnitChanged.SCHOOL, "5612-01", "5612", "โรงเรียนบ้านควร");
        given().contentType("text/csv").body(HEAD + "2565,NT-P3,MATH,SCHOOL,56120001,60.00,30\n")
                .post("/v1/test-statistics/feed").then().statusCode(200);

        Response first = read(null);
        assertEquals(200, first.statusCode());
        assertEquals(60.00f, mathArea(first));
        String etag = first.header("ETag");
        // other tests' events still being applied in the suite are commits, which drop what was kept: ask again
        // until the answer comes from memory (a cache that never keeps anything fails here)
        Response same = CacheHits.untilHit(() -> read(etag), r -> r.header("X-Khet-Cache"));
        assertEquals(304, same.statusCode());
        assertEquals("hit", same.header("X-Khet-Cache"));

        given().contentType("text/csv").body(HEAD + "2565,NT-P3,MATH,SCHOOL,56120002,40.00,10\n")
                .post("/v1/test-statistics/feed").then().statusCode(200);
        Response joined = read(etag);
        assertEquals(200, joined.statusCode());
        assertEquals("miss", joined.header("X-Khet-Cache"));
        assertEquals(55.00f, mathArea(joined));
        assertEquals(40, joined.jsonPath().getInt("tests[0].takers"));

        // school-service renamed the area: the consumer's transaction drops the kept answer as a write does
        Directory.unit("5612", OrgUnitChanged.AREA, "obec", "5612", "สพป.ทดสอบแคช เขต 12 (ชื่อใหม่)");
        Response renamed = read(joined.header("ETag"));
        assertEquals(200, renamed.statusCode());
        assertEquals("สพป.ทดสอบแคช เขต 12 (ชื่อใหม่)", renamed.jsonPath().getString("areaNameTh"));

        given().contentType("text/csv").body(HEAD + "2565,NT-P3,MATH,SCHOOL,56120002,80.00,10\n")
                .post("/v1/test-statistics/feed").then().statusCode(200);
        Response changed = read(renamed.header("ETag"));
        assertEquals(200, changed.statusCode());
        assertEquals(65.00f, mathArea(changed));
        assertNotEquals(renamed.header("ETag"), changed.header("ETag"));
    }
}
