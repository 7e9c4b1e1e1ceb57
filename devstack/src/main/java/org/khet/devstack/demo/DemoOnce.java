package org.khet.devstack.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Whether {@code ./khet up} may load a demo dataset: only into an empty installation, and only once, so the demo
 * never overwrites what a user changed afterwards. The decision is kept in the installation's own PostgreSQL (table
 * {@code khet_demo_load} of the {@code postgres} database), so it lives and dies with the data: delete
 * {@code .khet/} and the next {@code up} loads the demo again.
 * <ul>
 *   <li>recorded as loaded → skip;</li>
 *   <li>recorded as started but not finished (an interrupted load) → load again: the loader is idempotent and only
 *   completes what is missing of the demo's own data;</li>
 *   <li>not recorded, and school-service already holds org units other than the root OBEC (loaded by an older {@code ./khet}, or entered by a
 *   user) → recorded as found, skipped;</li>
 *   <li>not recorded, empty → recorded as started, loaded, then recorded as loaded ({@code finish}).</li>
 * </ul>
 * Usage: {@code DemoOnce start|finish <pg-port> <dataset>}; {@code start} prints {@code load} or {@code skip: why}.
 */
public final class DemoOnce {
    static final String USER = "khet";
    static final String PASSWORD = "khet";

    private final String host;
    private final int port;

    public DemoOnce(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !(args[0].equals("start") || args[0].equals("finish"))) {
            System.err.println("usage: DemoOnce start|finish <pg-port> <dataset>");
            System.exit(2);
        }
        DemoOnce once = new DemoOnce("127.0.0.1", Integer.parseInt(args[1]));
        if (args[0].equals("start")) {
            System.out.println(once.start(args[2]));
        } else {
            once.finish(args[2]);
        }
    }

    /** {@code "load"}, or {@code "skip: <why>"}; a "load" is recorded as started. */
    public String start(String dataset) throws SQLException {
        try (Connection c = connect("postgres")) {
            ensureTable(c);
            try (PreparedStatement ps = c.prepareStatement(
                    "select loaded_at, found_data, started_at from khet_demo_load where dataset = ?")) {
                ps.setString(1, dataset);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        if (rs.getObject(1) == null) {
                            return "load";
                        }
                        return rs.getBoolean(2)
                                ? "skip: the installation held data before the demo was first offered (" + rs.getString(3) + ")"
                                : "skip: the demo was loaded on " + rs.getString(1) + "; later changes are kept";
                    }
                }
            }
            boolean hasData = schoolServiceHasData();
            try (PreparedStatement ps = c.prepareStatement("insert into khet_demo_load (dataset, found_data, loaded_at) "
                    + "values (?, ?, case when ? then now() end) on conflict do nothing")) {
                ps.setString(1, dataset);
                ps.setBoolean(2, hasData);
                ps.setBoolean(3, hasData);
                ps.executeUpdate();
            }
            return hasData ? "skip: the installation already holds data; the demo is loaded only into an empty one" : "load";
        }
    }

    public void finish(String dataset) throws SQLException {
        try (Connection c = connect("postgres")) {
            ensureTable(c);
            try (PreparedStatement ps = c.prepareStatement("insert into khet_demo_load (dataset, found_data, loaded_at) "
                    + "values (?, false, now()) on conflict (dataset) do update set loaded_at = now()")) {
                ps.setString(1, dataset);
                ps.executeUpdate();
            }
        }
    }

    private boolean schoolServiceHasData() throws SQLException {
        try (Connection c = connect("school"); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select to_regclass('public.org_unit') is not null")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return false;
                }
            }
            // school-service registers the directory's root (OBEC) itself when it first starts: that is not data
            try (ResultSet rs = s.executeQuery("select exists (select 1 from org_unit where kind <> 'OBEC')")) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void ensureTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create table if not exists khet_demo_load (dataset text primary key, "
                    + "started_at timestamptz not null default now(), loaded_at timestamptz, found_data boolean not null)");
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, USER, PASSWORD);
    }
}
