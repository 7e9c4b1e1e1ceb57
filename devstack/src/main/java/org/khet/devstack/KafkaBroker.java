package org.khet.devstack;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A single-node Apache Kafka broker in KRaft mode (combined broker + controller), run as a JVM of its own.
 * <p>
 * Usage: {@code KafkaBroker <data-dir> <port> <controller-port> [name=value ...]}. The first start formats the
 * storage (kafka-storage format) in a child process; every start then runs {@code kafka.Kafka} in this JVM.
 * The same data directory keeps topics and offsets across restarts. A {@code name=value} sets (or replaces) one of
 * the broker's settings: {@code ./khet} gives its dev broker fewer threads that way (ADR 0036), while the test kit's
 * brokers keep these.
 */
public final class KafkaBroker {

    private KafkaBroker() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: KafkaBroker <data-dir> <port> <controller-port> [name=value ...]");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        int controllerPort = Integer.parseInt(args[2]);
        Path config = writeConfig(dataDir, port, controllerPort, settings(List.of(args).subList(3, args.length)));
        if (!Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
            format(config);
        }
        kafka.Kafka.main(new String[] {config.toString()});
    }

    /** {@code name=value} words as settings; a word without {@code =} or without a name is refused. */
    static Properties settings(List<String> words) {
        Properties p = new Properties();
        for (String w : words) {
            int eq = w.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("not a name=value setting: '" + w + "'");
            }
            p.setProperty(w.substring(0, eq), w.substring(eq + 1));
        }
        return p;
    }

    static Path writeConfig(Path dataDir, int port, int controllerPort) throws IOException {
        return writeConfig(dataDir, port, controllerPort, new Properties());
    }

    static Path writeConfig(Path dataDir, int port, int controllerPort, Properties overrides) throws IOException {
        Files.createDirectories(dataDir);
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", dataDir.resolve("logs").toString());
        p.setProperty("num.partitions", "3");
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // small segments and indexes: a dev and test broker, not a production one
        p.setProperty("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
        p.setProperty("log.index.size.max.bytes", String.valueOf(1024 * 1024));
        // the log cleaner (it compacts __consumer_offsets) allocates its whole dedupe buffer on the heap at start:
        // 128 MB by default, which alone would set the broker's heap; 8 MB maps ~250,000 keys per cleaning pass
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        p.putAll(overrides);
        Path file = dataDir.resolve("server.properties");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "written by org.khet.devstack.KafkaBroker");
        }
        return file;
    }

    private static void format(Path config) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("kafka.tools.StorageTool");
        cmd.add("format");
        cmd.add("--cluster-id");
        cmd.add(clusterId());
        cmd.add("--config");
        cmd.add(config.toString());
        cmd.add("--ignore-formatted");
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        int rc = p.waitFor();
        if (rc != 0) {
            throw new IllegalStateException("formatting the Kafka storage failed with exit code " + rc);
        }
    }

    /**
     * A Kafka cluster id: 16 random bytes, URL-safe base64 without padding. Kafka's own generator never starts
     * one with '-', which the storage tool's argument parser would take for an option (1 in 64 ids).
     */
    private static String clusterId() {
        return org.apache.kafka.common.Uuid.randomUuid().toString();
    }
}
