package org.khet.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * school-service is SIGKILLed while it runs a feed job (issue #24): after it is started again, the job is not left
 * {@code running} — it is {@code failed} with the problem {@code job-interrupted}, which tells its sender to send the
 * feed again — and none of the feed's rows are stored (the job's one transaction died with the service). Sending the
 * same feed again, twice, stores it once. The feed is the demo's enrolment moved to academic years the demo does not
 * have (2570 on), so the demo's own figures are untouched.
 */
@ExtendWith(DemoStack.class)
class ServiceCrashTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void aFeedJobWhoseServiceDiedEndsFailedAndStoresNothing() throws Exception {
        Stack stack = DemoStack.stack();
        String token = stack.token("crash-officer", "obec-admin", List.of("obec"));
        List<String> demo = Files.readAllLines(Stack.ROOT.resolve("demo/phayao2-2566/school/enrolment-2566-round1.csv"));
        // the job must still be running when the service is killed: if it finished first, try again with more years
        for (int years = 10, first = 2570; years <= 40; first += years, years *= 2) {
            String csv = feed(demo, first, years);
            HttpResponse<String> accepted = send(HttpRequest.newBuilder(URI.create(stack.gateway() + "/api/v1/enrolment-rounds/feed"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv; charset=utf-8")
                    .header("Prefer", "respond-async").header("Idempotency-Key", "crash-" + UUID.randomUUID())
                    .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
            assertEquals(202, accepted.statusCode(), accepted.body());
            String job = stack.gateway() + accepted.headers().firstValue("Location").orElseThrow()
                    .replaceFirst("^https?://[^/]+", "");
            String status = awaitStatusOtherThan(job, token, "queued");
            if (!status.equals("running")) {
                System.out.printf("service crash: the job of %d years was %s before it could be killed; trying more%n", years, status);
                continue;
            }
            stack.kill("school");
            long killed = System.nanoTime();
            stack.restart("school");
            System.out.printf("service crash: school-service killed during a job of %d rows, ready again after %d ms%n",
                    demo.size() * years, Duration.ofNanos(System.nanoTime() - killed).toMillis());

            JsonNode after = JSON.readTree(get(job, token).body());
            assertEquals("failed", after.path("status").asText(), after.toString());
            assertTrue(after.path("problem").path("type").asText().endsWith("/job-interrupted"), after.toString());
            assertTrue(after.path("problem").path("detail").asText().contains("again"), "it tells the sender what to do: " + after);
            for (int y = first; y < first + years; y++) {
                HttpResponse<String> summary = get(stack.gateway() + "/api/v1/areas/5602/summary?academicYear=" + y + "&round=1", token);
                // a year without enrolment is an empty summary: no school has the round, no pupil is counted
                assertEquals(200, summary.statusCode(), summary.body());
                JsonNode s = JSON.readTree(summary.body());
                assertEquals(0, s.at("/rounds/schoolsWithRound").asInt(), "academic year " + y + " of the killed job is not stored");
                assertEquals(0, s.at("/studentsByDistrict/total/total").asInt(), "academic year " + y);
            }
            // the sender does as the problem says, twice: stored once, every year as the demo's 14,312 students
            for (int send = 1; send <= 2; send++) {
                HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(stack.gateway() + "/api/v1/enrolment-rounds/feed"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv; charset=utf-8")
                        .header("Idempotency-Key", "crash-again-" + UUID.randomUUID())
                        .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
                if (send == 2 && again.statusCode() == 200) {
                    continue; // the same content again: the receipt's result replayed, nothing stored
                }
                assertEquals(202, again.statusCode(), again.body());
                String jobAgain = stack.gateway() + again.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
                String end = awaitStatusOtherThan(jobAgain, token, "queued", "running");
                assertEquals("succeeded", end, get(jobAgain, token).body());
            }
            for (int y : List.of(first, first + years - 1)) {
                JsonNode summary = JSON.readTree(get(stack.gateway() + "/api/v1/areas/5602/summary?academicYear=" + y + "&round=1", token).body());
                assertEquals(14312, summary.at("/studentsByDistrict/total/total").asInt(), "academic year " + y);
            }
            return;
        }
        fail("every job finished before school-service could be killed (the machine was faster than the feeds)");
    }

    /** The demo's enrolment rows repeated for {@code years} academic years from {@code first}, each with its snapshot date. */
    static String feed(List<String> demo, int first, int years) {
        StringBuilder csv = new StringBuilder(demo.get(0)).append('\n');
        for (int y = first; y < first + years; y++) {
            String date = (y - 543) + "-06-10";
            for (String line : demo.subList(1, demo.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] c = line.split(",", -1);
                c[1] = String.valueOf(y);
                c[3] = date;
                csv.append(String.join(",", c)).append('\n');
            }
        }
        return csv.toString();
    }

    static String awaitStatusOtherThan(String job, String token, String... statuses) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = get(job, token);
            String now = JSON.readTree(r.body()).path("status").asText();
            if (r.statusCode() == 200 && !List.of(statuses).contains(now)) {
                return now;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the job stayed " + List.of(statuses) + " for 300 s");
    }

    static HttpResponse<String> get(String url, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET());
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
