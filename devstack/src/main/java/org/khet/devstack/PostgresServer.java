package org.khet.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server from the zonky embedded binaries, run as a JVM of its own, with the data kept in a
 * directory between runs. Creates the role {@code khet} and one database per service when missing.
 * <p>
 * Usage: {@code PostgresServer <data-dir> <port> [database ...]}. Stops PostgreSQL cleanly on SIGTERM.
 * <p>
 * {@code PostgresServer --prepare <data-dir> <port> [database ...]} does the same once and stops again, printing the
 * command that runs this server without a JVM (one word a line after {@code command: }, the port left out; zonky's own
 * log lines may come between them): {@code ./khet} starts PostgreSQL
 * with it, so no launcher JVM stays resident beside the server (ADR 0036).
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
        if (args[0].equals("--prepare")) {
            List<String> rest = List.of(args).subList(1, args.length);
            if (rest.size() < 2) {
                System.err.println("usage: PostgresServer --prepare <data-dir> <port> [database ...]");
                System.exit(2);
            }
            Path dataDir = Path.of(rest.get(0)).toAbsolutePath();
            List<String> command = prepare(dataDir, Integer.parseInt(rest.get(1)), rest.subList(2, rest.size()));
            command.forEach(word -> System.out.println("command: " + word));
            return;
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

    /**
     * Makes {@code dataDir} ready to serve {@code databases} (the binaries unpacked, the cluster initialised, the role
     * and the databases created), stops the server again and returns the command PostgreSQL itself recorded for
     * this start ({@code postmaster.opts}: the binary, the data directory and {@link #DURABLE}'s settings), without
     * the port, which the caller adds. PostgreSQL refuses to run as root; as zonky does, the command then runs it in
     * a user namespace of its own ({@code unshare -Uu}), where it is not root.
     */
    public static List<String> prepare(Path dataDir, int port, List<String> databases) throws Exception {
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>();
        if (Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"))) {
            command.addAll(List.of("unshare", "-Uu"));
        }
        try (EmbeddedPostgres pg = start(dataDir, port)) {
            ensureDatabases(pg, databases);
            command.addAll(withoutPort(postmasterOpts(dataDir.resolve("postmaster.opts"))));
            return command;
        }
    }

    /** The words of PostgreSQL's {@code postmaster.opts} (the binary, then each option PostgreSQL quoted). */
    static List<String> postmasterOpts(Path file) throws IOException {
        String line = Files.readString(file, StandardCharsets.UTF_8).strip();
        List<String> words = new ArrayList<>();
        int space = line.indexOf(' ');
        words.add(space < 0 ? line : line.substring(0, space));
        Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(space < 0 ? "" : line.substring(space));
        while (quoted.find()) {
            words.add(quoted.group(1));
        }
        if (!Files.isExecutable(Path.of(words.get(0)))) {
            throw new IOException(file + " does not start with PostgreSQL's binary: " + line);
        }
        return words;
    }

    private static List<String> withoutPort(List<String> words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("-p")) {
                i++;
            } else {
                out.add(words.get(i));
            }
        }
        return out;
    }

    /** Creates the application role and the listed databases if they do not exist yet. */
    public static void ensureDatabases(EmbeddedPostgres pg, List<String> databases) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(c, "select 1 from pg_roles where rolname = ?", USER)) {
                // names and the password are constants of this class: DDL takes no parameters
                s.execute("create role " + USER + " login superuser password '" + PASSWORD + "'");
            }
            for (String db : databases) {
                if (!db.matches("[a-z][a-z0-9_]*")) {
                    throw new IllegalArgumentException("database name '" + db + "' is not a plain identifier");
                }
                if (!exists(c, "select 1 from pg_database where datname = ?", db)) {
                    s.execute("create database " + db + " owner " + USER + " encoding 'UTF8' template template0");
                }
            }
        }
    }

    private static boolean exists(Connection c, String sql, String value) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
