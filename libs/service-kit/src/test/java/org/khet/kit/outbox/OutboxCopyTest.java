package org.khet.kit.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.Topics;
import org.khet.kit.changes.ChangeFeed;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TopicReader;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox's two ways of writing many events — a batch of inserts, and one COPY from {@link Outbox#COPY_FROM}
 * events on — store the same rows: every column, the payload's content and the insertion order, for text that COPY's
 * format must escape (backslash, tab, newline, a control character JSON escapes, Thai, an emoji) and absent values.
 * The payload is kept as the JSON text the service wrote (ADR 0042): it reads back, reaches Kafka and the change feed
 * byte for byte.
 */
@QuarkusTest
class OutboxCopyTest {
    @Inject
    Outbox outbox;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ChangeFeed changes;

    record Pupil(String grade, int students) {
    }

    record Payload(String nameTh, String note, BigDecimal amount, LocalDate snapshotDate, List<Pupil> grades,
                   String absent) {
    }

    /** Events of several aggregates, areas and years, some fields absent, in a deliberate order. */
    private List<Outbox.Prepared> events(int n) {
        List<Outbox.Prepared> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Outbox.Subject subject = Outbox.Subject.of("EnrolmentRound", "area-" + (i % 3));
            if (i % 2 == 0) {
                subject = subject.area("56" + (10 + i % 5)).academicYear(2566);
            } else if (i % 3 == 0) {
                subject = subject.fiscalYear(2567);
            }
            Payload p = new Payload("โรงเรียนบ้านทุ่ง " + i, "back\\slash \"quoted\"\ttab\nline\u0001 \uD83C\uDF93 ๒๕๖๖",
                    new BigDecimal("1234567.89").add(BigDecimal.valueOf(i)), LocalDate.of(2023, 6, 10),
                    List.of(new Pupil("P1", 10 + i), new Pupil("M6", i)), null);
            out.add(outbox.prepare("school.WidgetCreated.v1", subject, p, i % 4 == 0 ? null : "ครู ทดสอบ (area-officer @ 5602)"));
        }
        return out;
    }

    /** What the rows of {@code ids} hold, in insertion order: every column but the database's own. */
    private List<String> rows(List<UUID> ids) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     select id, aggregate_type, aggregate_id, type, topic, area_code, fiscal_year, academic_year,
                            occurred_at, payload::text, position, published_at, attempts, txid = pg_current_xact_id()
                       from outbox_event where id = any(?) order by seq""")) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 1; i <= 14; i++) {
                        sb.append(i == 1 ? "" : " | ").append(rs.getString(i));
                    }
                    out.add(sb.toString());
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code work} in a transaction that is then rolled back, and answers what it read. */
    private List<String> inRolledBack(Consumer<List<String>> work) {
        List<String> read = new ArrayList<>();
        assertThrows(Rollback.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            work.accept(read);
            throw new Rollback();
        }));
        return read;
    }

    static final class Rollback extends RuntimeException {
    }

    @Test
    void copiedEventsAreTheBatchedOnesRowForRow() {
        List<Outbox.Prepared> events = events(Outbox.COPY_FROM + 10);
        List<UUID> ids = events.stream().map(Outbox.Prepared::id).toList();
        // the same prepared events written each way in a transaction that is rolled back (so the ids can be reused)
        List<String> batched = inRolledBack(read -> {
            outbox.insert(events);
            read.addAll(rows(ids));
        });
        List<String> copied = inRolledBack(read -> {
            outbox.copy(events);
            read.addAll(rows(ids));
        });
        assertEquals(events.size(), batched.size(), "every event written by the batch");
        assertEquals(batched, copied, "COPY stores what the batch stores, in the same order");
        // and what is stored is the event as prepared: its JSON read back equals the JSON written
        List<String> payloads = inRolledBack(read -> {
            outbox.publishAll(events);
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("select payload::text from outbox_event where id = ?")) {
                ps.setObject(1, events.get(1).id());
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next(), "publishAll wrote the event");
                    read.add(rs.getString(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(events.get(1).json(), payloads.get(0), "the payload is stored as the JSON written, byte for byte");
        var stored = EventJson.read(payloads.get(0));
        var sent = EventJson.read(events.get(1).json());
        assertEquals(sent, stored, "the envelope as prepared");
        assertEquals("back\\slash \"quoted\"\ttab\nline\u0001 \uD83C\uDF93 ๒๕๖๖", stored.data().get("note").asText());
        assertEquals("1234568.89", stored.data().get("amount").decimalValue().toPlainString(), "1234567.89 + 1, exact");
        assertTrue(stored.data().get("absent").isNull(), "a null field is written as null, as before");
        assertEquals("2023-06-10", stored.data().get("snapshotDate").asText());
    }

    @Test
    void copiedEventsGoWithARolledBackTransaction() {
        List<Outbox.Prepared> events = events(40);
        List<UUID> ids = events.stream().map(Outbox.Prepared::id).toList();
        List<String> inside = inRolledBack(read -> {
            outbox.publishAll(events);
            read.addAll(rows(ids));
        });
        assertEquals(40, inside.size(), "written inside the transaction");
        assertEquals(List.of(), QuarkusTransaction.requiringNew().call(() -> rows(ids)), "nothing left after the rollback");
    }

    /**
     * A large event (a national feed's are ~60 KB: far above the ~2 KB PostgreSQL moves out of the row) and a small
     * one, written by COPY and committed: the table holds each as the JSON written (json, the large one uncompressed),
     * the relay sends exactly those bytes to Kafka, in the order written, and the change feed answers the same events.
     */
    @Test
    void committedEventsReachKafkaAndTheChangeFeedAsWritten() throws Exception {
        String aggregate = "json-" + UUID.randomUUID();
        List<Pupil> pupils = IntStream.range(0, 2000)
                .mapToObj(i -> new Pupil(i % 2 == 0 ? "ป." + (i % 6 + 1) : "M6\t\"" + i + "\\", i)).toList();
        Payload large = new Payload("โรงเรียนบ้านทุ่ง \uD83C\uDF93", "back\\slash \"quoted\"\ttab\nline\u0001 ๒๕๖๖",
                new BigDecimal("1234567.89"), LocalDate.of(2023, 6, 10), pupils, null);
        Payload small = new Payload("เล็ก", "", BigDecimal.ONE, null, List.of(), null);
        List<Outbox.Prepared> events = List.of(
                outbox.prepare("school.WidgetCreated.v1", Outbox.Subject.of("Widget", aggregate).area("5602"), large, "ครู ทดสอบ"),
                outbox.prepare("school.WidgetCreated.v1", Outbox.Subject.of("Widget", aggregate).area("5602"), small, null));
        assertTrue(events.get(0).json().length() > 40_000, "large: " + events.get(0).json().length() + " characters");
        QuarkusTransaction.requiringNew().run(() -> outbox.publishAll(events));

        for (Outbox.Prepared e : events) {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "select payload::text, pg_typeof(payload)::text, pg_column_compression(payload) from outbox_event where id = ?")) {
                ps.setObject(1, e.id());
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next(), "committed");
                    assertEquals(e.json(), rs.getString(1), "stored byte for byte");
                    assertEquals("json", rs.getString(2));
                    assertNull(rs.getString(3), "stored uncompressed");
                }
            }
        }
        List<TopicReader.Received> sent = TopicReader.await(KafkaResource.broker().bootstrapServers(), Topics.SCHOOL,
                e -> aggregate.equals(e.subject()), 2, Duration.ofSeconds(60));
        assertEquals(events.stream().map(Outbox.Prepared::json).toList(), sent.stream().map(TopicReader.Received::value).toList(),
                "the relay sends the JSON written, byte for byte, in the order written");

        long first;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select min(position) from outbox_event where aggregate_id = ?")) {
            ps.setString(1, aggregate);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                first = rs.getLong(1);
            }
        }
        ChangeFeed.Page page = changes.read(first - 1, 2, "5602", "school.WidgetCreated.v1");
        assertEquals(List.of(EventJson.MAPPER.readTree(events.get(0).json()), EventJson.MAPPER.readTree(events.get(1).json())),
                page.changes().stream().map(ChangeFeed.Change::event).toList(), "the change feed answers the same events");
    }
}
