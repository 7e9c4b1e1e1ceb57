package org.khet.kit.sql;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Set-based SQL and {@code COPY} on the service's data source, in the caller's transaction, with every value bound.
 * For what Panache's one-entity-at-a-time idiom does badly: look-ups of many codes at once, feeds that upsert or
 * replace thousands of rows, bulk loads.
 * <ul>
 *   <li>{@link #query} and {@link #update} bind their arguments as parameters ({@code ?}); an array argument is
 *       bound as a PostgreSQL array, so a set of values is one parameter: {@code where code = any(?)}, or rows as
 *       {@code select * from unnest(?::text[], ?::int[])} for an {@code insert … select … on conflict}.</li>
 *   <li>{@link #copy} streams rows into {@code COPY … FROM STDIN} (text format): each value is escaped by the COPY
 *       text-format rules by {@link CopyWriter}; no value is ever part of the SQL text, and the table and column
 *       names must be plain identifiers.</li>
 * </ul>
 * SQL text passed here is the caller's constant text: never build it from a value.
 */
@ApplicationScoped
public class Sql {
    /** A table or column name: {@code enrolment_grade}, or schema-qualified {@code public.enrolment_grade}. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

    /** The PostgreSQL element type of each Java array type {@link #query} and {@link #update} bind. */
    private static final Map<Class<?>, String> ARRAY_TYPES = Map.of(
            String[].class, "text",
            Integer[].class, "integer",
            Long[].class, "bigint",
            BigDecimal[].class, "numeric",
            Boolean[].class, "boolean",
            LocalDate[].class, "date");

    private final AgroalDataSource dataSource;

    public Sql(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    public interface ConnectionWork<T> {
        T run(Connection c) throws SQLException, IOException;
    }

    /** The rows of a query, each mapped; {@code args} bound in order (arrays as PostgreSQL arrays). */
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        return with(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, args);
                List<T> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(mapper.map(rs));
                    }
                }
                return out;
            }
        });
    }

    /** Runs an insert, update, delete or DDL statement; returns the rows it changed. */
    public int update(String sql, Object... args) {
        return with(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, args);
                return ps.executeUpdate();
            }
        });
    }

    /** Runs {@code work} on a connection of the caller's transaction (the same one the other calls use). */
    public <T> T with(ConnectionWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("database error: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Streams the rows {@code rows} writes into {@code table}'s {@code columns} with {@code COPY … FROM STDIN} in the
     * caller's transaction, without building them in memory; returns the number of rows copied.
     *
     * @throws IllegalArgumentException when a table or column name is not a plain lower-case identifier
     */
    public long copy(String table, List<String> columns, Consumer<CopyWriter> rows) {
        StringBuilder sql = new StringBuilder("copy ").append(identifier(table)).append(" (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(identifier(columns.get(i)));
        }
        sql.append(") from stdin");
        return with(c -> {
            CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql.toString());
            try {
                CopyWriter w = new CopyWriter(in, columns.size());
                rows.accept(w);
                w.flush();
                return in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        });
    }

    static String identifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain SQL identifier: '" + name + "'");
        }
        return name;
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Object[] array) {
                String type = ARRAY_TYPES.get(array.getClass());
                if (type == null) {
                    throw new IllegalArgumentException("cannot bind an array of " + array.getClass().getComponentType()
                            + "; bind one of " + ARRAY_TYPES.keySet().stream().map(Class::getSimpleName).sorted().toList());
                }
                ps.setArray(i + 1, ps.getConnection().createArrayOf(type, array));
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }
}
