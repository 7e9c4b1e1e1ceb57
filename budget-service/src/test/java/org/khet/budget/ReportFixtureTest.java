package org.khet.budget;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * report-service's tests read budget-service's answer for Phayao 2 (area 5602, FY2566) from a fixture,
 * {@code report-service/src/test/resources/fixtures/5602/budget.json}. This test keeps that fixture the real answer:
 * it loads the demo's budget files through the API (as {@code demo/phayao2-2566/budget/load.tsv} says), asks
 * {@code GET /v1/areas/5602/budget?fiscalYear=2566} and compares the answer with the fixture as JSON trees. With
 * {@code -Dfixtures.write=true} it writes the answer to the fixture instead, so the fixture is never written by hand.
 * The ids Khet generates (the snapshot's and the plan's) differ in every run and are written as {@link #GENERATED_ID}.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ReportFixtureTest {
    static final String FIXTURE = "report-service/src/test/resources/fixtures/5602/budget.json";
    static final String GENERATED_ID = "00000000-0000-0000-0000-000000000000";
    static final String REWRITE = "./mvnw -o -B -ntp -pl budget-service -am verify -Dtest=ReportFixtureTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dfixtures.write=true";

    @Inject
    OrgDirectory directory;

    @Test
    void reportServicesBudgetFixtureIsTheRealAnswer() throws Exception {
        TestData.init();
        TestData.phayao2Area(directory);
        TestData.loadPhayao2Budget();
        String body = given().get("/v1/areas/5602/budget?fiscalYear=2566").then().statusCode(200)
                .contentType("application/json").extract().asString();
        ObjectMapper json = new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        JsonNode answer = withStableIds(json.readTree(body));
        Path fixture = TestData.repositoryRoot().resolve(FIXTURE);
        if (Boolean.getBoolean("fixtures.write")) {
            DefaultIndenter lines = new DefaultIndenter("  ", "\n");
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(lines);
            pretty.indentArraysWith(lines);
            Files.writeString(fixture, json.writer(pretty).writeValueAsString(answer) + "\n", StandardCharsets.UTF_8);
            return;
        }
        JsonNode committed = json.readTree(Files.readString(fixture, StandardCharsets.UTF_8));
        assertEquals(committed, answer, FIXTURE + " is not budget-service's answer for 5602 FY2566 any more. If the change"
                + " to the answer is meant, rewrite the fixture from the real answer (never by hand) and commit it: " + REWRITE);
    }

    /** The answer with the ids generated in this run replaced, so that it can be compared with a fixture. */
    static JsonNode withStableIds(JsonNode answer) {
        ObjectNode a = (ObjectNode) answer;
        if (a.hasNonNull("executionReportId")) {
            a.put("executionReportId", GENERATED_ID);
        }
        if (a.path("operatingPlan").hasNonNull("planId")) {
            ((ObjectNode) a.get("operatingPlan")).put("planId", GENERATED_ID);
        }
        return a;
    }
}
