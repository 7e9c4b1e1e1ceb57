package org.khet.kit.consumer;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The idempotent-consumer log: {@link #firstDelivery} records an event id for a consumer in the caller's
 * transaction and says whether it is new. The effect of an event and its record commit or roll back together,
 * so a redelivered event finds its id and is skipped.
 */
@ApplicationScoped
public class ProcessedEvents {
    private final AgroalDataSource dataSource;

    public ProcessedEvents(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "insert into processed_event (consumer, event_id) values (?, ?) on conflict do nothing")) {
            ps.setString(1, consumer);
            ps.setString(2, eventId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record processed event " + eventId, e);
        }
    }

    /**
     * {@link #firstDelivery} for the events of a batch in one statement: records every id and answers those that were
     * not in the log yet (an id twice in the list is recorded, and answered, once).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> firstDeliveries(String consumer, List<String> eventIds) {
        Set<String> fresh = new HashSet<>();
        if (eventIds.isEmpty()) {
            return fresh;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     insert into processed_event (consumer, event_id)
                     select ?, id from unnest(?::text[]) as ids(id)
                     on conflict do nothing returning event_id""")) {
            ps.setString(1, consumer);
            ps.setArray(2, c.createArrayOf("text", eventIds.stream().distinct().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fresh.add(rs.getString(1));
                }
            }
            return fresh;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record " + eventIds.size() + " processed events", e);
        }
    }
}
