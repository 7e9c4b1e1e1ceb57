package org.khet.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaBrokerProcess;
import org.khet.testkit.KafkaResource;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark (issue 24, "events at speed"): how long a change takes from school-service's 2xx to every consumer's
 * replica, at a sustained 10, 50, 100 and 200 writes/s.
 * <p>
 * The whole stack as {@link Stack} runs it (each service a production-like JVM, the test kit's PostgreSQL with the
 * services' sessions committing synchronously — see {@link #durable()} — and the test kit's Kafka broker process). 300 schools in 4 areas are registered
 * through the gateway; then, per rate, a scheduler fires school renames ({@code PUT /api/v1/schools/{code}} with a new
 * {@code nameTh}) through the gateway open-loop: one request every 1/rate seconds whether or not the earlier ones
 * were answered. Each rename publishes {@code school.OrgUnitChanged.v1} (and {@code school.SchoolChanged.v1}); the
 * org replicas of assessment-, budget-, project- and report-service apply it. A write's time is from its 2xx to the
 * first moment all four replicas show it (that name or a later one of the same school: per-key order means a later
 * name implies this one was applied).
 * <p>
 * The replicas are read directly in the consumers' databases through the kit's PostgreSQL (table {@code org_unit},
 * one small indexed query per database every {@value #POLL_MS} ms), not through their APIs, so the measuring does not
 * load the services under test; its resolution is that poll interval.
 * <p>
 * Prints p50 / p95 / p99 / max per rate with the achieved write rate and the load average, and after each rate where
 * the time and the CPU went: CPU milliseconds per write of every process (and the writes/s two cores could carry at that
 * cost), PostgreSQL's commits and rows per write by database, what its busy sessions were doing, each statement's
 * calls, rows and execution time per write (pg_stat_statements, the benchmark's own polling named), and the relay's and
 * consumers' own timers (mean per call of each phase, from {@code /q/metrics}).
 * Run: {@code ./mvnw -o -B -ntp -pl e2e -am verify -Dbenchmark=true -Dtest=PropagationBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false}. {@code -Dbenchmark.rates=10,50} and {@code -Dbenchmark.seconds=20} change
 * the rates and each one's duration, {@code -Dbenchmark.warmup=50,40} the warm-up's rate and seconds (each stack in turn,
 * after all are started); {@code -Dbenchmark.modes=main,new} starts one stack per mode and runs each rate on
 * them in turn: "new" with the kit's defaults, "main" the applications of another build given by
 * {@code -Dbenchmark.main-jars=<a checkout's root, or a copy of its modules' target/quarkus-app>} (main as it was built;
 * a broker of its own, run alike) — without it, this build with ADR 0043's switches off, which is also mode "before43" —,
 * "before40" with the relay and consumers as before ADR 0040 (and the test kit's broker as it was: serial GC, C1 only),
 * "old" also as before ADR 0029. {@code -Dbenchmark.jfr=school} records that component with Java Flight Recorder
 * ({@code e2e/target/propagation-N/school-MODE.jfr}).
 * <p>
 * The benchmark reads the replicas on one open connection per database (until stop 33 of ADR 0043 each poll opened
 * four new ones: up to 200 PostgreSQL backends forked a second, counted in PostgreSQL's and the benchmark's CPU per
 * write), and before the first rate it measures each process's CPU while the stacks are idle
 * ({@code -Dbenchmark.idle-seconds}, 20): each rate also prints the CPU per write above that background.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PropagationBenchmarkTest {
    static final int POLL_MS = 20;
    static final List<String> CONSUMERS = List.of("assessment", "budget", "project", "report");
    static final List<String> AREAS = List.of("9901", "9902", "9903", "9904");
    static final int SCHOOLS_PER_AREA = 75;
    /** Main as at ADR 0040, before ADR 0043's switches (mode "main"; also part of "before40" and "old"). */
    static final List<String> MAIN = List.of("-Dkhet.outbox.one-pass=false");
    /** The rest of mode "main" (ADR 0043's switches off), as environment: jars built before its key was mapped take it too. */
    static final Map<String, String> MAIN_ENV = Map.of("KHET_CONSUMER_RECORD_EVERY_EVENT", "true");
    /** The relay's and consumers' settings as at ADR 0029, before ADR 0040 (modes "before40" and "old"). */
    static final List<String> BEFORE_40 = List.of("-Dkhet.outbox.wait-for-older-transactions=true", "-Dkhet.outbox.linger=5ms",
            "-Dkhet.consumer.bulk=false", "-Dkhet.consumer.skip-unwanted=false", "-Dkhet.consumer.async-commit=false");
    /** The relay's and consumers' settings before ADR 0029 (mode "old"): a round per 200 ms, one event per transaction. */
    static final List<String> OLD = List.of("-Dkhet.outbox.poll-interval=200ms", "-Dkhet.outbox.wake-on-commit=false",
            "-Dkhet.outbox.gauge-interval=0s", "-Dkhet.consumer.batch=false");

    @Test
    void renamesReachEveryReplica() throws Exception {
        durable();
        List<Integer> rates = Arrays.stream(System.getProperty("benchmark.rates", "10,50,100,200").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        int seconds = Integer.getInteger("benchmark.seconds", 30);
        List<String> modes = Arrays.stream(System.getProperty("benchmark.modes", "new").split(",")).map(String::strip).toList();
        Map<String, List<String>> table = new LinkedHashMap<>();
        List<Stack> stacks = new ArrayList<>();
        List<Bench> benches = new ArrayList<>();
        KafkaBrokerProcess smallBroker = null;
        List<KafkaBrokerProcess> ownBrokers = new ArrayList<>();
        try {
            int run = 0;
            for (String mode : modes) {
                run++;
                // the services' 1 s connect and login timeouts (ADR 0016: an outage answered within 2 s) fail their start
                // on this shared machine at a load average of 20 and more; nothing here is about outages
                List<String> jvm = new ArrayList<>(List.of("-Xmx512m",
                        "-Dquarkus.datasource.jdbc.additional-jdbc-properties.connectTimeout=10",
                        "-Dquarkus.datasource.jdbc.additional-jdbc-properties.loginTimeout=10",
                        "-Dquarkus.datasource.jdbc.acquisition-timeout=10s"));
                KafkaBrokerProcess broker = KafkaResource.broker();
                String mainJars = System.getProperty("benchmark.main-jars", "");
                Path jars = mode.equals("main") && !mainJars.isBlank() ? Path.of(mainJars) : Stack.ROOT;
                if (!mode.equals("new") && jars.equals(Stack.ROOT)) {
                    jvm.addAll(MAIN);
                }
                if (mode.equals("main") || mode.equals("before43")) {
                    // a broker of its own, run as "new"'s: on one broker both stacks would share the consumer groups
                    broker = new KafkaBrokerProcess(KafkaBrokerProcess.newDataDir(), KafkaBrokerProcess.PRODUCTION_JVM);
                    broker.start();
                    ownBrokers.add(broker);
                }
                if (mode.equals("before40") || mode.equals("old")) {
                    jvm.addAll(BEFORE_40);
                    if (mode.equals("old")) {
                        jvm.addAll(OLD);
                    }
                    // the test kit's broker as it ran before ADR 0040 (serial GC, C1 only)
                    if (smallBroker == null) {
                        smallBroker = new KafkaBrokerProcess(KafkaBrokerProcess.newDataDir(), KafkaBrokerProcess.SMALL_JVM);
                        smallBroker.start();
                    }
                    broker = smallBroker;
                }
                String name = "propagation-" + run;
                Map<String, List<String>> componentJvm = new LinkedHashMap<>();
                // -Dbenchmark.jfr=school: a flight recording of that component (JFR's profile settings), in its stack's folder
                for (String c : System.getProperty("benchmark.jfr", "").split(",")) {
                    if (!c.isBlank()) {
                        componentJvm.put(c.strip(), List.of("-XX:StartFlightRecording=filename=" + Stack.ROOT.resolve("e2e/target/"
                                + name + "/" + c.strip() + "-" + mode + ".jfr") + ",settings=profile,dumponexit=true"));
                    }
                }
                System.out.printf("[benchmark] mode %s: the applications of %s%s%n", mode, jars,
                        jars.equals(Stack.ROOT) ? (mode.equals("new") ? "" : ", " + jvm.subList(4, jvm.size()) + " " + MAIN_ENV) : "");
                Stack stack = Stack.start(name, jvm, Map.of("KHET_RATE_LIMIT_RPS", "5000", "KHET_RATE_LIMIT_BURST", "5000"),
                        broker.bootstrapServers(), componentJvm,
                        mode.equals("new") || !jars.equals(Stack.ROOT) ? Map.of() : MAIN_ENV, jars);
                stacks.add(stack);
                Bench b = new Bench(mode, stack, broker);
                b.register();
                benches.add(b);
            }
            // warm-up (JIT, connections, consumer groups settled), the stacks in turn: -Dbenchmark.warmup=rate,seconds.
            // Until stop 34 of ADR 0043 it was 10 s at 20/s: the first rate's CPU per write was about twice the last's, and
            // in a short run's flight recordings the compilers were ~40 % of the gateway's and the services' CPU
            int[] warmup = Arrays.stream(System.getProperty("benchmark.warmup", "50,40").split(","))
                    .map(String::strip).mapToInt(Integer::parseInt).toArray();
            for (Bench b : benches) {
                b.rate(warmup[0], warmup[1], false);
            }
            // the background: every process's CPU while no stack is written to (all stacks up, as in the turns)
            int idle = Integer.getInteger("benchmark.idle-seconds", 20);
            if (idle > 0) {
                List<Map<String, Double>> before = new ArrayList<>();
                for (Bench b : benches) {
                    before.add(b.cpu());
                }
                Thread.sleep(idle * 1000L);
                for (int i = 0; i < benches.size(); i++) {
                    benches.get(i).idle(before.get(i), idle);
                }
            }
            // the stacks take turns at each rate (all are started: the idle ones cost every turn alike)
            for (int rate : rates) {
                for (Bench b : benches) {
                    String line = b.rate(rate, seconds, true);
                    table.computeIfAbsent(b.mode + " " + rate + "/s", k -> new ArrayList<>()).add(line);
                }
            }
        } finally {
            for (Bench b : benches) {
                b.close();
            }
            for (Stack s : stacks) {
                s.close();
            }
            if (smallBroker != null) {
                smallBroker.stop();
            }
            ownBrokers.forEach(KafkaBrokerProcess::stop);
        }
        System.out.println("[benchmark] propagation, commit (2xx) -> all four org replicas:");
        table.forEach((k, v) -> v.forEach(l -> System.out.printf("[benchmark]   %-9s %s%n", k, l)));
    }

    /**
     * Commits as ADR 0016 has every PostgreSQL outside throw-away unit tests commit: {@code synchronous_commit=on} for
     * every session of the services (a role setting, as the test kit's server starts with it off on its command line).
     * The server's {@code fsync} stays as the test kit starts it (off, a command-line setting no session can change):
     * a commit waits for its WAL write but the disk's flush is not part of the figures.
     */
    static void durable() throws Exception {
        // what each statement costs, per rate and mode (the server is this JVM's, started here)
        System.setProperty(EmbeddedPostgresResource.STATEMENT_STATS, "true");
        try (Connection c = EmbeddedPostgresResource.server().getPostgresDatabase().getConnection();
             Statement st = c.createStatement()) {
            st.execute("alter role postgres set synchronous_commit = on");
            st.execute("create extension if not exists pg_stat_statements");
        }
        try (Connection c = EmbeddedPostgresResource.server().getPostgresDatabase().getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select current_setting('synchronous_commit'), current_setting('fsync')")) {
            rs.next();
            assertEquals("on", rs.getString(1), "the services' sessions commit synchronously");
            System.out.printf("[benchmark] PostgreSQL: synchronous_commit %s, fsync %s%n", rs.getString(1), rs.getString(2));
        }
    }

    static final class Bench implements AutoCloseable {
        final String mode;
        final Stack stack;
        final KafkaBrokerProcess broker;
        final String token;
        final List<String> schools = new ArrayList<>();
        final Map<String, DataSource> replicas = new LinkedHashMap<>();
        /** Per school, the writes answered 2xx and not yet seen everywhere, by their number (names end with it). */
        final Map<String, ConcurrentLinkedQueue<Write>> pending = new ConcurrentHashMap<>();
        final AtomicInteger counter = new AtomicInteger();
        Map<String, Double> metricsBefore = new HashMap<>();
        /** One open connection per replica's database, and one to the server's for the sessions' samples. */
        final Map<String, Connection> open = new HashMap<>();
        /** Each process's CPU milliseconds per second while no stack was written to. */
        Map<String, Double> idleMsPerSecond = Map.of();

        Bench(String mode, Stack stack, KafkaBrokerProcess broker) throws Exception {
            this.mode = mode;
            this.stack = stack;
            this.broker = broker;
            this.token = stack.token("benchmark", "obec-admin", List.of("obec"));
            for (String c : CONSUMERS) {
                replicas.put(c, stack.database(c));
            }
        }

        void register() throws Exception {
            for (String area : AREAS) {
                put("/api/v1/areas/" + area, "{\"nameTh\":\"สพป.ทดสอบ " + area + "\",\"level\":\"primary\"}");
                put("/api/v1/districts/" + area + "-01", "{\"areaCode\":\"" + area + "\",\"nameTh\":\"อำเภอทดสอบ " + area + "\"}");
                for (int i = 1; i <= SCHOOLS_PER_AREA; i++) {
                    String code = "1" + area + String.format("%05d", i);
                    schools.add(code);
                    HttpResponse<String> r = send("POST", "/api/v1/schools", body(code, "โรงเรียนทดสอบ " + code));
                    assertTrue(r.statusCode() == 201 || r.statusCode() == 409, r.body());
                }
            }
            long t0 = System.nanoTime();
            for (String c : CONSUMERS) {
                while (count(replicas.get(c)) < schools.size()) {
                    assertTrue(System.nanoTime() - t0 < Duration.ofMinutes(5).toNanos(), c + " never had the schools");
                    Thread.sleep(200);
                }
            }
            System.out.printf("[benchmark] %d schools in %d areas registered, in every replica %.1f s later%n",
                    schools.size(), AREAS.size(), (System.nanoTime() - t0) / 1e9);
            metricsBefore = metrics();
        }

        /** A connection kept open for the benchmark's frequent reads (one per database: each new one forks a backend). */
        Connection connection(String key, DataSource ds) throws Exception {
            Connection c = open.get(key);
            if (c == null || c.isClosed()) {
                c = ds.getConnection();
                open.put(key, c);
            }
            return c;
        }

        @Override
        public void close() {
            for (Connection c : open.values()) {
                try {
                    c.close();
                } catch (java.sql.SQLException e) {
                    // the server goes with the run
                }
            }
            open.clear();
        }

        /** Records and prints each process's CPU while idle (no writes), from {@code before} over {@code seconds}. */
        void idle(Map<String, Double> before, int seconds) throws Exception {
            Map<String, Double> now = cpu();
            Map<String, Double> rate = new LinkedHashMap<>();
            StringBuilder line = new StringBuilder();
            double total = 0;
            for (Map.Entry<String, Double> e : now.entrySet()) {
                double ms = (e.getValue() - before.getOrDefault(e.getKey(), 0.0)) * 1000 / seconds;
                rate.put(e.getKey(), ms);
                total += ms;
                line.append(String.format(" %s %.1f", e.getKey(), ms));
            }
            idleMsPerSecond = rate;
            System.out.printf("[benchmark] %s idle for %d s, cpu ms per second:%s | total %.1f (%.2f cores) | load %s%n",
                    mode, seconds, line, total, total / 1000, uptime());
        }

        /** Renames at {@code rate} per second for {@code seconds}, then waits until every replica shows them. */
        String rate(int rate, int seconds, boolean report) throws Exception {
            String load0 = uptime();
            resetStatements();
            Map<String, Double> cpu0 = cpu();
            Map<String, long[]> db0 = databaseStats();
            Map<String, Integer> waits = new TreeMap<>();
            int[] samples = {0};
            List<long[]> done = java.util.Collections.synchronizedList(new ArrayList<>()); // {ackNanos, seenNanos}
            AtomicInteger failed = new AtomicInteger();
            AtomicInteger acked = new AtomicInteger();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            int total = rate * seconds;
            AtomicInteger fired = new AtomicInteger();
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
            long start = System.nanoTime();
            long[] lastAck = {start};
            ScheduledFuture<?> tick = timer.scheduleAtFixedRate(() -> {
                int i = fired.getAndIncrement();
                if (i >= total) {
                    return;
                }
                String code = schools.get(i % schools.size());
                int n = counter.incrementAndGet();
                String area = code.substring(1, 5);
                Stack.HTTP.sendAsync(request("PUT", "/api/v1/schools/" + code,
                                body(code, "โรงเรียนทดสอบ " + code + " #" + n, area)), HttpResponse.BodyHandlers.ofString())
                        .whenComplete((r, e) -> {
                            long now = System.nanoTime();
                            if (e == null && r.statusCode() / 100 == 2) {
                                acked.incrementAndGet();
                                synchronized (lastAck) {
                                    lastAck[0] = Math.max(lastAck[0], now);
                                }
                                pending.computeIfAbsent(code, k -> new ConcurrentLinkedQueue<>()).add(new Write(n, now));
                            } else {
                                failed.incrementAndGet();
                                if (errors.size() < 3) {
                                    errors.add(e != null ? e.toString() : r.statusCode() + " " + r.body());
                                }
                            }
                        });
            }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
            // poll the replicas while writing and until everything acknowledged was seen (or 3 minutes passed)
            long deadline = start + Duration.ofSeconds(seconds + 180).toNanos();
            int polls = 0;
            while (System.nanoTime() < deadline) {
                Thread.sleep(POLL_MS);
                poll(done);
                if (report && ++polls % 10 == 0) {
                    sampleSessions(waits);
                    samples[0]++;
                }
                if (fired.get() >= total && acked.get() + failed.get() >= total && pendingCount() == 0) {
                    break;
                }
            }
            tick.cancel(false);
            timer.shutdownNow();
            String load1 = uptime();
            double wall = (System.nanoTime() - start) / 1e9;
            Map<String, Double> cpu1 = cpu();
            Map<String, long[]> db1 = databaseStats();
            int superseded = superseded();
            int lost = pendingCount() - superseded;
            pending.clear();
            double achieved;
            synchronized (lastAck) {
                achieved = acked.get() / ((lastAck[0] - start) / 1e9);
            }
            long[] ms = done.stream().mapToLong(d -> Math.max(0, d[1] - d[0]) / 1_000_000).sorted().toArray();
            String line = ms.length == 0 ? "nothing seen"
                    : String.format("p50 %5d ms  p95 %5d ms  p99 %5d ms  max %5d ms  | %d writes 2xx at %.1f/s achieved, %d failed, %d not seen in 3 min, %d superseded | load %s -> %s",
                    pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1], acked.get(), achieved, failed.get(), lost,
                    superseded, load0, load1);
            if (report) {
                System.out.printf("[benchmark] %3d writes/s for %d s: %s%n", rate, seconds, line);
                errors.forEach(e -> System.out.println("[benchmark]     e.g. " + e));
                costs(acked.get(), wall, cpu0, cpu1, db0, db1, waits, samples[0]);
                statements(acked.get());
                breakdown();
            }
            return line;
        }

        /**
         * Where a write's cost goes: CPU milliseconds per acknowledged write of each process (the stack's components,
         * PostgreSQL's postmaster and backends, the broker, this JVM: /proc's utime + stime, from the run's start until
         * every replica showed it), the cores they kept busy, the database work per write (pg_stat_database: commits and
         * rows written per database) and what PostgreSQL's busy sessions were doing (sampled every 10 polls).
         */
        void costs(int writes, double wall, Map<String, Double> cpu0, Map<String, Double> cpu1, Map<String, long[]> db0,
                   Map<String, long[]> db1, Map<String, Integer> waits, int samples) {
            if (writes == 0) {
                return;
            }
            StringBuilder line = new StringBuilder();
            double total = cpuPer(cpu0, cpu1, writes, " %s %.2f", line);
            System.out.printf("[benchmark]     cpu ms per write:%s | total %.2f ms (2 cores: at most %.0f writes/s); "
                    + "%.2f cores busy over %.1f s%n", line, total * 1000 / writes, 2 / (total / writes), total / wall, wall);
            if (!idleMsPerSecond.isEmpty()) {
                // the same, less each process's idle background over the turn's wall time
                StringBuilder above = new StringBuilder();
                double sum = 0;
                for (Map.Entry<String, Double> e : cpu1.entrySet()) {
                    double ms = (e.getValue() - cpu0.getOrDefault(e.getKey(), 0.0)) * 1000
                            - idleMsPerSecond.getOrDefault(e.getKey(), 0.0) * wall;
                    sum += ms;
                    above.append(String.format(" %s %.2f", e.getKey(), ms / writes));
                }
                System.out.printf("[benchmark]     cpu ms per write above the idle background:%s | total %.2f ms%n", above,
                        sum / writes);
            }
            StringBuilder dbs = new StringBuilder();
            for (Map.Entry<String, long[]> e : db1.entrySet()) {
                long[] a = db0.getOrDefault(e.getKey(), new long[e.getValue().length]);
                long[] b = e.getValue();
                dbs.append(String.format(" %s: %.1f commits, %.1f ins, %.1f upd, %.1f fetched;", e.getKey(),
                        (b[0] - a[0]) / (double) writes, (b[1] - a[1]) / (double) writes, (b[2] - a[2]) / (double) writes,
                        (b[3] - a[3]) / (double) writes));
            }
            System.out.printf("[benchmark]     postgres per write:%s%n", dbs);
            StringBuilder w = new StringBuilder();
            waits.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(8).forEach(e ->
                    w.append(String.format(" %s %.2f", e.getKey(), e.getValue() / (double) Math.max(1, samples))));
            System.out.printf("[benchmark]     postgres sessions busy (mean of %d samples):%s%n", samples, w);
        }

        /**
         * Each process's CPU milliseconds per unit of work between two readings of {@link #cpu()}, appended to
         * {@code line} in {@code format} (name, ms); answers the CPU seconds of all of them.
         */
        static double cpuPer(Map<String, Double> cpu0, Map<String, Double> cpu1, int units, String format, StringBuilder line) {
            double total = 0;
            for (Map.Entry<String, Double> e : cpu1.entrySet()) {
                double used = e.getValue() - cpu0.getOrDefault(e.getKey(), 0.0);
                total += used;
                line.append(String.format(format, e.getKey(), used * 1000 / units));
            }
            return total;
        }

        /** Clears pg_stat_statements (the whole server's: the stacks take turns, each reads its own databases). */
        static void resetStatements() throws Exception {
            try (Connection c = EmbeddedPostgresResource.server().getPostgresDatabase().getConnection();
                 Statement st = c.createStatement()) {
                st.execute("select pg_stat_statements_reset()");
            } catch (java.sql.SQLException e) {
                System.out.println("[benchmark]     pg_stat_statements not available: " + e.getMessage());
            }
        }

        /**
         * Where PostgreSQL's time went during the turn (pg_stat_statements, this stack's databases): per database the
         * statements' execution time per write, and the statements by total time with their calls, rows and time per
         * write. The benchmark's own polling of the replicas ({@code org_unit where code = any}) is among them, named.
         */
        void statements(int writes) throws Exception {
            statements(stack, writes, "write");
        }

        /**
         * As {@link #statements(int)} for any stack and unit of work (NationalReportBenchmarkTest: per area report):
         * each database's execution ms per {@code per}, and the top statements by total time.
         */
        static void statements(Stack stack, int writes, String per) throws Exception {
            if (writes == 0) {
                return;
            }
            try (Connection c = EmbeddedPostgresResource.server().getPostgresDatabase().getConnection();
                 PreparedStatement ps = c.prepareStatement("""
                         select d.datname, s.query, s.calls, s.rows, s.total_exec_time, s.shared_blks_hit + s.shared_blks_read,
                                s.wal_records
                           from pg_stat_statements s join pg_database d on d.oid = s.dbid
                          where d.datname like ? || '%' order by s.total_exec_time desc""")) {
                ps.setString(1, stack.db(""));
                Map<String, Double> byDb = new TreeMap<>();
                List<String> top = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String db = rs.getString(1).substring(stack.db("").length());
                        double ms = rs.getDouble(5);
                        byDb.merge(db, ms, Double::sum);
                        if (top.size() < 25) {
                            String q = rs.getString(2).replaceAll("\\s+", " ").strip();
                            String who = q.contains("org_unit where code = any") && q.startsWith("select code, name_th")
                                    ? " [benchmark's poll]" : "";
                            top.add(String.format("%-10s %7.2f calls %7.2f rows %6.3f ms %5.1f blocks %4.1f wal | %.110s%s",
                                    db, rs.getLong(3) / (double) writes, rs.getLong(4) / (double) writes, ms / writes,
                                    rs.getLong(6) / (double) rs.getLong(3), rs.getLong(7) / (double) writes, q, who));
                        }
                    }
                }
                StringBuilder sum = new StringBuilder();
                double total = 0;
                for (Map.Entry<String, Double> e : byDb.entrySet()) {
                    sum.append(String.format(" %s %.3f", e.getKey(), e.getValue() / writes));
                    total += e.getValue();
                }
                System.out.printf("[benchmark]     statements' execution ms per %s:%s | total %.3f%n", per, sum, total / writes);
                System.out.printf("[benchmark]     statements by total time (per %s: calls, rows, ms; blocks per call, WAL records per %s):%n", per, per);
                top.forEach(l -> System.out.println("[benchmark]       " + l));
            } catch (java.sql.SQLException e) {
                System.out.println("[benchmark]     pg_stat_statements not read: " + e.getMessage());
            }
        }

        /** CPU seconds used so far, by process. */
        Map<String, Double> cpu() throws Exception {
            return cpu(stack, broker);
        }

        /** As {@link #cpu()} for any stack and its broker (NationalReportBenchmarkTest's CPU per area report). */
        static Map<String, Double> cpu(Stack stack, KafkaBrokerProcess broker) throws Exception {
            Map<String, Double> out = new LinkedHashMap<>();
            stack.pids().forEach((c, pid) -> out.put(c, cpuSeconds(pid, false)));
            out.put("postgres", postgresCpu());
            out.put("kafka", cpuSeconds(broker.pid(), false));
            out.put("bench", cpuSeconds(ProcessHandle.current().pid(), false));
            return out;
        }

        /** The postmaster (with its children that ended) and every backend it runs. */
        static double postgresCpu() throws Exception {
            String dir;
            try (Connection c = EmbeddedPostgresResource.server().getPostgresDatabase().getConnection();
                 Statement st = c.createStatement(); ResultSet rs = st.executeQuery("show data_directory")) {
                rs.next();
                dir = rs.getString(1);
            }
            long postmaster = Long.parseLong(Files.readAllLines(Path.of(dir, "postmaster.pid")).get(0).strip());
            double sum = cpuSeconds(postmaster, true);
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path p : procs.filter(x -> x.getFileName().toString().matches("\\d+")).toList()) {
                    String[] f = stat(Long.parseLong(p.getFileName().toString()));
                    if (f != null && Long.parseLong(f[1]) == postmaster) {
                        sum += (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
                    }
                }
            }
            return sum;
        }

        /** A process's user + system time (and that of its ended children when asked), in seconds; 0 when it is gone. */
        static double cpuSeconds(long pid, boolean withEndedChildren) {
            String[] f = stat(pid);
            if (f == null) {
                return 0;
            }
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12])
                    + (withEndedChildren ? Long.parseLong(f[13]) + Long.parseLong(f[14]) : 0);
            return ticks / 100.0; // USER_HZ
        }

        /** /proc/pid/stat's fields after the command's name: [0] state, [1] ppid, ... [11] utime, [12] stime, [13] cutime, [14] cstime. */
        static String[] stat(long pid) {
            try {
                String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
                return s.substring(s.lastIndexOf(')') + 2).split(" ");
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /** Per database of this stack: commits, rows inserted, updated, fetched (pg_stat_database). */
        Map<String, long[]> databaseStats() throws Exception {
            Map<String, long[]> out = new TreeMap<>();
            try (Connection c = EmbeddedPostgresResource.server().getPostgresDatabase().getConnection();
                 PreparedStatement ps = c.prepareStatement("""
                         select datname, xact_commit, tup_inserted, tup_updated, tup_fetched from pg_stat_database
                          where datname like ? || '%'""")) {
                ps.setString(1, stack.db(""));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1).substring(stack.db("").length()),
                                new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                    }
                }
            }
            return out;
        }

        /** What this stack's sessions are doing now: on CPU, waiting (type:event), or idle inside a transaction. */
        void sampleSessions(Map<String, Integer> waits) throws Exception {
            Connection c = connection("", EmbeddedPostgresResource.server().getPostgresDatabase());
            try (PreparedStatement ps = c.prepareStatement("""
                         select case when state = 'active' then coalesce(wait_event_type || ':' || wait_event, 'CPU')
                                     else state end, count(*)
                           from pg_stat_activity
                          where datname like ? || '%' and state in ('active', 'idle in transaction')
                            and pid <> pg_backend_pid() group by 1""")) {
                ps.setString(1, stack.db(""));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        waits.merge(rs.getString(1), rs.getInt(2), Integer::sum);
                    }
                }
            }
        }

        /** One query per replica: which rename each school's row shows; writes up to it are seen by that replica. */
        void poll(List<long[]> done) throws Exception {
            if (pendingCount() == 0) {
                return;
            }
            Map<String, Map<String, Integer>> shown = new HashMap<>();
            for (Map.Entry<String, DataSource> e : replicas.entrySet()) {
                shown.put(e.getKey(), shown(connection(e.getKey(), e.getValue())));
            }
            long now = System.nanoTime();
            for (Map.Entry<String, ConcurrentLinkedQueue<Write>> e : pending.entrySet()) {
                int everywhere = Integer.MAX_VALUE;
                for (String c : CONSUMERS) {
                    everywhere = Math.min(everywhere, shown.get(c).getOrDefault(e.getKey(), 0));
                }
                for (var it = e.getValue().iterator(); it.hasNext(); ) {
                    Write w = it.next();
                    if (w.n <= everywhere) {
                        done.add(new long[]{w.ackNanos, now});
                        it.remove();
                    }
                }
            }
        }

        /**
         * Writes still unseen whose school, in school-service's own directory and in every replica, shows another
         * rename of the same school: two renames of one school in flight at once (an overloaded service answering
         * after seconds) may commit in the other order than they were sent, so the earlier-sent one is the one the
         * source ends with and the later one is never shown anywhere. Not a delivery lost.
         */
        int superseded() throws Exception {
            if (pendingCount() == 0) {
                return 0;
            }
            Map<String, Integer> source = shown(connection("school", stack.database("school")));
            Map<String, Map<String, Integer>> replica = new HashMap<>();
            for (Map.Entry<String, DataSource> e : replicas.entrySet()) {
                replica.put(e.getKey(), shown(connection(e.getKey(), e.getValue())));
            }
            int n = 0;
            for (Map.Entry<String, ConcurrentLinkedQueue<Write>> e : pending.entrySet()) {
                Integer at = source.get(e.getKey());
                boolean converged = at != null && CONSUMERS.stream().allMatch(c -> at.equals(replica.get(c).get(e.getKey())));
                if (converged) {
                    n += (int) e.getValue().stream().filter(w -> w.n != at).count();
                }
            }
            return n;
        }

        int pendingCount() {
            return pending.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum();
        }

        static final Pattern NUMBER = Pattern.compile("#(\\d+)$");

        Map<String, Integer> shown(Connection c) throws Exception {
            Map<String, Integer> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select code, name_th from org_unit where code = any(?)")) {
                Array codes = c.createArrayOf("text", pending.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                        .map(Map.Entry::getKey).toArray());
                ps.setArray(1, codes);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Matcher m = NUMBER.matcher(rs.getString(2) == null ? "" : rs.getString(2));
                        out.put(rs.getString(1), m.find() ? Integer.parseInt(m.group(1)) : 0);
                    }
                }
            }
            return out;
        }

        int count(DataSource ds) throws Exception {
            try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select count(*) from org_unit where kind = 'SCHOOL' and area_code like '990_'")) {
                rs.next();
                return rs.getInt(1);
            }
        }

        /** The relay's and consumers' timers since the last call: calls and mean per call, per service. */
        void breakdown() throws Exception {
            Map<String, Double> now = metrics();
            Map<String, String> lines = new TreeMap<>();
            for (Map.Entry<String, Double> e : now.entrySet()) {
                String k = e.getKey();
                if (!k.contains("_seconds_count")) {
                    continue;
                }
                String sumKey = k.replace("_seconds_count", "_seconds_sum");
                double calls = e.getValue() - metricsBefore.getOrDefault(k, 0.0);
                double sum = now.getOrDefault(sumKey, 0.0) - metricsBefore.getOrDefault(sumKey, 0.0);
                if (calls > 0) {
                    lines.put(k.replace("_seconds_count", ""), String.format("%8.0f calls, mean %7.2f ms, total %6.2f s",
                            calls, sum / calls * 1000, sum));
                }
            }
            lines.forEach((k, v) -> System.out.printf("[benchmark]     %-95s %s%n", k, v));
            metricsBefore = now;
        }

        static final Pattern METRIC = Pattern.compile("^(khet_(?:outbox|consumer)_[a-z_]+\\{?[^ ]*) ([0-9.eE+-]+)$");

        Map<String, Double> metrics() throws Exception {
            Map<String, Double> out = new HashMap<>();
            for (String svc : Stack.SERVICES) {
                HttpResponse<String> r = Stack.HTTP.send(HttpRequest.newBuilder(URI.create(stack.url(svc) + "/q/metrics"))
                        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
                for (String line : r.body().split("\n")) {
                    Matcher m = METRIC.matcher(line);
                    if (m.matches()) {
                        out.put(svc + " " + m.group(1), Double.parseDouble(m.group(2)));
                    }
                }
            }
            return out;
        }

        static String body(String code, String name) {
            return body(code, name, code.substring(1, 5));
        }

        static String body(String code, String name, String area) {
            return "{\"code\":\"" + code + "\",\"districtCode\":\"" + area + "-01\",\"nameTh\":\"" + name + "\"}";
        }

        HttpRequest request(String method, String path, String json) {
            return HttpRequest.newBuilder(URI.create(stack.gateway() + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        }

        HttpResponse<String> send(String method, String path, String json) throws Exception {
            return Stack.HTTP.send(request(method, path, json), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        void put(String path, String json) throws Exception {
            HttpResponse<String> r = send("PUT", path, json);
            assertTrue(r.statusCode() / 100 == 2, path + ": " + r.statusCode() + " " + r.body());
        }
    }

    record Write(int n, long ackNanos) {
    }

    static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static String uptime() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
