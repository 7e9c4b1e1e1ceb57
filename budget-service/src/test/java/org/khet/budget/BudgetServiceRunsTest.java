package org.khet.budget;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.khet.contracts.events.CloudEvent;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.budget.AllocationRecorded;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.OpenApiRules;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service boots on real PostgreSQL and Kafka, migrates its database, and serves health, metrics, OpenAPI and its change feed. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class BudgetServiceRunsTest {
    static final String AREA = "5693";

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
                .body("paths", hasKey("/v1/areas/{code}/budget"))
                .body("paths", hasKey("/v1/execution-reports/feed"))
                .body("paths", hasKey("/v1/allocations/feed"))
                .body("paths", hasKey("/v1/operating-plans/feed"));
    }

    /** The API document keeps the rules that generated clients need (issue 20): nothing is left to guess. */
    @Test
    void itsApiDocumentKeepsTheRules() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString());
        assertEquals(List.of(), OpenApiRules.violations(doc));
        JsonNode budget = doc.at("/paths/~1v1~1areas~1{code}~1budget/get");
        assertEquals("getAreaBudget", budget.path("operationId").asText());
        assertEquals("#/components/schemas/AreaBudgetView",
                budget.at("/responses/200/content/application~1json/schema/$ref").asText());
        for (String[] f : new String[][]{{"allocations", "submitAllocationsFeed", "areaCode,fiscalYear,category,date,amount"},
                {"execution-reports", "submitExecutionReportsFeed", "areaCode,fiscalYear,asOf,category,allocated"},
                {"operating-plans", "submitOperatingPlanFeed", "areaCode,fiscalYear,rowType,lineNo"}}) {
            JsonNode feed = doc.at("/paths/~1v1~1" + f[0] + "~1feed/post");
            assertEquals(f[1], feed.path("operationId").asText());
            assertEquals("#/components/schemas/FeedResult", feed.at("/responses/200/content/application~1json/schema/$ref").asText());
            assertTrue(feed.at("/requestBody/content/text~1csv/example").asText().startsWith(f[2]), f[0]);
            assertTrue(feed.at("/requestBody/content/application~1json/example").toString().contains("5602"), f[0]);
            assertTrue(feed.path("responses").has("202") && feed.path("responses").has("422"), f[0]);
        }
        assertTrue(doc.at("/paths/~1v1~1operating-plans~1feed/post/responses").has("412"));
        assertTrue(doc.at("/paths/~1v1~1allocations~1{id}/delete/responses").has("412"));
    }

    @Inject
    OrgDirectory directory;

    @Test
    void servesItsChangeFeed() throws Exception {
        TestData.init();
        TestData.areas(directory, AREA);
        String id = given().contentType("application/json").body("""
                {"areaCode":"%s","fiscalYear":2566,"category":"subsidy","documentNo":"ศธ 04002/ว 77","allottedOn":"2023-01-16","amount":"4321.09"}
                """.formatted(AREA)).post("/v1/allocations").then().statusCode(201).extract().path("id");
        // the outbox gives the event its position when the relay sequences it: read until it is there
        String path = "/v1/changes?after=0&limit=1000&areaCode=" + AREA + "&type=budget.AllocationRecorded.v1";
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                !given().get(path).then().statusCode(200).extract().jsonPath().getList("changes").isEmpty());
        String body = given().get(path).then().statusCode(200)
                .body("changes", hasSize(1))
                .body("hasMore", is(false))
                .extract().asString();
        JsonNode page = EventJson.MAPPER.readTree(body);
        // the event is the one this write caused: its envelope, and its payload as the contract reads it
        CloudEvent event = EventJson.MAPPER.treeToValue(page.at("/changes/0/event"), CloudEvent.class);
        assertEquals(AllocationRecorded.TYPE, event.type());
        assertEquals(id, event.subject());
        assertEquals(AREA, event.areacode());
        assertEquals(2566, event.fiscalyear());
        assertEquals("anonymous", event.actor());
        assertEquals(new AllocationRecorded(id, AREA, 2566, "subsidy", "ศธ 04002/ว 77", LocalDate.of(2023, 1, 16),
                new BigDecimal("4321.09"), null), EventJson.data(event, AllocationRecorded.class));
        long position = page.at("/changes/0/position").asLong();
        assertTrue(position > 0, "position " + position);
        assertEquals(position, page.path("next").asLong());
        // after the last position there is nothing more of it
        given().get("/v1/changes?after=" + position + "&areaCode=" + AREA).then().statusCode(200).body("changes", hasSize(0));
    }
}
