package org.khet.testkit;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Counts a service's outbox rows (every event it has written, published to Kafka yet or not), for tests that
 * check that a write published exactly the events it should, and none for a write that changed nothing.
 */
public final class OutboxRows {
    private OutboxRows() {
    }

    /** Rows matching {@code condition} (SQL over outbox_event's columns, with ? for {@code args}). */
    public static long count(DataSource db, String condition, Object... args) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from outbox_event where " + condition)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count outbox rows where " + condition, e);
        }
    }
}
