package org.khet.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.khet.report.render.ReportFormat;
import org.khet.testkit.OpenApiRules;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service boots on real PostgreSQL and Kafka, migrates its database, and serves health, metrics, OpenAPI and its change feed. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ReportServiceRunsTest {

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
                .body("info.title", is("Khet report-service"))
                .body("paths", hasKey("/v1/changes"));
    }

    @Test
    void itsApiDocumentKeepsTheRulesGeneratedClientsNeed() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asByteArray());
        assertEquals(List.of(), OpenApiRules.violations(doc));
        JsonNode annual = doc.path("paths").path("/v1/reports/annual").path("get");
        assertEquals("getAnnualReport", annual.path("operationId").asText());
        assertEquals(List.of("application/json", "text/html", ReportFormat.DOCX_MEDIA_TYPE, ReportFormat.XLSX_MEDIA_TYPE,
                        "application/pdf"),
                names(annual.path("responses").path("200").path("content")));
        for (String status : List.of("404", "406", "502", "503")) {
            assertTrue(annual.path("responses").path(status).path("content").has("application/problem+json"), status);
        }
        JsonNode findings = doc.path("paths").path("/v1/reports/findings").path("get");
        assertEquals("listReportFindings", findings.path("operationId").asText());
        assertTrue(findings.path("responses").path("502").path("description").asText().contains("upstream"));
    }

    @Test
    void servesItsChangeFeedWhichStaysEmpty() {
        // report-service publishes no events of its own: its feed is the kit's, and empty
        given().get("/v1/changes?after=0&limit=10").then().statusCode(200)
                .body("changes", empty())
                .body("next", is(0));
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
