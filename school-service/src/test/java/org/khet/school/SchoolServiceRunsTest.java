package org.khet.school;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.contracts.codes.Labelled;
import org.khet.contracts.codes.RoundStatus;
import org.khet.contracts.codes.SchoolStatus;
import org.khet.contracts.codes.StaffCategory;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.OpenApiRules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.hamcrest.Matchers.*;

/** The service boots on real PostgreSQL and Kafka, migrates its database, and serves health, metrics, OpenAPI and its change feed. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class SchoolServiceRunsTest {
    @Inject
    AgroalDataSource db;

    /** The database's check constraints list the same codes as the contracts' vocabulary, in the same order. */
    @Test
    void checkConstraintsListTheVocabularysCodes() throws Exception {
        assertEquals(Labelled.codes(SchoolStatus.class), checkedCodes("school_status_check"));
        assertEquals(Labelled.codes(RoundStatus.class), checkedCodes("enrolment_round_status_check"));
        assertEquals(Labelled.codes(StaffCategory.class), checkedCodes("office_staff_category_check"));
    }

    /** The quoted values of a check constraint such as {@code CHECK (status = ANY (ARRAY['open'::text, ...]))}. */
    private List<String> checkedCodes(String constraint) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("select pg_get_constraintdef(oid) from pg_constraint where conname = ?")) {
            ps.setString(1, constraint);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    fail("no constraint " + constraint);
                }
                List<String> codes = new ArrayList<>();
                Matcher m = Pattern.compile("'([^']*)'").matcher(rs.getString(1));
                while (m.find()) {
                    codes.add(m.group(1));
                }
                return codes;
            }
        }
    }

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

    /** The document keeps the rules generated clients need (operationIds, summaries, described tags, schemas, problems). */
    @Test
    void theApiDocumentKeepsTheRules() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asByteArray());
        assertEquals(List.of(), OpenApiRules.violations(doc));
        JsonNode feed = doc.at("/paths/~1v1~1enrolment-rounds~1feed/post");
        assertEquals("submitEnrolmentFeed", feed.path("operationId").asText());
        assertTrue(feed.at("/requestBody/content/text~1csv/example").asText().startsWith("schoolCode,academicYear,round,"));
        assertEquals("#/components/schemas/FeedResult", feed.at("/responses/200/content/application~1json/schema/$ref").asText());
        assertTrue(feed.at("/responses/202/content/application~1json/schema/$ref").asText().endsWith("FeedJobAccepted"));
        assertEquals("getAreaSummary", doc.at("/paths/~1v1~1areas~1{code}~1summary/get/operationId").asText());
        assertTrue(doc.at("/paths/~1v1~1areas~1{code}/put/responses").has("412"));
        // the HTTP layer's refusals (the kit's HttpLimits): 413 where a body is taken, 414 everywhere
        assertTrue(doc.at("/paths/~1v1~1areas~1{code}/put/responses").has("413"));
        assertFalse(doc.at("/paths/~1v1~1areas~1{code}~1summary/get/responses").has("413"));
        assertEquals("#/components/schemas/Problem", doc.at(
                "/paths/~1v1~1areas~1{code}~1summary/get/responses/414/content/application~1problem+json/schema/$ref").asText());
        // the typed parameters are documented as the text they arrive as, not as the records they are read into
        assertEquals("string", doc.at("/components/schemas/AreaCode/type").asText());
        assertEquals("integer", doc.at("/components/schemas/AcademicYear/type").asText());
    }

    /** An area registered through the API is in the change feed as its school.OrgUnitChanged.v1, with its payload. */
    @Test
    void servesItsChangeFeed() {
        String code = "9701"; // no other school-service test uses it
        Org.area(code, "เขตทดสอบฟีด " + code);
        // the relay sequences committed events every poll: wait until the area's event has a position in the feed
        JsonPath page = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/v1/changes?after=0&limit=500&areaCode=" + code + "&type=" + OrgUnitChanged.TYPE)
                        .then().statusCode(200).extract().jsonPath(), p -> !p.getList("changes").isEmpty());
        assertEquals(1, page.getList("changes").size(), "one event for the one unit written");
        JsonPath event = page.setRootPath("changes[0].event");
        assertEquals(OrgUnitChanged.TYPE, event.getString("type"));
        assertEquals("1.0", event.getString("specversion"));
        assertEquals(code, event.getString("subject"), "keyed by the area");
        assertEquals(code, event.getString("areacode"));
        assertEquals(new OrgUnitChanged(code, OrgUnitChanged.AREA, "obec", code, "เขตทดสอบฟีด " + code, "Test area " + code,
                "open"), new OrgUnitChanged(event.getString("data.code"), event.getString("data.kind"),
                event.getString("data.parentCode"), event.getString("data.areaCode"), event.getString("data.nameTh"),
                event.getString("data.nameEn"), event.getString("data.status")));
    }
}
