package org.khet.project;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.OpenApiRules;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The service boots on real PostgreSQL and Kafka, migrates its database, and serves health, metrics, OpenAPI and its change feed. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ProjectServiceRunsTest {

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

    @Test
    void servesItsChangeFeed() {
        given().get("/v1/changes?after=0&limit=10").then().statusCode(200)
                .body("changes", notNullValue())
                .body("next", greaterThanOrEqualTo(0));
    }
}
