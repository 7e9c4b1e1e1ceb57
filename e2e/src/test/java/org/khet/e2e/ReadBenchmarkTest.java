package org.khet.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Benchmark (issue 24, "warm reads"): the mix of reads the issue measured — the area's Part-1 summary, its tests, its
 * budget and the annual report's JSON — through the gateway at 20 clients, warm, with the rate limit lifted; plain
 * GETs and conditional GETs (If-None-Match with the ETag each URL last answered) separately.
 * <p>
 * Each mode is a demo stack of its own ({@link Stack} with the demo loaded as {@code ./khet up} loads it, production-like
 * JVMs): {@code on} as shipped, {@code off} with every service's read cache off ({@code khet.read-cache.enabled=false}:
 * every read computed, as before ADR 0035; the report's own cache is report-service's and stays). The stacks are
 * started one after the other, then run side by side and take turns round by round (who goes first alternates), so the machine's drift lands on both; each round
 * prints req/s, p50/p95/p99, errors and the load average, and the end the median of the rounds with their spread.
 * Before the rounds, each URL once more on one client, directly at its service and through the gateway (median of 50):
 * where a warm read's time goes.
 * Run: {@code ./mvnw -o -B -ntp -pl e2e verify -Dbenchmark=true -Dtest=ReadBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false} after a build; {@code -Dbenchmark.modes=on,off}, {@code -Dbenchmark.rounds=3},
 * {@code -Dbenchmark.seconds=20}, {@code -Dbenchmark.clients=20} change it.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ReadBenchmarkTest {
    /** The mix: path at the gateway, and the service that answers it. */
    static final Map<String, String> MIX = new LinkedHashMap<>();

    static {
        MIX.put("/api/v1/areas/5602/summary?academicYear=2566&round=1", "school");
        MIX.put("/api/v1/areas/5602/tests?academicYear=2565", "assessment");
        MIX.put("/api/v1/areas/5602/budget?fiscalYear=2566", "budget");
        MIX.put("/api/v1/reports/annual?area=5602&fiscalYear=2566", "report");
    }

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    record Run(String mode, Stack stack, String token) {
    }

    /** One round of one kind on one stack. */
    record Round(double perSecond, long p50, long p95, long p99, int errors, int notModified, int requests, String load) {
        @Override
        public String toString() {
            return String.format("%6.0f req/s  p50 %5.1f ms  p95 %5.1f ms  p99 %5.1f ms  %d errors  %d of %d answered 304  load %s",
                    perSecond, p50 / 1e6, p95 / 1e6, p99 / 1e6, errors, notModified, requests, load);
        }
    }

    @Test
    void warmReadsThroughTheGateway() throws Exception {
        List<String> modes = Arrays.stream(System.getProperty("benchmark.modes", "on,off").split(",")).map(String::strip).toList();
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        int seconds = Integer.getInteger("benchmark.seconds", 20);
        int clients = Integer.getInteger("benchmark.clients", 20);
        List<Run> runs = new ArrayList<>();
        try {
            for (String mode : modes) {
                // one after the other: starting two at once starves both on two cores; each but the first with a
                // broker of its own (on one broker, two stacks' services would share topics and consumer groups)
                runs.add(start(mode, !runs.isEmpty()));
            }
            for (Run run : runs) {
                warmUp(run, clients);
                breakdown(run);
            }
            Map<String, List<Round>> results = new LinkedHashMap<>();
            for (int r = 0; r < rounds; r++) {
                List<Run> order = new ArrayList<>(runs);
                if (r % 2 == 1) {
                    java.util.Collections.reverse(order);
                }
                for (Run run : order) {
                    for (boolean conditional : List.of(false, true)) {
                        Round round = round(run, clients, seconds, conditional);
                        String key = run.mode() + (conditional ? " conditional" : " plain      ");
                        results.computeIfAbsent(key, k -> new ArrayList<>()).add(round);
                        System.out.printf("[benchmark] round %d  %-19s %s%n", r + 1, key, round);
                        assertEquals(0, round.errors(), key + ": every answer 200 or 304");
                    }
                }
            }
            System.out.printf("[benchmark] warm reads through the gateway, %d clients, %d rounds of %d s, median [min–max] of the rounds:%n",
                    clients, rounds, seconds);
            results.forEach((k, v) -> System.out.printf("[benchmark]   %-19s %s%n", k, summary(v)));
        } finally {
            for (Run run : runs) {
                run.stack().close();
            }
        }
    }

    static Run start(String mode, boolean ownBroker) {
        try {
            List<String> jvm = new ArrayList<>(List.of("-Xmx512m",
                    "-Dquarkus.datasource.jdbc.additional-jdbc-properties.connectTimeout=10",
                    "-Dquarkus.datasource.jdbc.additional-jdbc-properties.loginTimeout=10",
                    "-Dquarkus.datasource.jdbc.acquisition-timeout=10s"));
            if (mode.equals("off")) {
                jvm.add("-Dkhet.read-cache.enabled=false");
            }
            Stack stack = Stack.start("reads-" + mode, jvm, Map.of("KHET_RATE_LIMIT_RPS", "100000",
                    "KHET_RATE_LIMIT_BURST", "100000"), ownBroker);
            try {
                long t = System.nanoTime();
                DemoStack.load(stack);
                System.out.printf("[benchmark] %s: demo loaded in %.0f s%n", mode, (System.nanoTime() - t) / 1e9);
                return new Run(mode, stack, stack.token("benchmark", "viewer", List.of("obec")));
            } catch (Exception e) {
                stack.close();
                throw e;
            }
        } catch (Exception e) {
            throw new IllegalStateException(mode + ": " + e.getMessage(), e);
        }
    }

    static void warmUp(Run run, int clients) throws Exception {
        for (String path : MIX.keySet()) {
            HttpResponse<byte[]> r = get(run, run.stack().gateway() + path, null);
            assertEquals(200, r.statusCode(), () -> path + ": " + new String(r.body()));
        }
        round(run, clients, 10, false);
        round(run, clients, 5, true);
    }

    /** Each URL on one client, at its service and through the gateway: median of 50 after 10 unmeasured. */
    static void breakdown(Run run) throws Exception {
        for (Map.Entry<String, String> e : MIX.entrySet()) {
            String direct = run.stack().url(e.getValue()) + e.getKey().substring("/api".length());
            String gateway = run.stack().gateway() + e.getKey();
            HttpResponse<byte[]> once = get(run, gateway, null);
            System.out.printf("[benchmark] %s, one client, %-55s direct %6.2f ms, gateway %6.2f ms; conditional: direct %6.2f ms, gateway %6.2f ms; %,d bytes, load %s%n",
                    run.mode(), e.getKey(), median(run, direct, null), median(run, gateway, null),
                    median(run, direct, once.headers().firstValue("ETag").orElse(null)),
                    median(run, gateway, once.headers().firstValue("ETag").orElse(null)), once.body().length,
                    PropagationBenchmarkTest.uptime());
        }
    }

    static double median(Run run, String url, String etag) throws Exception {
        long[] t = new long[50];
        for (int i = -10; i < t.length; i++) {
            long s = System.nanoTime();
            get(run, url, etag);
            if (i >= 0) {
                t[i] = System.nanoTime() - s;
            }
        }
        Arrays.sort(t);
        return t[t.length / 2] / 1e6;
    }

    static Round round(Run run, int clients, int seconds, boolean conditional) throws Exception {
        List<String> urls = MIX.keySet().stream().map(p -> run.stack().gateway() + p).toList();
        Map<String, String> etags = new LinkedHashMap<>();
        if (conditional) {
            for (String u : urls) {
                etags.put(u, get(run, u, null).headers().firstValue("ETag").orElse(null));
            }
        }
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger notModified = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<long[]>> each = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int first = c;
                each.add(pool.submit(() -> {
                    long[] times = new long[1 << 16];
                    int n = 0;
                    for (int i = first; System.nanoTime() < end && n < times.length; i++) {
                        String u = urls.get(i % urls.size());
                        long s = System.nanoTime();
                        HttpResponse<byte[]> r = get(run, u, etags.get(u));
                        times[n++] = System.nanoTime() - s;
                        if (r.statusCode() == 304) {
                            notModified.incrementAndGet();
                        } else if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    }
                    return Arrays.copyOf(times, n);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : each) {
                all.add(f.get());
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            long[] t = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Round(t.length / elapsed, PropagationBenchmarkTest.pct(t, 50), PropagationBenchmarkTest.pct(t, 95),
                    PropagationBenchmarkTest.pct(t, 99), errors.get(), notModified.get(), t.length,
                    PropagationBenchmarkTest.uptime());
        } finally {
            pool.shutdownNow();
        }
    }

    static HttpResponse<byte[]> get(Run run, String url, String etag) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + run.token());
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        return CLIENT.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String summary(List<Round> rounds) {
        return String.format("%s req/s  p50 %s ms  p95 %s ms  p99 %s ms  (load %s)",
                spread(rounds.stream().mapToDouble(Round::perSecond).toArray(), "%.0f"),
                spread(rounds.stream().mapToDouble(r -> r.p50() / 1e6).toArray(), "%.1f"),
                spread(rounds.stream().mapToDouble(r -> r.p95() / 1e6).toArray(), "%.1f"),
                spread(rounds.stream().mapToDouble(r -> r.p99() / 1e6).toArray(), "%.1f"),
                String.join(", ", rounds.stream().map(Round::load).toList()));
    }

    static String spread(double[] v, String format) {
        double[] s = v.clone();
        Arrays.sort(s);
        return String.format(format + " [" + format + "–" + format + "]", s[s.length / 2], s[0], s[s.length - 1]);
    }
}
