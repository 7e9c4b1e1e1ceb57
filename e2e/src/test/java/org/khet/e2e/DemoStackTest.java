package org.khet.e2e;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.khet.devstack.demo.DemoLoader;
import org.khet.testkit.OutboxRows;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The whole stack — five services and the gateway as the jars ./khet runs, on a real PostgreSQL and a real Kafka
 * broker — loaded with the Phayao 2 FY2566 demo dataset through the gateway, as `./khet up` does ({@link DemoStack},
 * shared with the other e2e classes); then each service's summary and the annual report are checked against the
 * seed report's printed figures.
 */
@ExtendWith(DemoStack.class)
class DemoStackTest {
    static final Path ROOT = Stack.ROOT;
    static final List<String> SERVICES = Stack.SERVICES;
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    static final HttpClient HTTP = Stack.HTTP;
    static Stack stack;
    static String gateway;
    static String token;

    @BeforeAll
    static void theDemoStack() throws Exception {
        stack = DemoStack.stack();
        gateway = stack.gateway();
        token = DemoStack.viewerToken();
    }

    @Test
    void part1ComesOutOfTheGeneratedSchoolsExactly() throws Exception {
        JsonNode s = get("/api/v1/areas/5602/summary?academicYear=2566&round=1");
        Map<String, Integer> sizes = new LinkedHashMap<>();
        s.path("sizeClasses").path("rows").forEach(r -> sizes.put(r.path("sizeClass").asText(), r.path("schools").asInt()));
        assertEquals(Map.of("small", 89, "medium", 41, "large", 1, "extra-large", 0), sizes);
        assertEquals(new BigDecimal("67.94"), money(s.at("/sizeClasses/rows/0/percent")));
        assertEquals(14312, s.at("/studentsByDistrict/total/total").asInt());
        assertEquals(7469, s.at("/studentsByDistrict/total/boys").asInt());
        assertEquals(1732, s.at("/p6Transitions/graduates").asInt());
        assertEquals(506, s.at("/m3Transitions/graduates").asInt());
        // the seed prints 65.65 % for P1 admissions; 1,344 / 2,047 is 65.66 %
        assertTrue(s.path("findings").toString().contains("3.1/P1/admittedStudentsPercent"), s.path("findings").toString());
    }

    @Test
    void testsEvaluationsBudgetAndProjectsAreTheSeedsFigures() throws Exception {
        String tests = get("/api/v1/areas/5602/tests?academicYear=2565").toString();
        assertTrue(tests.contains("41.33"), "O-NET P6 area mean over subjects");
        assertTrue(tests.contains("35.72"), "O-NET M3 area mean over subjects");
        String evaluations = get("/api/v1/areas/5602/evaluations?fiscalYear=2566").toString();
        assertTrue(evaluations.contains("3.79") && evaluations.contains("97.14"), "QP mean and ITA score");

        JsonNode budget = get("/api/v1/areas/5602/budget?fiscalYear=2566");
        assertEquals(new BigDecimal("158845335.00"), money(budget.at("/total/allocated")));
        assertEquals(new BigDecimal("155439309.66"), money(budget.at("/total/disbursed")));
        assertEquals(4, budget.path("findings").size());

        JsonNode projects = get("/api/v1/areas/5602/projects/summary?fiscalYear=2566");
        assertEquals(59, projects.at("/totals/projects").asInt());
        Map<String, Integer> achieved = new LinkedHashMap<>();
        projects.path("lists").forEach(l -> achieved.put(l.path("planKind").asText(), l.path("achieved").asInt()));
        assertEquals(Map.of("ACTION_PLAN", 31, "ADDITIONAL", 27), achieved);
    }

    @Test
    void theAnnualReportListsEveryServicesFindingsAndRendersEveryFormat() throws Exception {
        JsonNode findings = get("/api/v1/reports/findings?area=5602&fiscalYear=2566");
        Set<String> services = new HashSet<>();
        findings.path("findings").forEach(f -> services.add(f.path("source").asText()));
        assertEquals(Set.of("school-service", "assessment-service", "budget-service", "project-service", "report-service"), services);
        for (String format : List.of("json", "html", "docx", "xlsx")) {
            HttpResponse<byte[]> r = HTTP.send(request("/api/v1/reports/annual?area=5602&fiscalYear=2566&format=" + format),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), format);
            assertTrue(r.body().length > 10_000, format + " has content");
        }
    }

    /**
     * The JSON report of the demo dataset holds the seed's tables row by row (e2e/src/test/resources/seed-tables.tsv,
     * transcribed from the seed; where the seed contradicts itself the file holds the computed figure and says so).
     */
    @Test
    void theReportHasTheSeedsTablesRowByRow() throws Exception {
        JsonNode report = get("/api/v1/reports/annual?area=5602&fiscalYear=2566&format=json");
        Map<String, JsonNode> tables = new LinkedHashMap<>();
        report.path("parts").forEach(p -> p.path("sections").forEach(s -> s.path("blocks").forEach(b -> {
            if ("table".equals(b.path("kind").asText())) {
                tables.put(b.path("id").asText(), b);
            }
        })));
        Map<String, List<List<String>>> expected = new LinkedHashMap<>();
        String current = null;
        for (String line : Files.readAllLines(Path.of("src/test/resources/seed-tables.tsv"), java.nio.charset.StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.startsWith("== ")) {
                current = line.substring(3).strip();
                expected.put(current, new ArrayList<>());
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(line.split("\t", -1)));
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                cells.remove(cells.size() - 1);
            }
            expected.get(current).add(cells);
        }
        assertTrue(expected.size() >= 25, "the file lists the seed's tables");
        List<String> missing = new ArrayList<>();
        int rows = 0;
        for (Map.Entry<String, List<List<String>>> t : expected.entrySet()) {
            JsonNode table = tables.get(t.getKey());
            assertNotNull(table, "the report has table " + t.getKey());
            List<List<String>> actual = new ArrayList<>();
            table.path("rows").forEach(r -> {
                List<String> cells = new ArrayList<>();
                r.path("cells").forEach(c -> cells.add(c.isNull() ? "" : c.isNumber() ? c.decimalValue().toPlainString() : c.asText()));
                actual.add(cells);
            });
            for (List<String> row : t.getValue()) {
                rows++;
                if (actual.stream().noneMatch(a -> rowMatches(row, a))) {
                    missing.add(t.getKey() + ": " + String.join(" | ", row));
                }
            }
        }
        assertEquals(List.of(), missing, "seed rows the report does not have");
        assertTrue(rows >= 190, "rows compared: " + rows);
    }

    /** Expected cells against the report's (which may add computed columns at the end): "*" any, numbers by value. */
    static boolean rowMatches(List<String> expected, List<String> actual) {
        if (actual.size() < expected.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            String e = expected.get(i).strip();
            String a = actual.get(i).strip();
            if (e.equals("*")) {
                continue;
            }
            BigDecimal en = number(e.equals("-") ? "" : e);
            BigDecimal an = number(a);
            if (en != null && an != null ? en.compareTo(an) != 0
                    : !normalized(e.equals("-") ? "" : e).equals(normalized(a))) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal number(String s) {
        String plain = s.replace(",", "");
        return plain.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(plain) : null;
    }

    private static String normalized(String s) {
        return s.replace(",", "").replaceAll("\\s+", " ");
    }

    @Test
    void loadingTheDemoAgainChangesNoFigure() throws Exception {
        String school = get("/api/v1/areas/5602/summary?academicYear=2566&round=1").toString();
        String budget = get("/api/v1/areas/5602/budget?fiscalYear=2566").toString();
        String projects = get("/api/v1/areas/5602/projects/summary?fiscalYear=2566").toString();
        Map<String, Long> events = new LinkedHashMap<>();
        for (String service : SERVICES) {
            events.put(service, OutboxRows.count(stack.database(service), "true"));
        }
        DemoLoader again = DemoStack.load(stack);
        assertTrue(again.unchanged() > 0, "feeds sent again are recognised");
        for (String service : SERVICES) {
            assertEquals(events.get(service),
                    OutboxRows.count(stack.database(service), "true"),
                    service + "-service published no event for facts it already had");
        }
        assertEquals(school, get("/api/v1/areas/5602/summary?academicYear=2566&round=1").toString());
        assertEquals(budget, get("/api/v1/areas/5602/budget?fiscalYear=2566").toString());
        assertEquals(projects, get("/api/v1/areas/5602/projects/summary?fiscalYear=2566").toString());
    }

    @Test
    void theGatewayRefusesAnonymousCallers() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/areas/5602/summary")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, r.statusCode());
    }

    @Test
    void aPublishedEditionIsReadWithoutATokenThroughTheGatewayAndTheDraftIsNot() throws Exception {
        String officer = DemoStack.stack().token("e2e-officer", "area-officer", List.of("5602"));
        HttpResponse<String> published = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/reports/editions/5602/2566"))
                .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + officer)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, published.statusCode(), published.body());
        int number = JSON.readTree(published.body()).path("number").asInt();
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(gateway
                + "/api/v1/reports/editions/5602/2566/" + number + "?format=json")).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, anonymous.statusCode(), anonymous.body());
        // the public copy is the report as it was published: the draft, while nothing has changed since
        assertEquals(get("/api/v1/reports/annual?area=5602&fiscalYear=2566&format=json"), JSON.readTree(anonymous.body()),
                "the edition is the report it froze");
        HttpResponse<String> draft = HTTP.send(HttpRequest.newBuilder(URI.create(gateway
                + "/api/v1/reports/annual?area=5602&fiscalYear=2566")).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, draft.statusCode(), "the draft keeps its token");
    }

    /** Jackson's tree drops trailing zeros of decimals; amounts and percentages compare at two decimals. */
    static BigDecimal money(JsonNode n) {
        return n.decimalValue().setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(request(path), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    static HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build();
    }
}
