package org.khet.kit.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.contracts.events.EventJson;
import org.khet.kit.problem.ProblemException;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Makes feeds idempotent: a feed is identified by its {@code Idempotency-Key} if the sender gave one, and
 * always by the SHA-256 of its content within a scope (the school and round, or the area and year, it is
 * about). A feed seen before returns the stored result of its first processing and changes nothing.
 * The same key with other content is a 422: the sender reused a key by mistake.
 */
@ApplicationScoped
public class FeedReceipts {
    private final AgroalDataSource dataSource;

    public FeedReceipts(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Receipt(UUID id, String kind, String scope, String idempotencyKey, String sha256, int rows,
                          JsonNode result) {
    }

    public static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The earlier receipt of this feed, if it was processed before. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Receipt> find(String kind, String scope, String idempotencyKey, String sha256) {
        try (Connection c = dataSource.getConnection()) {
            if (idempotencyKey != null) {
                Optional<Receipt> byKey = one(c, "select id, kind, scope, idempotency_key, sha256, rows, result::text "
                        + "from feed_receipt where kind = ? and idempotency_key = ?", kind, idempotencyKey);
                if (byKey.isPresent()) {
                    if (!byKey.get().sha256().equals(sha256)) {
                        throw ProblemException.unprocessable("Idempotency-Key '" + idempotencyKey
                                + "' was already used for a different " + kind + " feed; use a new key for new content", null);
                    }
                    return byKey;
                }
            }
            return one(c, "select id, kind, scope, idempotency_key, sha256, rows, result::text "
                    + "from feed_receipt where kind = ? and scope = ? and sha256 = ?", kind, scope, sha256);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read feed receipts", e);
        }
    }

    /**
     * As {@link #find}, inside the caller's transaction and after waiting for any other transaction processing the
     * same feed (same kind, scope and content) to end: the same feed sent twice at once — a retry after a gateway
     * timeout while the first is still being stored, a double click — is stored by the first and replayed to the
     * second, instead of both storing it and the second failing on the data's keys. The lock is PostgreSQL's
     * transaction-scoped advisory lock on a hash of the three; a hash collision only makes two feeds wait in turn.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Receipt> awaitAndFind(String kind, String scope, String idempotencyKey, String sha256) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            ps.setString(1, kind + "\n" + scope + "\n" + sha256);
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot wait for the same feed's other request", e);
        }
        return find(kind, scope, idempotencyKey, sha256);
    }

    /** Records a processed feed in the caller's transaction (with the data it stored). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Receipt record(String kind, String scope, String idempotencyKey, String sha256, int rows, Object result) {
        return record(UUID.randomUUID(), kind, scope, idempotencyKey, sha256, rows, result);
    }

    /** Records a processed feed under a receipt id chosen by the caller (who has already put it in its result). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Receipt record(UUID id, String kind, String scope, String idempotencyKey, String sha256, int rows,
                          Object result) {
        String json = EventJson.write(result);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("insert into feed_receipt (id, kind, scope, idempotency_key, sha256, rows, result) "
                     + "values (?, ?, ?, ?, ?, ?, cast(? as jsonb))")) {
            ps.setObject(1, id);
            ps.setString(2, kind);
            ps.setString(3, scope);
            ps.setString(4, idempotencyKey);
            ps.setString(5, sha256);
            ps.setInt(6, rows);
            ps.setString(7, json);
            ps.executeUpdate();
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw ProblemException.conflict("the same " + kind + " feed is being processed by another request");
            }
            throw new IllegalStateException("cannot record feed receipt", e);
        }
        return new Receipt(id, kind, scope, idempotencyKey, sha256, rows, EventJson.MAPPER.valueToTree(result));
    }

    private static Optional<Receipt> one(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(new Receipt(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getInt(6), EventJson.MAPPER.readTree(rs.getString(7))));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
