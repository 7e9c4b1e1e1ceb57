package org.khet.school;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.devstack.demo.DemoLoader;
import org.khet.devstack.demo.SchoolDemoFiles;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * report-service's fixtures of school-service's answers are this service's real answers: the Phayao 2 school demo
 * (devstack's {@link SchoolDemoFiles} and {@code demo/phayao2-2566/school}, loaded in its {@code load.tsv} order by
 * devstack's {@link DemoLoader}) is loaded through the API, and {@code GET /v1/areas/5602}, {@code …/networks},
 * {@code …/staff} and {@code …/summary?academicYear=2566} must equal
 * {@code report-service/src/test/resources/fixtures/5602/area.json}, {@code networks.json}, {@code staff.json} and
 * {@code school-summary.json} as JSON trees. After a deliberate change of an answer,
 * {@code -Dfixtures.write=true} rewrites the fixtures from the answers (then run report-service's tests).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ReportFixtureTest {
    static final Path DEMO = Path.of("..", "demo", "phayao2-2566", "school");
    static final Path FIXTURES = Path.of("..", "report-service", "src", "test", "resources", "fixtures", "5602");
    static final ObjectMapper JSON = new ObjectMapper();
    /** The fixtures' layout: one space per level, "key": value. */
    static final ObjectWriter PRETTY = JSON.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter(" ", "\n")).withArrayIndenter(new DefaultIndenter(" ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator("")));
    static final boolean WRITE = Boolean.getBoolean("fixtures.write");
    static boolean loaded;

    @BeforeEach
    void loadTheSchoolDemo() throws Exception {
        if (loaded) {
            return;
        }
        Path dir = Files.createTempDirectory("khet-school-demo-");
        SchoolDemoFiles.write(dir);
        try (Stream<Path> kept = Files.list(DEMO)) {
            for (Path f : kept.toList()) {
                if (!Files.exists(dir.resolve(f.getFileName()))) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
        }
        // the loader's steps, addressed to this service instead of the gateway (whose /api it drops), without the
        // waits for the other services' replicas of the org directory (none runs here)
        List<String> steps = new ArrayList<>();
        for (String line : Files.readAllLines(DEMO.resolve("load.tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("WAIT\t")) {
                steps.add(line.replace("\t/api/v1/", "\t/v1/"));
            }
        }
        Files.write(dir.resolve("load.tsv"), steps, StandardCharsets.UTF_8);
        new DemoLoader("http://localhost:" + RestAssured.port, "unused: tokens are off in tests", service -> {
            throw new IllegalStateException("no WAIT step is left");
        }).run(dir);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        loaded = true;
    }

    @Test
    void theAreaProfileIsReportServicesFixture() throws IOException {
        compare("/v1/areas/5602", "area.json");
    }

    @Test
    void theNetworksAreReportServicesFixture() throws IOException {
        compare("/v1/areas/5602/networks", "networks.json");
    }

    @Test
    void theOfficeStaffIsReportServicesFixture() throws IOException {
        compare("/v1/areas/5602/staff", "staff.json");
    }

    @Test
    void thePartOneSummaryIsReportServicesFixture() throws IOException {
        compare("/v1/areas/5602/summary?academicYear=2566", "school-summary.json");
    }

    private static void compare(String path, String fixture) throws IOException {
        JsonNode answer = JSON.readTree(given().accept("application/json").get(path).then().statusCode(200)
                .extract().asByteArray());
        Path file = FIXTURES.resolve(fixture);
        if (WRITE) {
            Files.writeString(file, PRETTY.writeValueAsString(answer) + "\n", StandardCharsets.UTF_8);
            return;
        }
        List<String> differences = new ArrayList<>();
        differences("", JSON.readTree(file.toFile()), answer, differences);
        assertEquals(List.of(), differences, "GET " + path + " is not " + file + " (fixture → answer): if the change is "
                + "deliberate, rewrite the fixtures with ./mvnw -o -pl school-service -am verify -Dtest=ReportFixtureTest "
                + "-Dsurefire.failIfNoSpecifiedTests=false -Dfixtures.write=true and run report-service's tests");
    }

    /** Where two JSON trees differ, as JSON pointers with both values (at most 20). */
    private static void differences(String at, JsonNode expected, JsonNode actual, List<String> out) {
        if (out.size() >= 20 || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                differences(at + "/" + n, expected.path(n), actual.path(n), out);
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                differences(at + "/" + i, expected.get(i), actual.get(i), out);
            }
        } else {
            out.add(at + ": " + abbreviated(expected) + " → " + abbreviated(actual));
        }
    }

    private static String abbreviated(JsonNode n) {
        String s = n.isMissingNode() ? "(none)" : n.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
