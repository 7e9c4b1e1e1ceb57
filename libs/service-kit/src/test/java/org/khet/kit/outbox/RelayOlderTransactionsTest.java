package org.khet.kit.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.khet.kit.outbox.RelayWakeTest.create;
import static org.khet.kit.outbox.RelayWakeTest.read;

/**
 * ADR 0002's sequencing rule, kept behind {@code khet.outbox.wait-for-older-transactions=true} (the benchmark's "old"
 * mode): rows an older, still running transaction holds back are published once it ends, although it wrote no outbox
 * row and so woke nothing (the relay retries held-back rows after a short, growing pause).
 */
@QuarkusTest
@TestProfile(RelayOlderTransactionsTest.WaitForOlder.class)
class RelayOlderTransactionsTest {
    public static class WaitForOlder implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("khet.outbox.poll-interval", "1h", "khet.outbox.wait-for-older-transactions", "true");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void rowsHeldBackByAnOlderTransactionArePublishedWhenItEnds() throws Exception {
        String w = "held-" + UUID.randomUUID();
        try (Connection older = dataSource.getConnection(); Statement st = older.createStatement()) {
            older.setAutoCommit(false);
            try (ResultSet rs = st.executeQuery("select pg_current_xact_id()")) { // it now has a transaction id
                rs.next();
            }
            create(w); // commits after the older transaction began: the sequencer must not take it yet
            Thread.sleep(1000);
            try (Connection other = dataSource.getConnection(); PreparedStatement ps = other.prepareStatement(
                    "select count(*) from outbox_event where aggregate_id = ? and position is not null")) {
                ps.setString(1, w);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), "no position while an older transaction could still commit");
                }
            }
            older.commit(); // writes no outbox row: nothing wakes the relay but its retry of held-back rows
        }
        assertEquals(1, read(Set.of(w), 1).size(), "published after the older transaction ended");
    }
}
