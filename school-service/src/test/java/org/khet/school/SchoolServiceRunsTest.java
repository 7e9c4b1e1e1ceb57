package org.khet.school;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;
import static org.hamcrest.Matchers.*;

/** The service boots on real PostgreSQL and Kafka, migrates its database, and serves health, metrics, OpenAPI and its change feed. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class SchoolServiceRunsTest {

    @Test
    void isReadyWithItsDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void servesMetricsAndOpenApi() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("khet_outbox_backlog"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", is("Khet school-service"))
                .body("paths", hasKey("/v1/changes"));
    }

    @Test
    void servesItsChangeFeed() throws InterruptedException {
        String code = "9701"; // no other school-service test uses it
        Org.area(code, "เขตทดสอบฟีด " + code);
        // the relay sequences committed events every poll; page through the feed until the area's event is there
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            long after = 0;
            List<String> types = new ArrayList<>();
            while (true) {
                var page = given().get("/v1/changes?after=" + after + "&limit=500").then().statusCode(200)
                        .body("next", greaterThanOrEqualTo((int) after)).extract().jsonPath();
                List<Map<String, Object>> changes = page.getList("changes");
                if (changes.isEmpty()) {
                    break;
                }
                for (Map<String, Object> c : changes) {
                    @SuppressWarnings("unchecked") Map<String, Object> event = (Map<String, Object>) c.get("event");
                    if (code.equals(event.get("areacode"))) {
                        types.add(String.valueOf(event.get("type")));
                    }
                }
                after = page.getLong("next");
            }
            if (types.contains("school.OrgUnitChanged.v1")) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("area " + code + "'s event is not in /v1/changes after 30 s (found " + types + ")");
            }
            Thread.sleep(200);
        }
    }
}
