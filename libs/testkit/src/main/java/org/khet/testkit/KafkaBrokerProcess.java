package org.khet.testkit;

import org.khet.devstack.KafkaBroker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka broker (KRaft, single node) in a JVM of its own, launched with devstack's
 * {@link KafkaBroker} and the classpath devstack recorded at build time. It can be stopped and started again on
 * the same port and data directory, to test what happens to events while the broker is down.
 */
public final class KafkaBrokerProcess {
    /**
     * The broker's JVM as production runs it (the apache/kafka image's G1 settings, both JIT tiers), with a smaller
     * heap: a broker that the services of a benchmark load must not be the slowest part for want of a compiler.
     */
    public static final List<String> PRODUCTION_JVM = List.of("-Xmx512m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
            "-XX:InitiatingHeapOccupancyPercent=35");
    /** The JVM the test kit's broker had before ADR 0040: quick to start, slow under load (serial GC, C1 only). */
    public static final List<String> SMALL_JVM = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final Path dataDir;
    private final List<String> jvm;
    private final int port;
    private final int controllerPort;
    private final Path log;
    private Process process;

    public KafkaBrokerProcess(Path dataDir) {
        this(dataDir, PRODUCTION_JVM);
    }

    /** A broker whose JVM runs with these options (e.g. {@link #SMALL_JVM}). */
    public KafkaBrokerProcess(Path dataDir, List<String> jvm) {
        this.jvm = List.copyOf(jvm);
        this.dataDir = dataDir;
        this.port = freePort();
        this.controllerPort = freePort();
        this.log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
    }

    /** The broker's process id, while it runs (to read its CPU time). */
    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(jvm);
            cmd.add("-Djava.io.tmpdir=" + dataDir.getParent());
            cmd.add("-cp");
            cmd.add(launcherClasspath());
            cmd.add(KafkaBroker.class.getName());
            cmd.add(dataDir.toString());
            cmd.add(String.valueOf(port));
            cmd.add(String.valueOf(controllerPort));
            process = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            // a broker starts in 5–15 s here; on a machine running several builds at once (load average 25 and
            // more) it once needed over a minute, so the wait is generous: a broker that never opens still fails
            awaitPort(180_000);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Kafka broker", e);
        }
    }

    /** Stops the broker as an outage would: the process is killed, and the port closes. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Kills the broker as a crash would (SIGKILL: no shutdown, no flush); {@link #start()} brings it back. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private void awaitPort(long timeoutMs) {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Kafka broker exited with " + process.exitValue() + "; see " + log);
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                sleep(100);
            }
        }
        throw new IllegalStateException("the Kafka broker did not open port " + port + " in " + timeoutMs + " ms; see " + log);
    }

    static String launcherClasspath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream("launcher.classpath")) {
            if (in == null) {
                throw new IllegalStateException("devstack's launcher.classpath is missing: build the devstack module first");
            }
            String deps = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            String self = Path.of(KafkaBroker.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            return self + java.io.File.pathSeparator + deps;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Path newDataDir() {
        try {
            return Files.createTempDirectory("khet-kafka-").resolve("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
