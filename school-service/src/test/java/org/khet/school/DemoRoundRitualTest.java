package org.khet.school;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.devstack.demo.DemoRitual;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.OutboxRows;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's collection-round ritual ({@code demo/phayao2-2566/rounds/load.tsv}) against this service with the
 * Phayao 2 school demo loaded (tokens off: who calls each step is DemoRitualTest's): enrolment round 2 of 2566 ends
 * with 128 of the 131 schools acknowledged and the last three by code missing, every warning acknowledged with a
 * reason, round 2's summary counting the 128 and saying so, round 1's — the report's — as the seed has it, and a second
 * run changing and publishing nothing.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class DemoRoundRitualTest {
    static final Path ROUNDS = Path.of("..", "demo", "phayao2-2566", "rounds");
    static final Path FEED = Path.of("..", "demo", "phayao2-2566", "school", "enrolment-2566-round1.csv");

    @Inject
    AgroalDataSource db;

    /** The ritual's calls, addressed to this service as the gateway would (it drops /api; feed jobs are per service). */
    private static DemoRitual ritual() {
        HttpClient http = HttpClient.newHttpClient();
        return new DemoRitual((method, path, token, contentType, body) -> {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                    + path.replaceFirst("^/api", "").replaceFirst("^/v1/school/feed-jobs/", "/v1/feed-jobs/")))
                    .header("Accept", "application/json")
                    .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                b.header("Content-Type", contentType).header("Idempotency-Key", "ritual-" + java.util.Arrays.hashCode(body));
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new DemoRitual.Answer(r.statusCode(), r.body());
        }, (sub, role, org) -> "unused: tokens are off in tests");
    }

    private static void run(DemoRitual ritual) throws Exception {
        String line = Files.readAllLines(ROUNDS.resolve("load.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("RITUAL\t")).findFirst().orElseThrow();
        ritual.run("rounds/load.tsv", line.split("\t"), ROUNDS);
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theDemosRoundEndsWith128Of131AcknowledgedAndRoundOneAsTheSeedHasIt() throws Exception {
        new ReportFixtureTest().loadTheSchoolDemo();
        // from the feed file: the schools, the three last by code (late), and their pupils
        List<String> rows = Files.readAllLines(FEED, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank()).toList();
        List<String> schools = List.copyOf(new TreeSet<>(rows.stream().map(l -> l.split(",")[0]).toList()));
        List<String> late = schools.subList(schools.size() - 3, schools.size());
        int all = rows.stream().mapToInt(l -> Integer.parseInt(l.split(",")[5]) + Integer.parseInt(l.split(",")[6])).sum();
        int ofLate = rows.stream().filter(l -> late.contains(l.split(",")[0]))
                .mapToInt(l -> Integer.parseInt(l.split(",")[5]) + Integer.parseInt(l.split(",")[6])).sum();
        assertEquals(131, schools.size());
        assertEquals(14312, all, "the seed's total of 10 June 2566");

        run(ritual());

        String id = given().get("/v1/collection-rounds?kind=enrolment&academicYear=2566&areaCode=5602").then().statusCode(200)
                .extract().path("find { it.round == 2 && it.areaCode == '5602' }.id");
        given().get("/v1/collection-rounds/" + id + "/completeness").then().statusCode(200)
                .body("total.expected", is(131)).body("total.submitted", is(128)).body("total.certified", is(128))
                .body("total.acknowledged", is(128)).body("total.late", is(0)).body("total.missing", is(late));
        assertTrue(count("select count(*) from round_warning where round_id = '" + id + "'") > 0, "the seed has warnings");
        assertEquals(0, count("select count(*) from round_warning where round_id = '" + id + "' and reason is distinct from '"
                + DemoRitual.REASON + "'"), "every warning acknowledged with the reason");

        // round 2 counts the 128 acknowledged schools and says who is missing; round 1 is the seed's, uncovered
        given().get("/v1/areas/5602/summary?academicYear=2566&round=2").then().statusCode(200)
                .body("studentsByDistrict.total.total", is(all - ofLate))
                .body("completeness.rounds[0].textEn", startsWith("128 of 131 schools acknowledged; missing: " + late.get(0) + " "));
        given().get("/v1/areas/5602/summary?academicYear=2566").then().statusCode(200)
                .body("studentsByDistrict.total.total", is(14312)).body("$", hasKey("completeness")).body("completeness", nullValue());

        // again: nothing to do, nothing published
        long events = OutboxRows.count(db, "true");
        DemoRitual again = ritual();
        run(again);
        assertEquals(events, OutboxRows.count(db, "true"), "a second run publishes nothing");
        assertTrue(again.steps() >= 3 + 128, "the rounds listed and read, the feed replayed, each submission read: "
                + again.steps());
    }
}
