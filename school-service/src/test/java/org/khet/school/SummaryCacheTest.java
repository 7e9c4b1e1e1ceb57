package org.khet.school;

import org.khet.testkit.CacheHits;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The area summary is computed once and then answered from memory with a strong ETag (304 to a client whose copy is
 * current) until school-service commits anything: a write's 2xx is followed by the new figure and a new ETag, never
 * the figure from before it (ADR 0035). Figures: school 1098360001 sends P6 10 boys + 8 girls = 18; then school
 * 1098360002 P6 5 + 6 = 11, so the area's P6 is 18 + 11 = 29.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class SummaryCacheTest {
    static final String SUMMARY = "/v1/areas/9836/summary?academicYear=2566&round=1";
    static final String P6 = "figures.'1.1.3/P6/students'";

    static void enrolment(String school, int boys, int girls) {
        given().contentType("text/csv").body(("schoolCode,academicYear,round,grade,boys,girls,classrooms,snapshotDate\n"
                        + school + ",2566,1,P6," + boys + "," + girls + ",1,2023-06-10\n").getBytes(StandardCharsets.UTF_8))
                .post("/v1/enrolment-rounds/feed").then().statusCode(200);
    }

    static Response read(String ifNoneMatch) {
        var spec = given();
        if (ifNoneMatch != null) {
            spec = spec.header("If-None-Match", ifNoneMatch);
        }
        return spec.get(SUMMARY);
    }

    @Test
    void aWriteIsFollowedByItsFigureAndANewETag() {
        Org.area("9836", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบแคช");
        Org.district("9836-01", "ดอกคำใต้");
        Org.school("1098360001", "9836-01", "โรงเรียนบ้านดอกคำใต้");
        Org.school("1098360002", "9836-01", "โรงเรียนบ้านสันป่าม่วง");
        enrolment("1098360001", 10, 8);

        Response first = read(null);
        assertEquals(200, first.statusCode());
        assertEquals(18, first.jsonPath().getInt(P6));
        String etag = first.header("ETag");
        assertTrue(etag != null && etag.matches("\"[0-9a-f]{32}\""), "a strong ETag: " + etag);
        assertEquals("no-cache", first.header("Cache-Control"));

        // read again until an answer comes from memory: in the whole suite other tests' events are still being
        // applied (each a commit, which drops what was kept), so a few tries may be misses; a cache that never
        // keeps anything fails here
        Response again = CacheHits.untilHit(() -> read(null), r -> r.header("X-Khet-Cache"));
        assertEquals(200, again.statusCode());
        assertEquals("hit", again.header("X-Khet-Cache"), "a repeated read is answered from memory");
        assertEquals(etag, again.header("ETag"));
        assertEquals(first.asString(), again.asString());

        Response current = read(etag);
        assertEquals(304, current.statusCode());
        assertEquals(etag, current.header("ETag"));
        assertEquals("", current.asString());
        assertEquals(200, read("\"another\"").statusCode());

        // a feed acknowledged: the next read has its figure
        enrolment("1098360002", 5, 6);
        Response after = read(etag);
        assertEquals(200, after.statusCode(), "the client's copy is no longer current");
        assertEquals("miss", after.header("X-Khet-Cache"));
        assertEquals(29, after.jsonPath().getInt(P6));
        String etag2 = after.header("ETag");
        assertNotEquals(etag, etag2);

        // a write that publishes no event (figures as printed) drops it too: a printed 30 against the computed 29
        given().contentType(ContentType.JSON).body("{\"figures\":[{\"figure\":\"1.1.3/P6/students\",\"value\":30}]}")
                .put("/v1/areas/9836/summary/reported-figures?academicYear=2566").then().statusCode(200);
        Response printed = read(etag2);
        assertEquals(200, printed.statusCode());
        assertEquals(1, printed.jsonPath().getList("findings.findAll { it.code == 'school.reported-figure' }").size(),
                printed.jsonPath().getList("findings").toString());
        assertNotEquals(etag2, printed.header("ETag"));

        // a write refused stores nothing and leaves the figure as it was
        given().contentType("text/csv").body("schoolCode,academicYear,round,grade,boys,girls,classrooms,snapshotDate\n"
                + "1098360002,2566,1,P6,-5,6,1,2023-06-10\n").post("/v1/enrolment-rounds/feed").then().statusCode(400);
        assertEquals(29, read(null).jsonPath().getInt(P6));
    }

    @Test
    void eachParameterHasItsOwnAnswer() {
        Org.area("9837", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบแคช 2");
        Response r1 = given().get("/v1/areas/9837/summary?academicYear=2566&round=1");
        Response r2 = given().get("/v1/areas/9837/summary?academicYear=2566&round=2");
        assertEquals(200, r1.statusCode());
        assertEquals(1, r1.jsonPath().getInt("round"));
        assertEquals(2, r2.jsonPath().getInt("round"));
        assertEquals("miss", r2.header("X-Khet-Cache"), "round 2 is not round 1's answer");
        assertNotEquals(r1.header("ETag"), r2.header("ETag"));
        given().get("/v1/areas/9899/summary?academicYear=2566").then().statusCode(404);
    }
}
