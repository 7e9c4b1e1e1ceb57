package org.khet.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.khet.devstack.demo.DemoLoader;
import org.khet.devstack.demo.NationalGenerator;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

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
 * projects. The data goes in as {@code ./khet load-national} sends it; each national roll-up (issue #23) is then
 * asked cold and warm through the gateway.
 * <p>
 * <b>Cold</b> (issue #23's "all 245 area reports cold ≤ 10 s", ADR 0044): report-service has composed nothing and
 * holds no upstream read — it was freshly (re)started — while the four upstream services run as in production. The
 * 245 reports (JSON, asked of report-service) are timed in three passes, each printing the wall time, the spread of
 * one area's, the load average and every process's CPU milliseconds per area (/proc):
 * <ol>
 * <li>(a) report-service fresh, one client after the other: nothing of the stack has read an area's data yet (the
 * upstreams' read caches are empty too);</li>
 * <li>(b) <b>the target</b>: report-service killed and restarted only, {@code -Dbenchmark.clients} at once (default 4:
 * OBEC's systems may ask in parallel). The upstreams keep what pass (a) left them, as running services do (their
 * read caches of ADR 0035 included). {@code -Dbenchmark.profile=true} records this pass: a flight recording of
 * each service (its top frames and the JIT's work are printed; the files stay in {@code e2e/target/national}) and
 * PostgreSQL's statements (pg_stat_statements);</li>
 * <li>(c) every service killed and restarted, the same clients: the JVM-cold figure (nothing compiled, nothing
 * kept anywhere), printed but not the target.</li>
 * </ol>
 * Then the national report cold (report-service restarted, so it composes every area's report again for Part 6)
 * with report-service's log of its phases, the same 245 as DOCX from the composed reports, and one area's warm
 * request in every format (the first of the 20 renders the format, the rest come from the cache).
 * Run with {@code ./mvnw -B verify -pl libs/testkit,e2e -Dbenchmark=true -Dtest=NationalReportBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false} after building the jars.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class NationalReportBenchmarkTest {
    static final Pattern CODE = Pattern.compile("\"code\":\"([^\"]+)\"");

    @Test
    void everyAreasReport() throws Exception {
        if (Boolean.getBoolean("benchmark.profile")) {
            // pass (b)'s statements: the test kit's PostgreSQL (started by the stack below) loads pg_stat_statements
            System.setProperty(EmbeddedPostgresResource.STATEMENT_STATS, "true");
        }
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

            // (a) the 245 area reports first, on a report-service that has composed nothing yet (the roll-ups above
            // are the services' own): every one is truly cold, and so are the upstreams' read caches
            String report = stack.url("report") + "/v1/reports/annual?fiscalYear=2566&area=";
            String national = stack.url("report") + "/v1/reports/national?fiscalYear=2566&format=";
            List<String> codes = areas.stream().map(l -> match(CODE, l)).toList();
            // -Dbenchmark.profile=true: JFR started on the upstreams now, not when pass (b) starts — starting a
            // recording instruments the JDK's socket and file classes, and the code compiled around them is compiled
            // again: on a running service it took the upstreams' CPU of the pass it started in to 3-4 times (ADR 0044)
            Profile.warmUp(stack, Boolean.getBoolean("benchmark.profile"));
            long bytes = areaReports(load, stack, report, codes, 1, "(a) report-service fresh");

            // (b) the "cold" (ADR 0044): report-service killed and restarted, so that it has composed nothing
            // and holds no upstream read, the four services running as in production; a few clients at once, as
            // OBEC's systems may ask. -Dbenchmark.profile=true records this pass (JFR, pg_stat_statements)
            int clients = Integer.getInteger("benchmark.clients", 4);
            stack.kill("report");
            stack.restart("report");
            Profile profile = Boolean.getBoolean("benchmark.profile") ? Profile.start(stack) : null;
            areaReports(load, stack, report, codes, clients, "(b) report-service restarted");
            if (profile != null) {
                profile.stop(codes.size());
            }

            // (c) every service killed and restarted first, so that nothing an earlier pass computed is kept anywhere
            // (report-service's reports, the services' read caches, their JIT-compiled code): the JVM-cold figure
            for (String service : Stack.SERVICES) {
                stack.kill(service);
            }
            for (String service : Stack.SERVICES) {
                stack.restart(service);
            }
            areaReports(load, stack, report, codes, clients, "(c) every service restarted");

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
    static long areaReports(Loader load, Stack stack, String report, List<String> codes, int clients, String pass)
            throws Exception {
        String loadBefore = PropagationBenchmarkTest.uptime();
        Map<String, Double> cpu0 = PropagationBenchmarkTest.Bench.cpu(stack, KafkaResource.broker());
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
        Map<String, Double> cpu1 = PropagationBenchmarkTest.Bench.cpu(stack, KafkaResource.broker());
        long first = each[0];
        Arrays.sort(each);
        System.out.printf("[benchmark] %s: %d areas, cold JSON, %d client%s at once: %.1f s in all (median %.0f ms, p95 %.0f ms,"
                        + " max %.0f ms per area, the first %.0f ms; %,d bytes); load average %s before, %s after%n",
                pass, codes.size(), clients, clients == 1 ? "" : "s", all, each[each.length / 2] / 1e6,
                each[(int) (each.length * 0.95)] / 1e6, each[each.length - 1] / 1e6, first / 1e6, bytes.get(),
                loadBefore, PropagationBenchmarkTest.uptime());
        System.out.printf("[benchmark]   CPU ms per area:%s%n", cpuPerArea(cpu0, cpu1, codes.size(), all));
        return bytes.get();
    }

    /**
     * Each process's CPU (user + system, /proc) per area over a pass — the five services, the gateway and the console
     * (idle here), PostgreSQL, the broker, this JVM — their total, and the cores that total kept busy.
     */
    static String cpuPerArea(Map<String, Double> cpu0, Map<String, Double> cpu1, int areas, double wall) {
        StringBuilder line = new StringBuilder();
        double total = PropagationBenchmarkTest.Bench.cpuPer(cpu0, cpu1, areas, " %s %.1f", line);
        return String.format("%s | total %.1f ms (%.2f cores busy over %.1f s)", line, total * 1000 / areas,
                total / wall, wall);
    }

    /**
     * A pass recorded: a flight recording (JFR's profile settings) of each of the five services, started by jcmd
     * when the pass starts and dumped when it ends, and PostgreSQL's statements of the pass (pg_stat_statements,
     * which the test kit's server loads when {@code -Dbenchmark.profile=true}). {@link #stop} prints, per service,
     * the methods most often on top of the sampled stacks, the Khet methods most often nearest the top, and what the
     * JIT compiled meanwhile; then the statements by total time.
     */
    static final class Profile {
        private final Stack stack;
        private final Map<String, Long> pids;

        private Profile(Stack stack) {
            this.stack = stack;
            this.pids = new java.util.LinkedHashMap<>(stack.pids());
            this.pids.keySet().retainAll(Stack.SERVICES);
        }

        /** A recording (kept in memory, never written) on each upstream service, so that {@link #start} costs them nothing. */
        static void warmUp(Stack stack, boolean profiling) throws Exception {
            if (!profiling) {
                return;
            }
            for (Map.Entry<String, Long> e : stack.pids().entrySet()) {
                if (Stack.SERVICES.contains(e.getKey()) && !e.getKey().equals("report")) {
                    jcmd(e.getValue(), "JFR.start", "name=warm", "settings=profile");
                }
            }
        }

        static Profile start(Stack stack) throws Exception {
            Profile p = new Profile(stack);
            for (long pid : p.pids.values()) {
                jcmd(pid, "JFR.start", "name=areas", "settings=profile");
            }
            try (java.sql.Connection c = EmbeddedPostgresResource.server().getPostgresDatabase().getConnection();
                 java.sql.Statement st = c.createStatement()) {
                st.execute("create extension if not exists pg_stat_statements");
            }
            PropagationBenchmarkTest.Bench.resetStatements();
            return p;
        }

        void stop(int areas) throws Exception {
            for (Map.Entry<String, Long> e : pids.entrySet()) {
                Path file = stack.work.resolve(e.getKey() + "-areas.jfr");
                jcmd(e.getValue(), "JFR.stop", "name=areas", "filename=" + file);
                summarise(e.getKey(), file, areas);
            }
            PropagationBenchmarkTest.Bench.statements(stack, areas, "area");
        }

        static void jcmd(long pid, String... command) throws Exception {
            List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid)));
            cmd.addAll(List.of(command));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + ": " + out);
            }
        }

        /** The top of one recording: samples by top frame, by nearest Khet frame, and the JIT's work. */
        static void summarise(String service, Path file, int areas) throws java.io.IOException {
            Map<String, Integer> top = new java.util.HashMap<>();
            Map<String, Integer> khet = new java.util.HashMap<>();
            int samples = 0;
            int compilations = 0;
            double compileMs = 0;
            for (jdk.jfr.consumer.RecordedEvent e : jdk.jfr.consumer.RecordingFile.readAllEvents(file)) {
                String type = e.getEventType().getName();
                if (type.equals("jdk.Compilation")) {
                    compilations++;
                    compileMs += e.getDuration().toNanos() / 1e6;
                }
                if (!type.equals("jdk.ExecutionSample") || e.getStackTrace() == null || e.getStackTrace().getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                List<jdk.jfr.consumer.RecordedFrame> frames = e.getStackTrace().getFrames();
                top.merge(name(frames.get(0)), 1, Integer::sum);
                for (jdk.jfr.consumer.RecordedFrame f : frames) {
                    if (f.getMethod().getType().getName().startsWith("org.khet.")) {
                        khet.merge(name(f), 1, Integer::sum);
                        break;
                    }
                }
            }
            System.out.printf("[benchmark]   %s: %d execution samples (%.1f an area); JIT: %d compilations (only those"
                    + " over JFR's threshold), %.0f ms%n", service, samples, samples / (double) areas, compilations, compileMs);
            print("top frames", top, samples);
            print("nearest Khet frames", khet, samples);
        }

        private static void print(String what, Map<String, Integer> counts, int samples) {
            StringBuilder line = new StringBuilder();
            counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(12).forEach(e ->
                    line.append(String.format("%n[benchmark]       %5.1f %% %s", 100.0 * e.getValue() / Math.max(1, samples), e.getKey())));
            System.out.printf("[benchmark]     %s:%s%n", what, line);
        }

        private static String name(jdk.jfr.consumer.RecordedFrame f) {
            return f.getMethod().getType().getName() + "." + f.getMethod().getName();
        }
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
