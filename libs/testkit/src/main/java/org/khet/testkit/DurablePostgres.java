package org.khet.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.khet.devstack.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server for fault tests: the dev stack's production durability settings ({@link PostgresServer#DURABLE},
 * unlike {@link EmbeddedPostgresResource}'s throw-away ones), a data directory and port that stay the same across
 * restarts, and {@link #crash()}, which SIGKILLs the postmaster and every backend at once — what a crash of the
 * database server does to whatever was not yet on disk. {@link #start()} brings it back on the same data, running
 * crash recovery as a real server would.
 */
public final class DurablePostgres implements AutoCloseable {
    public static final String DATABASE = "khet";

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres server;

    public DurablePostgres() {
        try {
            this.dataDir = Files.createTempDirectory("khet-durable-pg-");
            try (ServerSocket s = new ServerSocket(0)) {
                this.port = s.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts (or restarts after {@link #crash()} or {@link #stop()}) the server on the same data and port. */
    public synchronized DurablePostgres start() {
        if (server != null) {
            return this;
        }
        try {
            server = PostgresServer.durable(EmbeddedPostgres.builder()
                            .setDataDirectory(dataDir)
                            .setCleanDataDirectory(false)
                            .setPort(port)
                            .setServerConfig("max_connections", "100"))
                    .start();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
                if (!rs.next()) {
                    s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL on " + dataDir, e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database", e);
        }
    }

    /**
     * Kills the postmaster and all its processes with SIGKILL, all at once: WAL still in shared memory is gone, as
     * in a crash. Returns when every process has exited (the port is free again).
     */
    public synchronized void crash() {
        if (server == null) {
            return;
        }
        long pid = postmasterPid();
        ProcessHandle postmaster = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("no postmaster with pid " + pid));
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(0, postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL process " + p.pid() + " did not die", e);
            }
        }
        forget();
    }

    /** A clean shutdown (what {@code ./khet down} does). */
    public synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = null;
        }
    }

    private void forget() {
        EmbeddedPostgres dead = server;
        server = null;
        try {
            // pg_ctl stop finds no server and says so; the builder's lock on the data directory is released
            dead.close();
        } catch (IOException | RuntimeException ignored) {
            // nothing was running any more
        }
    }

    private long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("no postmaster.pid in " + dataDir, e);
        }
    }

    public boolean running() {
        return server != null;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    /** A connection as the superuser {@code postgres} (trust authentication), for the test's own checks. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
    }

    /** Waits until the server accepts connections again (after {@link #start()} from another thread, for instance). */
    public void awaitUp(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Connection c = connect()) {
                return;
            } catch (SQLException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL did not come back within " + timeout, e);
                }
                Thread.sleep(100);
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
