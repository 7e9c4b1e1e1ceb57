package org.khet.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The {@code ./khet} script itself, as a newcomer runs it: on ports of its own and a state directory of its own
 * (KHET_STATE), so a developer's stack on the default ports is never touched. Runs the jars the build made
 * (KHET_BUILD=never) without the demo data (KHET_DEMO=none; loading it is DemoStackTest's subject).
 * One scenario in order: a taken port stops {@code up} before anything starts and names the port and the
 * process; {@code up} starts everything and {@code status} shows each component with its port and pid; a second
 * {@code up} changes nothing; {@code down} stops exactly those processes (writing the class-data archives of the
 * JVMs started without one first); a second {@code up} starts PostgreSQL without a JVM, every JVM from its archive on
 * top of the one base archive of the JDK classes and the library classes the applications share (written by the first
 * {@code up}, mapped unrelocated), each application defining those library classes from the base, and the broker with
 * the dev stack's fewer threads. Then, where the machine has a JDK 25 or later, the same on it: the services on one
 * shared base archive of their library classes, linked ahead of time, under an archive of their own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KhetScriptTest {
    static final List<String> COMPONENTS = List.of("postgres", "kafka", "school", "assessment", "budget", "project",
            "report", "gateway", "web");
    static Path state;
    static final Map<String, String> env = new LinkedHashMap<>();
    static final Map<String, Integer> ports = new LinkedHashMap<>();
    static Map<String, Long> pidsAfterFirstUp;

    record Run(int exit, String output) {
    }

    @BeforeAll
    static void ownPortsAndState() throws IOException {
        assertTrue(Files.isRegularFile(Stack.ROOT.resolve("gateway/target/quarkus-app/quarkus-run.jar")),
                "the modules are packaged before e2e runs (./mvnw verify builds them first)");
        state = Files.createTempDirectory("khet-script-");
        // ten distinct ports, held open together while chosen so that none is handed out twice
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (String c : List.of("pg", "kafka", "kafka_controller", "gateway", "school", "assessment", "budget",
                    "project", "report", "web")) {
                ServerSocket s = new ServerSocket(0);
                held.add(s);
                ports.put(c, s.getLocalPort());
                env.put("KHET_" + c.toUpperCase() + "_PORT", String.valueOf(s.getLocalPort()));
            }
        } finally {
            for (ServerSocket s : held) {
                s.close();
            }
        }
        env.put("KHET_STATE", state.toString());
        env.put("KHET_BUILD", "never");
        env.put("KHET_DEMO", "none");
        env.put("KHET_TIMEOUT", "300");
        // (each application's class loading logged, to see where its library classes came from: ADR 0036 stop 35)
        env.put("KHET_JAVA_OPTS", "-Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:class+load=info:file="
                + state.resolve("classload-%p.log"));
    }

    @AfterAll
    static void stopWhateverIsLeft() throws Exception {
        if (state != null) {
            khet("down");
            try (Stream<Path> files = Files.walk(state)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void aTakenPortStopsUpBeforeAnythingStartsAndNamesThePortAndTheProcess() throws Exception {
        int gatewayPort = ports.get("gateway");
        try (ServerSocket squatter = new ServerSocket(gatewayPort, 50, InetAddress.getLoopbackAddress())) {
            Run up = khet("up");
            assertNotEquals(0, up.exit(), up.output());
            long me = ProcessHandle.current().pid();
            assertTrue(up.output().contains("port " + gatewayPort + " (gateway) is already in use by pid " + me),
                    "names the port, the component and this JVM's pid:\n" + up.output());
            assertTrue(up.output().contains("KHET_<COMPONENT>_PORT"), "says how to move Khet:\n" + up.output());
        }
        assertEquals(List.of(), pidFiles(), "nothing was started");
        Run status = khet("status");
        for (String c : COMPONENTS) {
            assertTrue(status.output().lines().anyMatch(l -> l.startsWith(c + " ") && l.contains(" stopped ")),
                    c + " stopped:\n" + status.output());
        }
    }

    @Test
    @Order(2)
    void upStartsEveryComponentAndStatusShowsItsPortAndPid() throws Exception {
        Run up = khet("up");
        assertEquals(0, up.exit(), up.output());
        assertTrue(up.output().contains("Khet is up"), up.output());
        // stop 34: the base archive is written before any JVM starts, once; stop 35: with the library classes the
        // applications share (devstack/cds/libs.classlist, from the jars of their lib/main)
        assertTrue(up.output().contains("writing the class-data archive of the JDK classes and the library classes"
                + " the applications share"), up.output());
        assertTrue(up.output().contains("http://127.0.0.1:" + ports.get("gateway") + "/api/v1/"), up.output());
        pidsAfterFirstUp = statusPids();
        for (String c : COMPONENTS) {
            long pid = pidsAfterFirstUp.get(c);
            assertTrue(running(pid), c + " pid " + pid + " runs");
            assertEquals(String.valueOf(pid), Files.readString(state.resolve("run/" + c + ".pid")).trim());
        }
        String gatewayLine = line(khet("status"), "gateway");
        assertTrue(gatewayLine.contains(" ready ") && gatewayLine.contains(" " + ports.get("gateway") + " "), gatewayLine);
        assertTrue(line(khet("status"), "kafka").contains(ports.get("kafka") + "," + ports.get("kafka_controller")));
    }

    @Test
    @Order(3)
    void aSecondUpLeavesTheRunningStackAlone() throws Exception {
        assertNotNull(pidsAfterFirstUp, "the stack is up");
        Run again = khet("up");
        assertEquals(0, again.exit(), again.output());
        assertTrue(again.output().contains("already running: " + String.join(" ", COMPONENTS)), again.output());
        assertFalse(again.output().contains("starting "), "nothing started again:\n" + again.output());
        assertEquals(pidsAfterFirstUp, statusPids(), "the same processes");
    }

    @Test
    @Order(4)
    void downStopsExactlyWhatUpStarted() throws Exception {
        assertNotNull(pidsAfterFirstUp, "the stack is up");
        Run down = khet("down");
        assertEquals(0, down.exit(), down.output());
        for (Map.Entry<String, Long> e : pidsAfterFirstUp.entrySet()) {
            assertFalse(running(e.getValue()), e.getKey() + " (pid " + e.getValue() + ") still runs");
        }
        Run status = khet("status");
        for (String c : COMPONENTS) {
            String l = line(status, c);
            assertTrue(l.contains(" stopped "), l);
            assertEquals(4, l.trim().split("\\s+").length, "no note (such as a taken port or a stale pid file): " + l);
        }
        assertEquals("nothing running", khet("down").output().lines().findFirst().orElse(""));
    }

    /**
     * ADR 0036: after the first {@code down}, PostgreSQL runs from the command its launcher recorded (no JVM stays
     * beside it), and the broker and every application map the class-data archive that {@code down} wrote for them.
     */
    @Test
    @Order(5)
    void aWarmUpRunsPostgresWithoutAJvmAndEveryJvmFromItsArchive() throws Exception {
        assertNotNull(pidsAfterFirstUp, "the stack went up and down once");
        List<String> withArchive = COMPONENTS.subList(1, COMPONENTS.size());
        for (String c : withArchive) {
            try (Stream<Path> files = Files.list(state.resolve("cds"))) {
                assertTrue(files.anyMatch(f -> f.getFileName().toString().matches(c + "-\\d+\\.jsa")),
                        "down wrote " + c + "'s archive");
            }
        }
        Run up = khet("up");
        try {
            assertEquals(0, up.exit(), up.output());
            assertFalse(up.output().contains("preparing PostgreSQL"), "prepared once, by the first up:\n" + up.output());
            Map<String, Long> pids = statusPids();
            long postgres = pids.get("postgres");
            assertEquals("postgres", Files.readString(Path.of("/proc/" + postgres + "/comm")).trim(),
                    "the component's pid is PostgreSQL's own");
            assertEquals(String.valueOf(postgres),
                    Files.readAllLines(state.resolve("pg/postmaster.pid")).get(0).trim(), "and its postmaster");
            assertFalse(up.output().contains("writing the class-data archive of the JDK classes"),
                    "the base archive is written once:\n" + up.output());
            String cds = state.resolve("cds").toString();
            for (String c : withArchive) {
                List<String> maps = Files.readAllLines(Path.of("/proc/" + pids.get(c) + "/maps"));
                assertTrue(maps.stream().anyMatch(l -> l.endsWith(".jsa") && l.contains(" " + cds + "/" + c + "-")),
                        c + " maps its archive: " + maps);
                // stop 34: on top of the one base archive of the JDK classes, mapped where it was written (not
                // relocated, so its read-only part is the file's pages, shared by the eight JVMs)
                assertTrue(maps.stream().anyMatch(l -> l.startsWith("800000000-") && l.endsWith(".jsa") && l.contains(" " + cds + "/base-")),
                        c + " maps the base archive at its address: " + maps);
                assertTrue(maps.stream().anyMatch(l -> l.contains(" r--p ") && l.endsWith(".jsa") && l.contains(" " + cds + "/base-")),
                        c + " maps the base archive's read-only part read-only: " + maps);
            }
            // stop 35: Quarkus' class loader of every application defined these library classes from the base archive
            // (the log says "shared objects file"; "(top)" would be the application's own archive; a jar, parsed)
            for (String c : withArchive.subList(1, withArchive.size())) {
                Path log = state.resolve("classload-" + pids.get(c) + ".log");
                List<String> loads = Files.readAllLines(log);
                // (classes every application loads to start: without the demo, the console has no JSON to read yet)
                for (String library : List.of("io.vertx.core.Vertx", "io.smallrye.config.SmallRyeConfig",
                        "io.netty.channel.Channel")) {
                    assertTrue(loads.stream().anyMatch(l -> l.endsWith("] " + library + " source: shared objects file")),
                            c + " defined " + library + " from the base archive: "
                                    + loads.stream().filter(l -> l.contains("] " + library + " ")).toList());
                }
            }
            // stop 33: the dev broker's own settings (the test kit's brokers keep Kafka's threads)
            List<String> broker = Files.readAllLines(state.resolve("kafka/server.properties"));
            assertTrue(broker.containsAll(List.of("num.io.threads=2", "num.network.threads=1", "background.threads=2")),
                    "the dev broker's threads: " + broker);
        } finally {
            Run down = khet("down");
            assertEquals(0, down.exit(), down.output());
            assertFalse(down.output().contains("writing the class-data archives"), "nothing left to archive:\n" + down.output());
        }
    }

    /**
     * ADR 0036 stop 37: the removed KHET_CDS=aot stops {@code up} before anything starts, and says what to do; so do
     * any other KHET_CDS word and a KHET_JAVA_HOME without a java.
     */
    @Test
    @Order(6)
    void theRemovedAotModeAndBadRuntimeSettingsStopUpBeforeAnythingStarts() throws Exception {
        Run up = khet(Map.of("KHET_CDS", "aot"), "up");
        assertNotEquals(0, up.exit(), up.output());
        assertTrue(up.output().contains("KHET_CDS=aot was removed (ADR 0036, stop 37): run on a JDK 25 or later"
                + " (KHET_JAVA_HOME) instead"), up.output());
        assertEquals(List.of(), pidFiles(), "nothing was started");
        // and the other bad settings of the runtime: another KHET_CDS word, a KHET_JAVA_HOME without a java
        Run other = khet(Map.of("KHET_CDS", "yes"), "up");
        assertNotEquals(0, other.exit(), other.output());
        assertTrue(other.output().contains("KHET_CDS=yes is neither on nor off"), other.output());
        Path empty = Files.createDirectories(state.resolve("no-jdk"));
        Run noJava = khet(Map.of("KHET_JAVA_HOME", empty.toString()), "up");
        assertNotEquals(0, noJava.exit(), noJava.output());
        assertTrue(noJava.output().contains("KHET_JAVA_HOME=" + empty + " has no bin/java"), noJava.output());
        assertEquals(List.of(), pidFiles(), "nothing was started");
    }

    /**
     * ADR 0036 stop 37: on a JDK 25 or later (KHET_JAVA_HOME), the first {@code up} lays out the jars every service
     * has in one directory and writes one base archive of their classes, linked ahead of time, before any JVM starts;
     * each service runs from a class path that starts with those jars and records what it loads; the {@code down}
     * after it writes each JVM's own archive; the next {@code up} maps, in every service, the shared base at its
     * address and its own archive on top, and each service defines the shared library classes from the base, while
     * the broker, the gateway and the console map an archive of their own. Skipped on a machine without such a JDK
     * (KHET_TEST_JDK25, or one under /usr/lib/jvm).
     */
    @Test
    @Order(7)
    void onAJdk25TheServicesShareOneBaseOfTheirLibraryClassesLinkedAheadOfTime() throws Exception {
        Path jdk = jdk25();
        Assumptions.assumeTrue(jdk != null, "no JDK 25 or later on this machine");
        Map<String, String> on25 = Map.of("KHET_JAVA_HOME", jdk.toString());
        List<String> services = List.of("school", "assessment", "budget", "project", "report");
        List<String> others = List.of("kafka", "gateway", "web");
        String cds = state.resolve("cds").toString();
        Run up = khet(on25, "up");
        Run written;
        try {
            assertEquals(0, up.exit(), up.output());
            assertTrue(up.output().contains("writing the class-data archive of the JDK classes and of the library classes"
                    + " the services share, linked"), up.output());
            Map<String, Long> pids = statusPids();
            for (String c : COMPONENTS.subList(1, COMPONENTS.size())) {
                assertEquals(jdk.resolve("bin/java").toRealPath(), Path.of("/proc/" + pids.get(c) + "/exe").toRealPath(),
                        c + " runs on that JDK");
                List<String> args = List.of(Files.readString(Path.of("/proc/" + pids.get(c) + "/cmdline")).split("\0"));
                assertTrue(args.contains("-XX:+RecordDynamicDumpInfo"), c + " records what it loads: " + args);
                if (services.contains(c)) {
                    String cp = args.get(args.indexOf("-cp") + 1);
                    assertTrue(cp.startsWith(cds + "/shared-"), c + "'s class path starts with the shared jars: " + cp);
                    assertTrue(cp.contains("/quarkus-app/quarkus/generated-bytecode.jar:"), c + " and then its own: " + cp);
                    assertEquals("io.quarkus.runner.GeneratedMain", args.get(args.size() - 1));
                }
            }
        } finally {
            written = khet(on25, "down");
        }
        assertEquals(0, written.exit(), written.output());
        assertTrue(written.output().contains("writing the class-data archives of"), written.output());
        Run warm = khet(on25, "up");
        try {
            assertEquals(0, warm.exit(), warm.output());
            assertFalse(warm.output().contains("writing the class-data archive"), "written once:\n" + warm.output());
            Map<String, Long> pids = statusPids();
            for (String c : services) {
                List<String> maps = Files.readAllLines(Path.of("/proc/" + pids.get(c) + "/maps")).stream()
                        .filter(l -> l.endsWith(".jsa")).toList();
                // (its read-only part read-only: mapped where it was written, not relocated into a private copy)
                assertTrue(maps.stream().anyMatch(l -> l.contains(" r--p ") && l.contains(" " + cds + "/shared-")),
                        c + " maps the shared base: " + maps);
                assertTrue(maps.stream().anyMatch(l -> l.endsWith("-shared.jsa") && l.contains(" " + cds + "/" + c + "-")),
                        c + " maps its own archive on it: " + maps);
                List<String> loads = Files.readAllLines(state.resolve("classload-" + pids.get(c) + ".log"));
                // (from jars all five have and none transforms, and with every ancestor there or in the JDK: not
                // Vert.x core's, which Quarkus transforms, nor Netty's ByteBuf, whose interface is in Netty's common)
                for (String library : List.of("io.smallrye.config.SmallRyeConfig", "io.agroal.pool.ConnectionPool",
                        "com.fasterxml.jackson.databind.ObjectMapper", "org.postgresql.Driver")) {
                    assertTrue(loads.stream().anyMatch(l -> l.endsWith("] " + library + " source: shared objects file")),
                            c + " defined " + library + " from the shared base: "
                                    + loads.stream().filter(l -> l.contains("] " + library + " ")).toList());
                }
            }
            for (String c : others) {
                List<String> maps = Files.readAllLines(Path.of("/proc/" + pids.get(c) + "/maps")).stream()
                        .filter(l -> l.endsWith(".jsa")).toList();
                assertTrue(maps.stream().anyMatch(l -> l.endsWith(".jsa") && l.matches(".* " + cds + "/" + c + "-\\d+\\.jsa")),
                        c + " maps an archive of its own: " + maps);
                assertTrue(maps.stream().noneMatch(l -> l.contains(" " + cds + "/shared-")), c + " not the services' base");
            }
        } finally {
            Run down = khet(on25, "down");
            assertEquals(0, down.exit(), down.output());
            assertFalse(down.output().contains("writing the class-data archives"), "nothing left to archive:\n" + down.output());
        }
        // the JDK 17 archives of the scenario above are still there: an archive is replaced only by its own JDK's
        try (Stream<Path> files = Files.list(state.resolve("cds"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("base-")), "the other JDK's base stays");
        }
    }

    /** A JDK 25 or later: KHET_TEST_JDK25, or the newest under /usr/lib/jvm; null when there is none. */
    static Path jdk25() throws IOException {
        String given = System.getenv("KHET_TEST_JDK25");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return null;
        }
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.filter(d -> Files.isExecutable(d.resolve("bin/java")) && Files.isRegularFile(d.resolve("release")))
                    .filter(d -> {
                        try {
                            return Runtime.Version.parse(release(d)).feature() >= 25;
                        } catch (IOException | IllegalArgumentException e) {
                            return false;
                        }
                    })
                    .max(java.util.Comparator.comparing(d -> d.getFileName().toString())).orElse(null);
        }
    }

    /** The JAVA_VERSION of a JDK's release file. */
    static String release(Path jdk) throws IOException {
        return Files.readAllLines(jdk.resolve("release")).stream().filter(l -> l.startsWith("JAVA_VERSION="))
                .map(l -> l.substring("JAVA_VERSION=".length()).replace("\"", "")).findFirst()
                .orElseThrow(() -> new IOException("no JAVA_VERSION in " + jdk.resolve("release")));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static Run khet(String... args) throws IOException, InterruptedException {
        return khet(Map.of(), args);
    }

    static Run khet(Map<String, String> more, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("bash", Stack.ROOT.resolve("khet").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(Stack.ROOT.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().putAll(more);
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(6, TimeUnit.MINUTES), "./khet " + String.join(" ", args) + " finished");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    static Map<String, Long> statusPids() throws Exception {
        Run status = khet("status");
        assertEquals(0, status.exit(), status.output());
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String c : COMPONENTS) {
            String[] cols = line(status, c).trim().split("\\s+");
            assertTrue(cols[1].equals("ready") || cols[1].equals("up"), c + " is " + cols[1]);
            pids.put(c, Long.parseLong(cols[3]));
        }
        return pids;
    }

    static String line(Run status, String component) {
        return status.output().lines().filter(l -> l.startsWith(component + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + component + ":\n" + status.output()));
    }

    static List<Path> pidFiles() throws IOException {
        Path run = state.resolve("run");
        if (!Files.isDirectory(run)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(run)) {
            return files.filter(f -> f.toString().endsWith(".pid")).toList();
        }
    }

    /** Alive and not a zombie waiting for its parent (the script's children are reparented when it exits). */
    static boolean running(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .noneMatch(l -> l.startsWith("State:") && l.contains("Z"));
        } catch (IOException gone) {
            return false;
        }
    }

}
