package org.khet.project;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.OpenApiRules;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The service boots on real PostgreSQL and Kafka, migrates its database, and serves health, metrics, OpenAPI and its change feed. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ProjectServiceRunsTest {
    @Inject
    OrgDirectory directory;

    @Test
    void isReadyWithItsDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void servesMetricsAndOpenApi() throws Exception {
        given().get("/q/metrics").then().statusCode(200).body(containsString("khet_outbox_backlog"));
        String json = given().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", is("Khet project-service"))
                .body("paths", hasKey("/v1/changes")).extract().asString();
        JsonNode doc = new ObjectMapper().readTree(json);
        assertEquals(List.of(), OpenApiRules.violations(doc));
    }

    /** A change this test makes is on the change feed: its type, subject, area, year and payload, once. */
    @Test
    void servesItsChangeFeed() {
        TestData.areas(directory);
        given().contentType(ContentType.JSON)
                .body(List.of(Map.of("planKind", "ADDITIONAL", "reportedCount", 7, "reportedCarriedOut", 6,
                        "reportedAchievedPercent", new BigDecimal("85.71"))))
                .put("/v1/areas/5601/projects/reported-figures?fiscalYear=2551").then().statusCode(200);
        String changes = "/v1/changes?after=0&limit=1000&areaCode=5601&type=project.ProjectListFiguresReported.v1";
        // sequenced by the outbox relay, then on the feed
        List<Map<String, Object>> events = await("the figures' event on the change feed").atMost(Duration.ofSeconds(30))
                .until(() -> given().get(changes).then().statusCode(200).extract().jsonPath()
                        .<Map<String, Object>>getList("changes.event.findAll { it.subject == '5601/2551/ADDITIONAL' }"),
                        hasSize(1));
        Map<String, Object> event = events.get(0);
        assertEquals("project.ProjectListFiguresReported.v1", event.get("type"));
        assertEquals("/khet/project", event.get("source"));
        assertEquals("5601", event.get("areacode"));
        assertEquals(2551, event.get("fiscalyear"));
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) event.get("data");
        assertEquals("5601", data.get("areaCode"));
        assertEquals(2551, data.get("fiscalYear"));
        assertEquals("ADDITIONAL", data.get("planKind"));
        assertEquals(7, data.get("reportedCount"));
        assertEquals(6, data.get("reportedCarriedOut"));
        assertEquals(0, new BigDecimal("85.71").compareTo(new BigDecimal(data.get("reportedAchievedPercent").toString())));

        // a reader that kept `next` is not given it again
        long next = given().get(changes).then().extract().jsonPath().getLong("next");
        given().get(changes.replace("after=0", "after=" + next)).then().statusCode(200).body("changes", empty())
                .body("next", is((int) next));
    }
}
