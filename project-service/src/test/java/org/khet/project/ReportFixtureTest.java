package org.khet.project;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.school.OfficeStaffChanged;
import org.khet.kit.org.OrgDirectory;
import org.khet.project.service.StaffRegister;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * report-service's project fixtures are project-service's own answers: the demo's project files
 * (demo/phayao2-2566/project, sent as its load.tsv says, with the office staff register of demo/phayao2-2566/school
 * replicated as school-service's events would) are loaded through the API, and the three documents report-service
 * reads for area 5602 and fiscal year 2566 must equal its fixtures, node for node. Only what Khet generates is made
 * stable first: project and photo ids (numbered in the order projects.json lists them, the same number wherever
 * they appear, hrefs too) and the timestamps (updatedAt, uploadedAt). {@code -Dfixtures.write=true} rewrites the
 * fixtures from the answers.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ReportFixtureTest {
    static final Path DEMO = Path.of("../demo/phayao2-2566");
    static final Path FIXTURES = Path.of("../report-service/src/test/resources/fixtures/5602");
    static final String WRITE = "fixtures.write";
    static final String REWRITE = "./mvnw -o -B -ntp -pl project-service -am verify -Dtest=ReportFixtureTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE + "=true";
    /** What Khet stamps on a read, replaced by this in the fixtures. */
    static final String STAMPED_AT = "2023-10-01T00:00:00Z";

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    OrgDirectory directory;
    @Inject
    StaffRegister staff;

    @Test
    void reportServicesProjectFixturesAreThisServicesAnswers() throws IOException {
        loadTheDemo();
        // the same requests as report-service's (see its StubUpstreams): projects.json first, so that ids are
        // numbered in list order
        Map<String, String> documents = new LinkedHashMap<>();
        documents.put("projects.json", "/v1/areas/5602/projects?fiscalYear=2566&size=500");
        documents.put("projects-summary.json", "/v1/areas/5602/projects/summary?fiscalYear=2566");
        documents.put("strategic-plan.json", "/v1/areas/5602/strategic-plan/2566");
        Map<String, String> ids = new LinkedHashMap<>();
        List<String> differences = new ArrayList<>();
        boolean write = Boolean.getBoolean(WRITE);
        for (Map.Entry<String, String> d : documents.entrySet()) {
            String body = given().get(d.getValue()).then().statusCode(200).extract().asString();
            JsonNode answer = stable(JSON.readTree(body), ids);
            Path file = FIXTURES.resolve(d.getKey());
            if (write) {
                Files.writeString(file, pretty(answer), StandardCharsets.UTF_8);
                continue;
            }
            JsonNode fixture = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            List<String> diff = new ArrayList<>();
            compare("", fixture, answer, diff);
            diff.forEach(x -> differences.add(d.getKey() + " " + x));
        }
        if (!differences.isEmpty()) {
            fail("report-service's fixtures are not what project-service answers (" + differences.size()
                    + " difference(s), the first " + Math.min(20, differences.size()) + " below). If the change of "
                    + "the answer is deliberate, rewrite them with\n  " + REWRITE + "\nand make report-service's "
                    + "tests agree.\n" + String.join("\n", differences.subList(0, Math.min(20, differences.size()))));
        }
        assertEquals(59, ids.size(), "59 projects, each numbered once");
    }

    /** The demo's project part as its load.tsv sends it (paths without the gateway's /api). */
    private void loadTheDemo() throws IOException {
        TestData.areas(directory);
        List<String> register = Files.readAllLines(DEMO.resolve("school/office-staff.jsonl"), StandardCharsets.UTF_8);
        QuarkusTransaction.requiringNew().run(() -> register.stream().filter(l -> !l.isBlank()).forEach(l -> {
            try {
                staff.apply(EventJson.MAPPER.readValue(l, OfficeStaffChanged.class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        for (String line : Files.readAllLines(DEMO.resolve("project/load.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            assertEquals("SEND", f[0], "a step of load.tsv this test knows: " + line);
            byte[] body = Files.readAllBytes(DEMO.resolve("project").resolve(f[3]));
            given().contentType(f[4]).body(body).request(f[1], f[2].replaceFirst("^/api", "")).then()
                    .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }
    }

    /**
     * The answer with what Khet generates made stable: ids of projects and photos (in {@code id}, {@code projectId}
     * and inside {@code href}) numbered by first appearance, and the stamps of when a thing was written.
     */
    static JsonNode stable(JsonNode node, Map<String, String> ids) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String name = e.getKey();
                JsonNode v = e.getValue();
                if (v.isTextual() && (name.equals("id") || name.equals("projectId") || name.equals("href"))) {
                    e.setValue(TextNode.valueOf(renumber(v.asText(), ids)));
                } else if (v.isTextual() && (name.equals("updatedAt") || name.equals("uploadedAt"))) {
                    e.setValue(TextNode.valueOf(STAMPED_AT));
                } else {
                    stable(v, ids);
                }
            }
        } else if (node.isArray()) {
            node.forEach(c -> stable(c, ids));
        }
        return node;
    }

    private static String renumber(String text, Map<String, String> ids) {
        Matcher m = UUID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = ids.computeIfAbsent(m.group(), k -> String.format("00000000-0000-0000-0000-%012d", ids.size() + 1));
            m.appendReplacement(out, id);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Where {@code fixture} and {@code answer} differ, as JSON pointers with both values. */
    static void compare(String at, JsonNode fixture, JsonNode answer, List<String> out) {
        if (fixture.equals(answer)) {
            return;
        }
        if (fixture.isObject() && answer.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            fixture.fieldNames().forEachRemaining(names::add);
            answer.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                if (!answer.has(n)) {
                    out.add(at + "/" + n + ": in the fixture, not in the answer");
                } else if (!fixture.has(n)) {
                    out.add(at + "/" + n + ": in the answer, not in the fixture");
                } else {
                    compare(at + "/" + n, fixture.get(n), answer.get(n), out);
                }
            }
        } else if (fixture.isArray() && answer.isArray() && fixture.size() == answer.size()) {
            for (int i = 0; i < fixture.size(); i++) {
                compare(at + "/" + i, fixture.get(i), answer.get(i), out);
            }
        } else {
            out.add(at + ": fixture " + abbreviate(fixture) + ", answer " + abbreviate(answer));
        }
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }

    private static String pretty(JsonNode n) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        return JSON.writer(printer).writeValueAsString(n) + "\n";
    }
}
