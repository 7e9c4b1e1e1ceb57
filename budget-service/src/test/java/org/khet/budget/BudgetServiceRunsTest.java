package org.khet.budget;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/** The service boots on real PostgreSQL and Kafka, migrates its database, and serves health, metrics, OpenAPI and its change feed. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class BudgetServiceRunsTest {

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
                .body("info.title", is("Khet budget-service"))
                .body("paths", hasKey("/v1/changes"))
                .body("paths", hasKey("/v1/areas/{areaCode}/budget"))
                .body("paths", hasKey("/v1/execution-reports/feed"))
                .body("paths", hasKey("/v1/allocations/feed"))
                .body("paths", hasKey("/v1/operating-plans/feed"));
    }

    @Test
    void servesItsChangeFeed() {
        given().get("/v1/changes?after=0&limit=10").then().statusCode(200)
                .body("changes", notNullValue())
                .body("next", greaterThanOrEqualTo(0));
    }
}
