package org.khet.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dev stack's PostgreSQL acknowledges a commit only once it is on disk (ADR 0016). */
class PostgresServerTest {

    @Test
    void theDevServerRunsWithProductionDurability(@TempDir Path dir) throws Exception {
        int port = freePort();
        try (EmbeddedPostgres pg = PostgresServer.start(dir.resolve("pg"), port)) {
            PostgresServer.ensureDatabases(pg, List.of("school"));
            try (Connection c = pg.getDatabase("postgres", "school").getConnection(); Statement s = c.createStatement()) {
                // zonky's builder defaults are synchronous_commit=off and -F (fsync off): a crash loses acknowledged commits
                assertEquals("on", show(s, "synchronous_commit"));
                assertEquals("on", show(s, "fsync"));
                assertEquals("on", show(s, "full_page_writes"));
            }
        }
    }

    /**
     * ./khet runs PostgreSQL from the command {@code --prepare} returns, without a JVM: that command must bring up
     * the same server, with the databases prepared and the same durability, on any port the caller adds.
     */
    @Test
    void thePreparedCommandRunsTheSameServerWithoutAJvm(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        List<String> command = PostgresServer.prepare(data, freePort(), List.of("school", "report"));
        String binary = command.stream().filter(w -> w.endsWith("/postgres")).findFirst().orElseThrow();
        assertTrue(Files.isExecutable(Path.of(binary)), binary);
        assertFalse(command.contains("-p"), "the port is the caller's: " + command);
        assertTrue(command.containsAll(List.of("-D", data.toAbsolutePath().toString())), command.toString());
        assertFalse(Files.exists(data.resolve("postmaster.pid")), "prepare stops the server it started");

        int port = freePort();
        List<String> run = new ArrayList<>(command);
        run.addAll(List.of("-p", String.valueOf(port), "--khetdev.component=postgres"));
        Process server = new ProcessBuilder(run).redirectErrorStream(true)
                .redirectOutput(dir.resolve("postgres.log").toFile()).start();
        try {
            try (Connection c = connect(port, "report", server, dir.resolve("postgres.log"));
                 Statement s = c.createStatement()) {
                assertEquals("on", show(s, "synchronous_commit"));
                assertEquals("on", show(s, "fsync"));
                assertEquals("on", show(s, "full_page_writes"));
                assertEquals("300", show(s, "max_connections"));
                assertEquals("postgres", show(s, "khetdev.component"), "the marker ./khet finds its server by");
                try (ResultSet rs = s.executeQuery("select count(*) from pg_database where datname in ('school', 'report')")) {
                    rs.next();
                    assertEquals(2, rs.getInt(1));
                }
            }
        } finally {
            server.destroy();   // SIGTERM: PostgreSQL's smart shutdown, no client is left
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "PostgreSQL stops on SIGTERM");
        }
    }

    private static Connection connect(int port, String db, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + db,
                        PostgresServer.USER, PostgresServer.PASSWORD);
            } catch (SQLException e) {
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("PostgreSQL did not answer (alive: " + server.isAlive() + "); its log:\n"
                            + Files.readString(log), e);
                }
                Thread.sleep(100);
            }
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String show(Statement s, String setting) throws Exception {
        try (ResultSet rs = s.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
