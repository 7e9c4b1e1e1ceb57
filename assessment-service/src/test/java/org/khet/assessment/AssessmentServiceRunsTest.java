package org.khet.assessment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.OpenApiRules;

import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service boots on real PostgreSQL and Kafka, migrates its database, and serves health, metrics, OpenAPI and its change feed. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class AssessmentServiceRunsTest {

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
                .body("info.title", is("Khet assessment-service"))
                .body("paths", hasKey("/v1/changes"));
    }

    /** The API document keeps the rules that generated clients need (issue 20): nothing is left to guess. */
    @Test
    void itsApiDocumentKeepsTheRules() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        assertEquals(List.of(), OpenApiRules.violations(doc));
        JsonNode tests = doc.at("/paths/~1v1~1areas~1{code}~1tests/get");
        assertEquals("getAreaTests", tests.path("operationId").asText());
        assertEquals("#/components/schemas/AreaTestsView",
                tests.at("/responses/200/content/application~1json/schema/$ref").asText());
        assertEquals("getAreaEvaluations", doc.at("/paths/~1v1~1areas~1{code}~1evaluations/get/operationId").asText());
        JsonNode feed = doc.at("/paths/~1v1~1test-statistics~1feed/post");
        assertEquals("submitTestStatisticsFeed", feed.path("operationId").asText());
        assertEquals("#/components/schemas/FeedResult", feed.at("/responses/200/content/application~1json/schema/$ref").asText());
        assertTrue(feed.at("/requestBody/content/text~1csv/example").asText().startsWith("academicYear,test,subject,level"));
        assertTrue(feed.at("/requestBody/content/application~1json/example").toString().contains("NT-P3"));
        assertEquals(Set.of("200", "202", "400", "401", "403", "409", "415", "422", "500", "503"),
                names(feed.path("responses").fieldNames()));
        assertEquals("#/components/schemas/Problem",
                feed.at("/responses/422/content/application~1problem+json/schema/$ref").asText());
        assertTrue(doc.at("/paths/~1v1~1rubrics~1{code}/put/responses").has("412"));
    }

    @Test
    void servesItsChangeFeed() {
        given().get("/v1/changes?after=0&limit=10").then().statusCode(200)
                .body("changes", notNullValue())
                .body("next", greaterThanOrEqualTo(0));
    }

    private static Set<String> names(Iterator<String> it) {
        Set<String> out = new TreeSet<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
