package org.khet.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.khet.devstack.demo.DemoLoader;
import org.khet.devstack.demo.NationalGenerator;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark (issue 9): the annual report of every one of the 245 areas of the national generator, on the whole
 * stack (production-like JVMs), after a year of facts for all of them went in through the services' APIs: about
 * 29,000 schools with their enrolment, every area's test statistics, budget and execution, strategic plan and
 * projects. Prints the time of all 245 cold reports (composed from the four services and rendered as JSON, one
 * client after the other, on a report-service that has composed nothing yet); the same with a few clients at once
 * ({@code -Dbenchmark.clients}, default 4: OBEC's systems may ask in parallel) after every service restarted, so that
 * nothing of the first pass is kept; then the national report cold (report-service restarted, so it composes every
 * area's report again for Part 6) with report-service's log of its phases, the same 245 as DOCX from the composed
 * reports, and one area's warm request in every format (the first of the 20 renders the format, the rest come from
 * the cache); and each national roll-up (issue #23) cold and warm through the gateway. The data goes in as
 * {@code ./khet load-national} sends it.
 * Run with {@code ./mvnw -B verify -pl e2e -Dbenchmark=true -Dtest=NationalReportBenchmarkTest} after a build.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class NationalReportBenchmarkTest {
    static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");

    @Test
    void everyAreasReport() throws Exception {
        try (Stack stack = Stack.start("national", List.of("-Xmx768m"), Map.of("KHET_RATE_LIMIT_RPS", "2000",
                "KHET_RATE_LIMIT_BURST", "4000"))) {
            Path data = stack.work.resolve("data");
            NationalGenerator.Totals totals = NationalGenerator.write(data, 2566, NationalGenerator.AREAS, NationalGenerator.SCHOOLS_PER_AREA);
            String admin = stack.token("benchmark", "obec-admin", List.of("obec"));
            Loader load = new Loader(admin);
            long t0 = System.nanoTime();
            // as ./khet load-national does: the generator's load.tsv, through the gateway
            new DemoLoader(stack.gateway(), admin, stack::url).run(data);
            System.out.printf("[benchmark] loaded %d areas, %d districts, %d schools, %,d enrolment rows and a year of facts"
                            + " of every area through the gateway in %.0f s%n",
                    totals.areas(), totals.districts(), totals.schools(), totals.enrolmentRows(), seconds(t0));
            List<String> areas = Files.readAllLines(data.resolve("areas.jsonl"), StandardCharsets.UTF_8);
            rollups(stack, load);

            // the 245 area reports first, on a report-service that has composed nothing yet (the roll-ups above are
            // the services' own): every one is truly cold
            String report = stack.url("report") + "/v1/reports/annual?fiscalYear=2566&area=";
            String national = stack.url("report") + "/v1/reports/national?fiscalYear=2566&format=";
            List<String> codes = areas.stream().map(l -> match(CODE, l)).toList();
            long bytes = areaReports(load, report, codes, 1);

            // then the same with a few clients at once, as OBEC's systems may ask: every service restarted first, so
            // that nothing the first pass computed is kept anywhere (report-service's reports, the services' read
            // caches) and this pass is as cold as the first
            int clients = Integer.getInteger("benchmark.clients", 4);
            for (String service : Stack.SERVICES) {
                stack.kill(service);
            }
            for (String service : Stack.SERVICES) {
                stack.restart(service);
            }
            areaReports(load, report, codes, clients);

            // then report-service restarted, so that its cache holds no area's report, and the national report asked
            // for: it composes every area's report for Part 6 — cold too
            stack.kill("report");
            stack.restart("report");
            long n0 = System.nanoTime();
            int nationalBytes = load.get(national + "json").length;
            System.out.printf("[benchmark] the national report, cold (report-service restarted: five roll-ups, every area's report composed): %.1f s, %,d bytes%n",
                    seconds(n0), nationalBytes);
            phases(stack);

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
            for (String format : List.of("json", "xlsx", "pdf")) {
                long t = System.nanoTime();
                int b = load.get(national + format).length;
                System.out.printf("[benchmark] the national report, warm %-4s: %.1f s, %,d bytes%n", format, seconds(t), b);
            }
            assertTrue(bytes > 245 * 10_000L, "every report has content");
            assertTrue(nationalBytes > 245 * 500L, "the national report has every area");
        }
    }

    /**
     * Every area's report once, as JSON, asked by {@code clients} clients at once (each taking the next area), and
     * prints the time of all of them, the spread of one area's and the load average; answers the bytes received.
     */
    static long areaReports(Loader load, String report, List<String> codes, int clients) throws Exception {
        String loadBefore = PropagationBenchmarkTest.uptime();
        long cold = System.nanoTime();
        long[] each = new long[codes.size()];
        java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        try {
            List<java.util.concurrent.Future<?>> asked = new java.util.ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                int n = i;
                asked.add(pool.submit(() -> {
                    long t = System.nanoTime();
                    bytes.addAndGet(load.get(report + codes.get(n) + "&format=json").length);
                    each[n] = System.nanoTime() - t;
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : asked) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double all = seconds(cold);
        long first = each[0];
        Arrays.sort(each);
        System.out.printf("[benchmark] %d areas, cold JSON, %d client%s at once: %.1f s in all (median %.0f ms, p95 %.0f ms,"
                        + " max %.0f ms per area, the first %.0f ms; %,d bytes); load average %s before, %s after%n",
                codes.size(), clients, clients == 1 ? "" : "s", all, each[each.length / 2] / 1e6,
                each[(int) (each.length * 0.95)] / 1e6, each[each.length - 1] / 1e6, first / 1e6, bytes.get(),
                loadBefore, PropagationBenchmarkTest.uptime());
        return bytes.get();
    }

    /** report-service's own account of where the national report's time went (its log's phase lines). */
    static void phases(Stack stack) throws java.io.IOException {
        for (String line : Files.readAllLines(stack.work.resolve("report-service.log"), StandardCharsets.UTF_8)) {
            if (line.contains("national report 2566") || line.contains("data-quality roll-up 2566")) {
                System.out.println("[benchmark]   " + line.substring(line.indexOf(") ") + 2));
            }
        }
    }

    /** Each national roll-up through the gateway: the first call (cold) and the median and max of ten more (warm). */
    static void rollups(Stack stack, Loader load) throws Exception {
        for (String path : List.of("/api/v1/national/enrolment?academicYear=2566&round=1&size=500",
                "/api/v1/national/tests?academicYear=2565&test=ONET-P6&size=500",
                "/api/v1/national/ita?fiscalYear=2566&size=500",
                "/api/v1/national/budget?fiscalYear=2566&size=500",
                "/api/v1/national/projects?fiscalYear=2566&size=500",
                "/api/v1/national/enrolment?academicYear=2566&round=1&format=xlsx")) {
            long t = System.nanoTime();
            int bytes = load.get(stack.gateway() + path).length;
            double cold = (System.nanoTime() - t) / 1e6;
            long[] warm = new long[10];
            for (int i = 0; i < warm.length; i++) {
                long w = System.nanoTime();
                load.get(stack.gateway() + path);
                warm[i] = System.nanoTime() - w;
            }
            Arrays.sort(warm);
            System.out.printf("[benchmark] %-70s cold %6.0f ms, warm median %5.0f ms (max %5.0f ms), %,d bytes%n",
                    path, cold, warm[5] / 1e6, warm[9] / 1e6, bytes);
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

    /** GETs with the admin token. */
    static final class Loader {
        private final String token;

        Loader(String token) {
            this.token = token;
        }

        byte[] get(String url) throws Exception {
            HttpResponse<byte[]> r = Stack.HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), () -> url + ": " + new String(r.body(), StandardCharsets.UTF_8));
            return r.body();
        }
    }
}
