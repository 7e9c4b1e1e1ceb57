package org.khet.kit.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.CloudEvent;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.Topics;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TopicReader;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relay woken by commits (ADR 0029), with a poll interval of an hour so that nothing but the wake-up can publish
 * within the test: a committed write is published; an older transaction still running holds nothing back and the feed
 * is in commit order (ADR 0040); concurrent writers keep each aggregate's order on Kafka and the change feed gap-free.
 */
@QuarkusTest
@TestProfile(RelayWakeTest.HourlyPoll.class)
class RelayWakeTest {
    public static class HourlyPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("khet.outbox.poll-interval", "1h");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    static long create(String name) {
        return given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\",\"size\":0}")
                .post("/test/widgets?fail=false").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void resize(long id, String name, int size) {
        given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\",\"size\":" + size + "}")
                .put("/test/widgets/" + id).then().statusCode(200);
    }

    static List<TopicReader.Received> read(Set<String> widgets, int expected) {
        return TopicReader.await(KafkaResource.broker().bootstrapServers(), Topics.SCHOOL,
                e -> widgets.contains(e.subject()), expected, Duration.ofSeconds(60));
    }

    @Test
    void aCommitWakesTheRelay() {
        String a = "wake-" + UUID.randomUUID();
        create(a);
        assertEquals(1, read(Set.of(a), 1).size(), "published without waiting for the hourly poll");
        // and again once the relay has gone back to waiting
        String b = "wake-again-" + UUID.randomUUID();
        create(b);
        assertEquals(1, read(Set.of(b), 1).size());
    }

    /**
     * ADR 0040: a committed row is sequenced and published at once, though a transaction older than its own still runs
     * (ADR 0002's rule held it back until that one ended: {@link RelayOlderTransactionsTest}); and a row that commits
     * later gets a later position, though its transaction is the older one: the feed is in commit order.
     */
    @Test
    void anOlderTransactionStillRunningHoldsNothingBackAndTheFeedIsInCommitOrder() throws Exception {
        String w = "not-held-" + UUID.randomUUID();
        String late = "late-" + UUID.randomUUID();
        try (Connection older = dataSource.getConnection()) {
            older.setAutoCommit(false);
            insertOutboxRow(older, late); // the older transaction: its row has the smaller txid
            create(w);                    // a younger transaction, committed first
            assertEquals(1, read(Set.of(w), 1).size(), "published while the older transaction still runs");
            older.commit(); // wrote no row through Outbox: a later commit wakes the relay (the poll is hourly)
        }
        create("wake-" + UUID.randomUUID());
        long first = awaitPosition(w);
        long second = awaitPosition(late);
        assertTrue(first < second, "the row committed first has the lower position: " + first + " < " + second);
    }

    /** An outbox row as {@code Outbox} writes one, in the caller's open transaction, on a topic nobody consumes. */
    static void insertOutboxRow(Connection c, String subject) throws Exception {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into outbox_event (id, aggregate_type, aggregate_id, type, topic, occurred_at, payload)
                values (?::uuid, 'Widget', ?, 'school.WidgetCreated.v1', 'khet.test-commit-order', now(), cast(? as json))""")) {
            ps.setString(1, id);
            ps.setString(2, subject);
            ps.setString(3, EventJson.write(new CloudEvent("1.0", id, "/khet/school", "school.WidgetCreated.v1", subject,
                    OffsetDateTime.now(), "application/json", null, null, null, null,
                    EventJson.MAPPER.createObjectNode().put("name", subject))));
            ps.executeUpdate();
        }
    }

    long awaitPosition(String aggregate) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "select position from outbox_event where aggregate_id = ? and position is not null")) {
                ps.setString(1, aggregate);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError(aggregate + " was never sequenced");
    }

    @Test
    void concurrentWritersKeepEachAggregatesOrder() throws Exception {
        int writers = 6;
        int changes = 15;
        List<String> names = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String name = "order-" + i + "-" + UUID.randomUUID();
                names.add(name);
                done.add(pool.submit(() -> {
                    long id = create(name);
                    for (int s = 1; s <= changes; s++) {
                        resize(id, name, s);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<TopicReader.Received> got = read(Set.copyOf(names), writers * (changes + 1));
        assertEquals(writers * (changes + 1), got.size(), "every event once");
        for (String name : names) {
            List<Integer> sizes = got.stream().filter(r -> r.event().subject().equals(name))
                    .map(r -> r.event().data().get("size").asInt()).toList();
            List<Integer> expected = new ArrayList<>();
            for (int s = 0; s <= changes; s++) {
                expected.add(s);
            }
            assertEquals(expected, sizes, name + "'s events in the order written");
        }
        // the change feed: these events at gap-free positions, each widget's in its order
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     select count(*), count(distinct position), max(position) - min(position) + 1
                       from outbox_event where position >= (select min(position) from outbox_event
                                                             where aggregate_id like 'order-%' and position is not null)""")) {
            rs.next();
            assertEquals(rs.getLong(1), rs.getLong(2), "one row per position");
            assertEquals(rs.getLong(1), rs.getLong(3), "no gap");
        }
        for (String name : names) {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "select (payload->'data'->>'size')::int from outbox_event where aggregate_id = ? order by position")) {
                ps.setString(1, name);
                int expected = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        assertEquals(expected++, rs.getInt(1), name + " in the feed");
                    }
                }
                assertEquals(changes + 1, expected);
            }
        }
    }
}
