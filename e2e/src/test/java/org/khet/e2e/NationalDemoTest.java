package org.khet.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.khet.devstack.demo.DemoLoader;
import org.khet.devstack.demo.NationalGenerator;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The national dataset as {@code ./khet load-national} loads it — {@link NationalGenerator}'s files sent through the
 * gateway by {@link DemoLoader} from the {@code load.tsv} the generator writes — at a small scale (4 areas of about
 * 12 schools, codes 1001–1004, beside the demo's 5602): every area's enrolment reaches the national roll-up, and the
 * ITA ranking's ranks are the ones the generated scores give (1 + the number of areas scoring strictly more, worked
 * here from the file, not from the service).
 */
@ExtendWith(DemoStack.class)
class NationalDemoTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theGeneratedNationalDatasetLoadsThroughTheGatewayAndRanksAsItsScores() throws Exception {
        Stack stack = DemoStack.stack();
        Path data = stack.work.resolve("national-small");
        NationalGenerator.Totals totals = NationalGenerator.write(data, 2566, 4, 12);
        String admin = stack.token("national-loader", "obec-admin", List.of("obec"));
        new DemoLoader(stack.gateway(), admin, stack::url).run(data);

        String viewer = DemoStack.viewerToken();
        JsonNode enrolment = get(stack, "/api/v1/national/enrolment?academicYear=2566&round=1&size=500", viewer);
        long students = 0;
        int schools = 0;
        for (JsonNode area : enrolment.path("areas").path("items")) {
            if (area.path("areaCode").asText().startsWith("100")) {
                students += area.path("students").asLong();
                schools += area.path("schools").asInt();
            }
        }
        assertEquals(totals.students(), students, "every generated pupil is in the national roll-up");
        assertEquals(totals.schools(), schools);

        // the 2566 scores as generated, and each area's rank worked from them
        Map<String, BigDecimal> scores = new HashMap<>();
        for (String line : Files.readAllLines(data.resolve("evaluations-ita.csv"), StandardCharsets.UTF_8)) {
            String[] c = line.split(",", -1);
            if (c[1].equals("2566")) {
                scores.put(c[0], new BigDecimal(c[6]));
            }
        }
        JsonNode ranking = get(stack, "/api/v1/national/ita?fiscalYear=2566&size=500", viewer);
        Map<String, JsonNode> rows = new HashMap<>();
        for (JsonNode row : ranking.path("areas").path("items")) {
            rows.put(row.path("areaCode").asText(), row);
        }
        for (Map.Entry<String, BigDecimal> area : scores.entrySet()) {
            JsonNode row = rows.get(area.getKey());
            assertNotNull(row, area.getKey() + " is ranked");
            // ranks are over every area with a score that year: the demo's 5602 (97.14) counts too
            long higher = rows.values().stream().filter(r -> r.path("score").decimalValue().compareTo(area.getValue()) > 0).count();
            assertEquals(0, row.path("score").decimalValue().compareTo(area.getValue()), area.getKey());
            assertEquals(1 + higher, row.path("rank").asLong(), area.getKey() + " scores " + area.getValue());
            assertNotNull(row.path("change").decimalValue(), "the change on 2565");
        }

        // the national report prints the ranking as computed, and counts each area's own report's findings
        JsonNode report = get(stack, "/api/v1/reports/national?fiscalYear=2566&format=json", viewer);
        Map<String, Integer> printed = new HashMap<>();
        for (JsonNode row : table(report, "n4-ita").path("rows")) {
            printed.put(row.path("cells").get(1).asText(), row.path("cells").get(0).asInt());
        }
        assertEquals(rows.size(), printed.size(), "every ranked area printed");
        rows.forEach((code, row) -> assertEquals(row.path("rank").asInt(), printed.get(code), code));
        JsonNode quality = get(stack, "/api/v1/reports/national/findings?fiscalYear=2566", viewer);
        int own = get(stack, "/api/v1/reports/findings?area=5602&fiscalYear=2566", viewer).path("count").asInt();
        JsonNode phayao = null;
        for (JsonNode a : quality.path("byArea")) {
            if (a.path("areaCode").asText().equals("5602")) {
                phayao = a;
            }
        }
        assertNotNull(phayao, quality.toString());
        assertEquals(own, phayao.path("findings").asInt(), "5602's findings as its own report counts them");
    }

    /** A table of a report's JSON, by id. */
    static JsonNode table(JsonNode report, String id) {
        for (JsonNode part : report.path("parts")) {
            for (JsonNode section : part.path("sections")) {
                for (JsonNode block : section.path("blocks")) {
                    if ("table".equals(block.path("kind").asText()) && id.equals(block.path("id").asText())) {
                        return block;
                    }
                }
            }
        }
        throw new AssertionError("no table " + id);
    }

    static JsonNode get(Stack stack, String path, String token) throws Exception {
        HttpResponse<String> r = Stack.HTTP.send(HttpRequest.newBuilder(URI.create(stack.gateway() + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }
}
