package org.khet.kit.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.Topics;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TopicReader;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
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

/**
 * The relay woken by commits (ADR 0029), with a poll interval of an hour so that nothing but the wake-up and the
 * retry of held-back rows can publish within the test: a committed write is published; rows an older, still running
 * transaction holds back (the snapshot rule) are published once it ends although it wrote no outbox row and so woke
 * nothing; concurrent writers keep each aggregate's order on Kafka and the change feed gap-free.
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
