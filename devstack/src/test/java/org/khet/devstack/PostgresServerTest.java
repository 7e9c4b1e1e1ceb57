package org.khet.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dev stack's PostgreSQL acknowledges a commit only once it is on disk (ADR 0016). */
class PostgresServerTest {

    @Test
    void theDevServerRunsWithProductionDurability(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
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

    private static String show(Statement s, String setting) throws Exception {
        try (ResultSet rs = s.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
