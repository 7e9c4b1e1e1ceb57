package org.khet.kit.changes;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.khet.contracts.events.EventJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the outbox as a change feed: events by position, which is commit order, with a cursor to resume from. */
@ApplicationScoped
public class ChangeFeed {
    public static final int MAX_LIMIT = 1000;

    private final AgroalDataSource dataSource;

    public ChangeFeed(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Change(long position,
                         @org.eclipse.microprofile.openapi.annotations.media.Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                                 description = "The event as a CloudEvents 1.0 JSON object") JsonNode event) {
    }

    /**
     * @param after    the last position the reader has (0 for the beginning)
     * @param limit    at most this many events
     * @param areaCode only events of this area, or all when null
     * @param type     only events of this type, or all when null
     */
    public record Page(List<Change> changes, long next, boolean hasMore) {
    }

    public Page read(long after, int limit, String areaCode, String type) {
        String sql = "select position, payload::text from outbox_event where position > ?"
                + (areaCode == null ? "" : " and area_code = ?")
                + (type == null ? "" : " and type = ?")
                + " order by position limit ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setLong(i++, after);
            if (areaCode != null) {
                ps.setString(i++, areaCode);
            }
            if (type != null) {
                ps.setString(i++, type);
            }
            ps.setInt(i, limit + 1);
            List<Change> changes = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changes.add(new Change(rs.getLong(1), EventJson.MAPPER.readTree(rs.getString(2))));
                }
            }
            boolean more = changes.size() > limit;
            if (more) {
                changes = changes.subList(0, limit);
            }
            long next = changes.isEmpty() ? after : changes.get(changes.size() - 1).position();
            return new Page(changes, next, more);
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot read the change feed", e);
        }
    }
}
