package org.khet.devstack.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khet.devstack.PostgresServer;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ./khet up loads the demo only into an empty installation, once; never over later changes. */
class DemoOnceTest {

    @Test
    void theDemoIsLoadedOnceIntoAnEmptyInstallationOnly(@TempDir Path dir) throws Exception {
        int port = freePort();
        try (EmbeddedPostgres pg = PostgresServer.start(dir.resolve("pg"), port)) {
            PostgresServer.ensureDatabases(pg, List.of("school"));
            DemoOnce once = new DemoOnce("127.0.0.1", port);
            assertEquals("load", once.start("phayao2-2566"), "an empty installation (school-service not even migrated)");
            // interrupted before finish: the next up completes it
            createOrgUnits(pg, true);
            assertEquals("load", once.start("phayao2-2566"), "an interrupted load is completed");
            once.finish("phayao2-2566");
            String again = once.start("phayao2-2566");
            assertTrue(again.startsWith("skip: the demo was loaded on"), again);
            assertTrue(once.start("phayao2-2566").startsWith("skip"), "and stays skipped");
        }
    }

    @Test
    void anInstallationWithDataGetsNoDemo(@TempDir Path dir) throws Exception {
        int port = freePort();
        try (EmbeddedPostgres pg = PostgresServer.start(dir.resolve("pg"), port)) {
            PostgresServer.ensureDatabases(pg, List.of("school"));
            createOrgUnits(pg, true);
            DemoOnce once = new DemoOnce("127.0.0.1", port);
            String first = once.start("phayao2-2566");
            assertTrue(first.startsWith("skip: the installation already holds data"), first);
            assertTrue(once.start("phayao2-2566").startsWith("skip: the installation held data"));
        }
    }

    @Test
    void theDirectorysRootAloneIsNotData(@TempDir Path dir) throws Exception {
        int port = freePort();
        try (EmbeddedPostgres pg = PostgresServer.start(dir.resolve("pg"), port)) {
            PostgresServer.ensureDatabases(pg, List.of("school"));
            createOrgUnits(pg, false);
            // what school-service holds once it has started on an empty database: OBEC, registered by the service
            try (Connection c = pg.getDatabase("postgres", "school").getConnection(); Statement s = c.createStatement()) {
                s.execute("insert into org_unit values ('obec', 'OBEC')");
            }
            assertEquals("load", new DemoOnce("127.0.0.1", port).start("phayao2-2566"));
        }
    }

    private static void createOrgUnits(EmbeddedPostgres pg, boolean withRow) throws Exception {
        try (Connection c = pg.getDatabase("postgres", "school").getConnection(); Statement s = c.createStatement()) {
            s.execute("create table if not exists org_unit (code text primary key, kind text not null)");
            if (withRow) {
                s.execute("insert into org_unit values ('5602', 'area') on conflict do nothing");
            }
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
