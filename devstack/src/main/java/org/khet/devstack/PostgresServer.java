package org.khet.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A real PostgreSQL server from the zonky embedded binaries, run as a JVM of its own, with the data kept in a
 * directory between runs. Creates the role {@code khet} and one database per service when missing.
 * <p>
 * Usage: {@code PostgresServer <data-dir> <port> [database ...]}. Stops PostgreSQL cleanly on SIGTERM.
 */
public final class PostgresServer {
    public static final String USER = "khet";
    public static final String PASSWORD = "khet";

    private PostgresServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: PostgresServer <data-dir> <port> [database ...]");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        List<String> databases = List.of(args).subList(2, args.length);
        Files.createDirectories(dataDir);
        EmbeddedPostgres pg = start(dataDir, port);
        ensureDatabases(pg, databases);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception e) {
                System.err.println("stopping PostgreSQL: " + e);
            }
            stopped.countDown();
        }, "postgres-stop"));
        System.out.println("PostgreSQL ready on 127.0.0.1:" + port + " (data in " + dataDir + ")");
        // the first start unpacks the binaries in memory (tens of MB of heap); from now on this JVM only waits to
        // stop the server, so full collections let the serial collector give that heap back (./khet's options; it
        // shrinks a generation by a growing share at each full collection: 0 %, 10 %, 40 %, then all the excess)
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        stopped.await();
    }

    public static EmbeddedPostgres start(Path dataDir, int port) throws Exception {
        return durable(EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("max_connections", "300"))
                .start();
    }

    /**
     * The settings under which a commit PostgreSQL acknowledges survives a crash of PostgreSQL or of the machine:
     * the commit's WAL is flushed to disk before the answer ({@code synchronous_commit}), flushes reach the disk
     * ({@code fsync}) and a page torn by a power cut can be rebuilt ({@code full_page_writes}). zonky's builder
     * turns {@code synchronous_commit} off and starts the server with {@code -F} (fsync off) unless told otherwise,
     * so every server Khet starts outside throw-away tests goes through here (ADR 0016).
     */
    public static final Map<String, String> DURABLE = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    /** {@code builder} with {@link #DURABLE}'s settings. */
    public static EmbeddedPostgres.Builder durable(EmbeddedPostgres.Builder builder) {
        DURABLE.forEach(builder::setServerConfig);
        return builder;
    }

    /** Creates the application role and the listed databases if they do not exist yet. */
    public static void ensureDatabases(EmbeddedPostgres pg, List<String> databases) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_roles where rolname = '" + USER + "'")) {
                if (!rs.next()) {
                    s.execute("create role " + USER + " login superuser password '" + PASSWORD + "'");
                }
            }
            for (String db : databases) {
                if (!db.matches("[a-z][a-z0-9_]*")) {
                    throw new IllegalArgumentException("database name '" + db + "' is not a plain identifier");
                }
                try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + db + "'")) {
                    if (!rs.next()) {
                        s.execute("create database " + db + " owner " + USER + " encoding 'UTF8' template template0");
                    }
                }
            }
        }
    }
}
