package org.khet.school;

import static org.awaitility.Awaitility.await;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TestTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/**
 * With tokens checked, a feed is authorized on the request (403 before any work) and its background job writes as
 * the caller who sent it: the job's checks pass for them and its rows and events name them.
 */
@QuarkusTest
@TestProfile(SecuredRegistryFeedTest.Secured.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class SecuredRegistryFeedTest {
    public static class Secured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            TestTokens.privateKey();
            return Map.of("khet.security.enabled", "true", "khet.security.issuer", TestTokens.ISSUER,
                    "khet.security.key-location", TestTokens.PUBLIC.toAbsolutePath().toString());
        }
    }

    private static String bearer(String sub, String role, String org) {
        return "Bearer " + TestTokens.token(sub, role, org);
    }

    @Test
    void aJobWritesAsItsSenderAndAnotherAreaIsRefusedAtOnce() throws Exception {
        String admin = bearer("สพฐ.", "obec-admin", "obec");
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body("{\"nameTh\":\"เขตทดสอบงานเบื้องหลัง\",\"level\":\"primary\"}").put("/v1/areas/9841").then().statusCode(201);
        given().header("Authorization", admin).contentType(ContentType.JSON)
                .body("{\"areaCode\":\"9841\",\"nameTh\":\"อำเภอดอกคำใต้\"}").put("/v1/districts/9841-01").then().statusCode(201);
        String feed = "code,districtCode,nameTh\n1098410001,9841-01,โรงเรียนบ้านดอก\n1098410002,9841-01,โรงเรียนบ้านคำ\n";

        // an officer of another area: 403 on the request, no job
        given().header("Authorization", bearer("เจ้าหน้าที่เขตอื่น", "area-officer", "9899")).header("Prefer", "respond-async")
                .contentType("text/csv; charset=UTF-8").body(feed).post("/v1/schools/feed").then().statusCode(403)
                .contentType("application/problem+json");

        // the area's own officer, as a background job
        String job = given().header("Authorization", bearer("นางสาวจิตติมา", "area-officer", "9841")).header("Prefer", "respond-async")
                .contentType("text/csv; charset=UTF-8").body(feed).post("/v1/schools/feed").then().statusCode(202)
                .extract().header("Location");
        await("the job ends").atMost(java.time.Duration.ofSeconds(60))
                .until(() -> given().header("Authorization", admin).get(job).then().statusCode(200).extract().<String>path("status"),
                        s -> s.equals("succeeded") || s.equals("failed"));
        given().header("Authorization", admin).get(job).then().body("status", is("succeeded")).body("result.rows", is(2));
        given().header("Authorization", admin).get("/v1/schools/1098410002").then().statusCode(200)
                .body("areaCode", is("9841"));
        // the relay gives the events their positions in the change feed shortly after the commit
        java.util.List<String> actors = await("both events have positions").atMost(java.time.Duration.ofSeconds(30))
                .until(() -> given().header("Authorization", admin).get("/v1/changes?areaCode=9841&type=school.SchoolRegistered.v1&limit=10")
                        .then().statusCode(200).extract().<java.util.List<String>>path("changes.event.actor"), a -> a.size() >= 2);
        org.junit.jupiter.api.Assertions.assertEquals(2, actors.size(), "both schools' SchoolRegistered events");
        org.hamcrest.MatcherAssert.assertThat(actors, everyItem(startsWith("นางสาวจิตติมา")));
    }
}
