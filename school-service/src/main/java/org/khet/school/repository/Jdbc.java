package org.khet.school.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.kit.sql.Sql;

import java.util.List;

/**
 * The kit's {@link Sql} under the name school-service's older code knows it by: it delegates every call. New code
 * injects {@link Sql} itself.
 */
@ApplicationScoped
public class Jdbc {
    private final Sql sql;

    public Jdbc(Sql sql) {
        this.sql = sql;
    }

    @FunctionalInterface
    public interface RowMapper<T> extends Sql.RowMapper<T> {
    }

    @FunctionalInterface
    public interface ConnectionWork<T> extends Sql.ConnectionWork<T> {
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        return this.sql.query(sql, mapper, args);
    }

    public int update(String sql, Object... args) {
        return this.sql.update(sql, args);
    }

    public <T> T with(ConnectionWork<T> work) {
        return sql.with(work);
    }
}
