package org.khet.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.khet.devstack.demo.NationalGenerator;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark (issue 9): the annual report of every one of the 245 areas of the national generator, on the whole
 * stack (production-like JVMs), after a year of facts for all of them went in through the services' APIs: about
 * 29,000 schools with their enrolment, every area's test statistics, budget and execution, strategic plan and
 * projects. Prints the time of all 245 cold reports (composed from the four services and rendered as JSON, one
 * client after the other), the same 245 as DOCX from the composed reports, and one area's warm request in every
 * format (the first of the 20 renders the format, the rest come from the cache).
 * Run with {@code ./mvnw -B verify -pl e2e -Dbenchmark=true -Dtest=NationalReportBenchmarkTest} after a build.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class NationalReportBenchmarkTest {
    static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");

    @Test
    void everyAreasReport() throws Exception {
        try (Stack stack = Stack.start("national", List.of("-Xmx768m"), Map.of())) {
            Path data = stack.work.resolve("data");
            NationalGenerator.Totals totals = NationalGenerator.write(data, 2566, NationalGenerator.AREAS, NationalGenerator.SCHOOLS_PER_AREA);
            String admin = stack.token("benchmark", "obec-admin", List.of("obec"));
            Loader load = new Loader(admin);
            long t0 = System.nanoTime();

            List<String> areas = Files.readAllLines(data.resolve("areas.jsonl"), StandardCharsets.UTF_8);
            load.each(areas, line -> load.send("PUT", stack.url("school") + "/v1/areas/" + match(CODE, line), line, "application/json"));
            load.each(Files.readAllLines(data.resolve("districts.jsonl"), StandardCharsets.UTF_8),
                    line -> load.send("PUT", stack.url("school") + "/v1/districts/" + match(CODE, line), line, "application/json"));
            // the ~29,000 schools as one school-register feed (a JSON array of the jsonl lines), then the enrolment feed
            Path register = data.resolve("schools.json");
            Files.writeString(register, "[" + String.join(",", Files.readAllLines(data.resolve("schools.jsonl"), StandardCharsets.UTF_8)) + "]");
            long schools = System.nanoTime();
            load.job(stack.url("school"), "/v1/schools/feed", register, "application/json");
            System.out.printf("[benchmark] %,d schools registered by one feed in %.1f s%n", totals.schools(), seconds(schools));
            long enrolment = System.nanoTime();
            load.job(stack.url("school"), "/v1/enrolment-rounds/feed", data.resolve("enrolment-2566-round1.csv"), "text/csv");
            System.out.printf("[benchmark] %,d enrolment rows by one feed in %.1f s%n", totals.enrolmentRows(), seconds(enrolment));
            System.out.printf("[benchmark] loaded %d areas, %d districts, %d schools, %,d enrolment rows in %.0f s%n",
                    totals.areas(), totals.districts(), totals.schools(), totals.enrolmentRows(), seconds(t0));

            String last = match(CODE, areas.get(areas.size() - 1));
            for (String svc : List.of("assessment", "budget", "project")) {
                load.await(stack.url(svc) + "/v1/org-replica/" + last);
            }
            load.send("POST", stack.url("assessment") + "/v1/test-statistics/feed", Files.readString(data.resolve("test-statistics-2565.csv")), "text/csv");
            load.send("POST", stack.url("budget") + "/v1/allocations/feed", Files.readString(data.resolve("allocations-2566.csv")), "text/csv");
            load.send("POST", stack.url("budget") + "/v1/execution-reports/feed", Files.readString(data.resolve("execution-2566-09-30.csv")), "text/csv");
            String plan = Files.readString(data.resolve("strategic-plan-2566.json"));
            load.each(areas, line -> {
                String area = match(CODE, line);
                load.send("PUT", stack.url("project") + "/v1/areas/" + area + "/strategic-plan/2566", plan, "application/json");
                load.send("POST", stack.url("project") + "/v1/areas/" + area + "/projects/feed",
                        Files.readString(data.resolve("projects-2566").resolve(area + ".csv")), "text/csv");
            });
            System.out.printf("[benchmark] a year of facts for every area loaded after %.0f s%n", seconds(t0));
            // measure on a quiet stack: the other services' org replicas have read every school's event first
            List<String> schoolLines = Files.readAllLines(data.resolve("schools.jsonl"), StandardCharsets.UTF_8);
            String lastSchool = match(CODE, schoolLines.get(schoolLines.size() - 1));
            for (String svc : List.of("assessment", "budget", "project")) {
                load.await(stack.url(svc) + "/v1/org-replica/" + lastSchool);
            }
            System.out.printf("[benchmark] replicas caught up after %.0f s%n", seconds(t0));

            String report = stack.url("report") + "/v1/reports/annual?fiscalYear=2566&area=";
            List<String> codes = areas.stream().map(l -> match(CODE, l)).toList();
            long cold = System.nanoTime();
            long[] each = new long[codes.size()];
            long bytes = 0;
            for (int i = 0; i < codes.size(); i++) {
                long t = System.nanoTime();
                bytes += load.get(report + codes.get(i) + "&format=json").length;
                each[i] = System.nanoTime() - t;
            }
            double coldAll = seconds(cold);
            Arrays.sort(each);
            System.out.printf("[benchmark] 245 areas, cold JSON, one client: %.1f s in all (median %.0f ms, p95 %.0f ms, max %.0f ms per area; %,d bytes)%n",
                    coldAll, each[each.length / 2] / 1e6, each[(int) (each.length * 0.95)] / 1e6, each[each.length - 1] / 1e6, bytes);

            long docx = System.nanoTime();
            for (String code : codes) {
                load.get(report + code + "&format=docx");
            }
            System.out.printf("[benchmark] 245 areas, DOCX from the composed reports, one client: %.1f s%n", seconds(docx));

            for (String format : List.of("json", "html", "docx", "xlsx")) {
                long[] warm = new long[20];
                for (int i = 0; i < warm.length; i++) {
                    long t = System.nanoTime();
                    load.get(report + codes.get(0) + "&format=" + format);
                    warm[i] = System.nanoTime() - t;
                }
                Arrays.sort(warm);
                System.out.printf("[benchmark] one area, warm %-4s: median %.1f ms, max %.1f ms%n", format, warm[10] / 1e6, warm[19] / 1e6);
            }
            assertTrue(bytes > 245 * 10_000L, "every report has content");
        }
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static String match(Pattern p, String s) {
        Matcher m = p.matcher(s);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + p + " in " + s);
        }
        return m.group(1);
    }

    interface Step {
        void run(String item) throws Exception;
    }

    /** HTTP calls with the admin token: one at a time, eight at once for many small writes, and feed jobs. */
    static final class Loader {
        private final String token;

        Loader(String token) {
            this.token = token;
        }

        void send(String method, String url, String body, String type) throws Exception {
            HttpResponse<String> r = Stack.HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
                    .header("Authorization", "Bearer " + token).header("Content-Type", type + "; charset=UTF-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() / 100 == 2, method + " " + url + " answered " + r.statusCode() + ": " + r.body());
        }

        byte[] get(String url) throws Exception {
            HttpResponse<byte[]> r = Stack.HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), () -> url + ": " + new String(r.body(), StandardCharsets.UTF_8));
            return r.body();
        }

        void each(List<String> items, Step step) throws Exception {
            parallel(8, items, step);
        }

        void parallel(int clients, List<String> items, Step step) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (String item : items) {
                    done.add(pool.submit(() -> {
                        step.run(item);
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
        }

        /** POSTs a feed as a background job and waits until it succeeded. */
        void job(String base, String path, Path file, String type) throws Exception {
            HttpResponse<String> r = Stack.HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                    .header("Authorization", "Bearer " + token).header("Content-Type", type + "; charset=UTF-8")
                    .header("Prefer", "respond-async").POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, r.statusCode(), r.body());
            URI job = URI.create(base).resolve(r.headers().firstValue("Location").orElseThrow());
            String body;
            do {
                Thread.sleep(500);
                body = new String(get(job.toString()), StandardCharsets.UTF_8);
            } while (!body.contains("\"succeeded\"") && !body.contains("\"failed\""));
            // a failed job says why (its problem), so the benchmark stops with the reason
            assertTrue(body.contains("\"status\":\"succeeded\""), body);
        }

        void await(String url) throws Exception {
            long deadline = System.currentTimeMillis() + 300_000;
            while (System.currentTimeMillis() < deadline) {
                HttpResponse<Void> r = Stack.HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException(url + " did not answer 200 within 5 minutes");
        }
    }
}
