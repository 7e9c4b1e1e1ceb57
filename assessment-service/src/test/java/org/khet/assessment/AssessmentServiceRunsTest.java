package org.khet.assessment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.assessment.TestStatisticsPublished;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.OpenApiRules;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service boots on real PostgreSQL and Kafka, migrates its database, and serves health, metrics, OpenAPI and its change feed. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class AssessmentServiceRunsTest {
    static final String AREA = "5611";

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
        // a dry run's answer is documented beside it (the kit's filter)
        assertTrue(feed.at("/responses/200/description").asText().contains("?dryRun=true the body is a FeedPreview"));
        assertEquals("#/components/schemas/FeedWarning",
                doc.at("/components/schemas/FeedPreview/properties/warnings/items/$ref").asText());
        assertTrue(feed.at("/requestBody/content/text~1csv/example").asText().startsWith("academicYear,test,subject,level"));
        assertTrue(feed.at("/requestBody/content/application~1json/example").toString().contains("NT-P3"));
        assertEquals(Set.of("200", "202", "400", "401", "403", "409", "413", "414", "415", "422", "500", "503"),
                names(feed.path("responses").fieldNames()));
        assertEquals("#/components/schemas/Problem",
                feed.at("/responses/422/content/application~1problem+json/schema/$ref").asText());
        assertTrue(doc.at("/paths/~1v1~1rubrics~1{code}/put/responses").has("412"));
    }

    /** A write is an event of the change feed, for readers that cannot read Kafka: the one it caused, in full. */
    @Test
    void servesItsChangeFeed() {
        Directory.unit("obec", OrgUnitChanged.OBEC, null, null, "สพฐ.");
        Directory.unit(AREA, OrgUnitChanged.AREA, "obec", AREA, "สพป.ทดสอบการเปลี่ยนแปลง");
        given().contentType("application/json").body("""
                {"academicYear":2565,"test":"NT-P3","subject":"MATH","level":"AREA","orgCode":"%s","meanPercent":48.64,"takers":812}
                """.formatted(AREA)).post("/v1/test-statistics").then().statusCode(201);
        // the relay gives the event its position when it sequences it: read until it is there
        String path = "/v1/changes?after=0&limit=1000&areaCode=" + AREA + "&type=" + TestStatisticsPublished.TYPE;
        JsonPath page = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get(path).then().statusCode(200).extract().jsonPath(),
                        p -> !p.getList("changes").isEmpty());
        assertEquals(1, page.getList("changes").size(), page.prettify());
        assertFalse(page.getBoolean("hasMore"));
        assertEquals(TestStatisticsPublished.TYPE, page.getString("changes[0].event.type"));
        assertEquals("NT-P3:2565:AREA:" + AREA, page.getString("changes[0].event.subject"));
        assertEquals(AREA, page.getString("changes[0].event.areacode"));
        assertEquals(2565, page.getInt("changes[0].event.academicyear"));
        assertEquals("NT-P3", page.getString("changes[0].event.data.testCode"));
        assertEquals("AREA", page.getString("changes[0].event.data.level"));
        assertEquals(AREA, page.getString("changes[0].event.data.orgCode"));
        assertEquals(List.of("MATH"), page.getList("changes[0].event.data.subjects.subjectCode"));
        assertEquals(0, new BigDecimal("48.64").compareTo(new BigDecimal(page.getString("changes[0].event.data.subjects[0].meanPercent"))));
        assertEquals(812, page.getInt("changes[0].event.data.subjects[0].takers"));
        long position = page.getLong("changes[0].position");
        assertTrue(position > 0, "position " + position);
        assertEquals(position, page.getLong("next"));
        // after it there is nothing more of it
        given().get("/v1/changes?after=" + position + "&areaCode=" + AREA).then().statusCode(200)
                .body("changes", empty()).body("next", is((int) position));
    }

    private static Set<String> names(Iterator<String> it) {
        Set<String> out = new TreeSet<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
