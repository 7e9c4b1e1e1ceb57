package org.khet.kit.outbox;

import static org.awaitility.Awaitility.await;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.Topics;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TopicReader;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.DoublePredicate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

/** The outbox against the real PostgreSQL and the real broker process. */
@QuarkusTest
class OutboxTest {

    @Inject
    OutboxRelay relay;
    @Inject
    AgroalDataSource dataSource;

    private static void create(String name, boolean fail) {
        given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\",\"size\":1}")
                .post("/test/widgets?fail=" + fail)
                .then().statusCode(fail ? 409 : 201);
    }

    private static List<TopicReader.Received> read(String aggregateId, int expected, Duration timeout) {
        return TopicReader.await(KafkaResource.broker().bootstrapServers(), Topics.SCHOOL,
                e -> aggregateId.equals(e.subject()), expected, timeout);
    }

    @Test
    void aCommittedWritePublishesExactlyOneEvent() {
        String name = "ร.ร.บ้านทุ่ง-" + UUID.randomUUID();
        create(name, false);
        List<TopicReader.Received> got = read(name, 1, Duration.ofSeconds(30));
        assertEquals(1, got.size(), "exactly one event");
        TopicReader.Received r = got.get(0);
        assertEquals(name, r.key(), "the aggregate id is the Kafka key");
        assertEquals("school.WidgetCreated.v1", r.event().type());
        assertEquals("/khet/school", r.event().source());
        assertEquals("5602", r.event().areacode());
        assertEquals(name, r.event().data().get("name").asText(), "Thai text intact");
    }

    @Test
    void aRolledBackWritePublishesNothing() {
        String failed = "rollback-" + UUID.randomUUID();
        create(failed, true);
        // a committed write after it: once its event is on the topic, the relay has passed the failed one
        String marker = "after-rollback-" + UUID.randomUUID();
        create(marker, false);
        assertEquals(1, read(marker, 1, Duration.ofSeconds(30)).size());
        assertEquals(0, read(failed, 1, Duration.ofSeconds(2)).size(), "no event for a rolled-back write");
        given().get("/v1/changes?limit=1000&type=school.WidgetCreated.v1").then().statusCode(200)
                .body("changes.event.subject", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(failed)));
    }

    @Test
    void eventsWrittenDuringABrokerOutageAreDeliveredInOrderAfterwards() {
        String widget = "outage-" + UUID.randomUUID();
        create(widget, false);
        assertEquals(1, read(widget, 1, Duration.ofSeconds(30)).size());
        String id = given().get("/test/widgets?size=500").then().extract().jsonPath()
                .getString("items.find { it.name == '" + widget + "' }.id");

        KafkaResource.broker().stop();
        List<Integer> sizes = new ArrayList<>();
        try {
            for (int i = 2; i <= 6; i++) {
                given().contentType(ContentType.JSON).body("{\"name\":\"" + widget + "\",\"size\":" + i + "}")
                        .put("/test/widgets/" + id).then().statusCode(200);
                sizes.add(i);
            }
            // the writes are committed and waiting in the outbox while the broker is down: the relay's failed
            // rounds still tell the metrics how many wait and for how long, and record the failure on the row
            awaitMetric("khet_outbox_backlog", v -> v >= 5, Duration.ofSeconds(30));
            awaitMetric("khet_outbox_oldest_age_seconds", v -> v > 0, Duration.ofSeconds(30));
            awaitTrue(() -> lastError(widget) != null, Duration.ofSeconds(30), "the failed attempt is recorded");
            // a round that reads, sends and sequences in one transaction (ADR 0043) still sequences what the broker
            // did not take: the change feed goes on during the outage
            awaitTrue(() -> sequenced(widget) == 6, Duration.ofSeconds(30), "every event in the change feed");
        } finally {
            KafkaResource.broker().start();
        }
        List<TopicReader.Received> got = TopicReader.await(KafkaResource.broker().bootstrapServers(), Topics.SCHOOL,
                e -> widget.equals(e.subject()) && e.type().equals("school.WidgetChanged.v1"), 5, Duration.ofSeconds(90));
        List<Integer> delivered = got.stream().map(r -> r.event().data().get("size").asInt()).distinct().toList();
        assertEquals(sizes, delivered, "every change delivered, in the order written");
        awaitMetric("khet_outbox_backlog", v -> v == 0, Duration.ofSeconds(30));
        awaitMetric("khet_outbox_oldest_age_seconds", v -> v == 0, Duration.ofSeconds(30));
        assertNull(lastError(widget), "a delivered event keeps no error");
    }

    @Test
    void failedRoundsBackOffExponentiallyUpToTheConfiguredMaximum() {
        // src/test/resources/application.properties: initial-backoff=200ms, max-backoff=1s
        assertEquals(Duration.ofMillis(200), relay.backoff(1));
        assertEquals(Duration.ofMillis(400), relay.backoff(2));
        assertEquals(Duration.ofMillis(800), relay.backoff(3));
        assertEquals(Duration.ofSeconds(1), relay.backoff(4));
        assertEquals(Duration.ofSeconds(1), relay.backoff(40), "no overflow after many failures");
    }

    /** How many of a widget's outbox rows have their position in the change feed. */
    private int sequenced(String widgetName) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from outbox_event where aggregate_id = ? and position is not null")) {
            ps.setString(1, widgetName);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The errors recorded on a widget's outbox rows (the aggregate id is the widget's name), or null. */
    private String lastError(String widgetName) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select string_agg(last_error, '; ') from outbox_event where aggregate_id = ?")) {
            ps.setString(1, widgetName);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double metric(String name) {
        return given().get("/q/metrics").then().statusCode(200).extract().body().asString().lines()
                .filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not exported"));
    }

    private static void awaitMetric(String name, DoublePredicate expected, Duration timeout) {
        awaitTrue(() -> expected.test(metric(name)), timeout, name + " (last value " + metric(name) + ")");
    }

    private static void awaitTrue(BooleanSupplier condition, Duration timeout, String what) {
        await(what).atMost(timeout).until(condition::getAsBoolean);
    }

    @Test
    void theChangeFeedServesEventsInPositionOrderWithACursor() {
        String a = "feed-a-" + UUID.randomUUID();
        String b = "feed-b-" + UUID.randomUUID();
        create(a, false);
        create(b, false);
        read(b, 1, Duration.ofSeconds(30));
        // the whole feed, page by page (other tests of this class' database write thousands of events)
        List<Long> positions = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        long after = 0;
        while (true) {
            var page = given().get("/v1/changes?after=" + after + "&limit=1000").then().statusCode(200).extract().jsonPath();
            positions.addAll(page.getList("changes.position", Long.class));
            subjects.addAll(page.getList("changes.event.subject"));
            after = page.getLong("next");
            if (!page.getBoolean("hasMore")) {
                break;
            }
        }
        for (int i = 1; i < positions.size(); i++) {
            assertEquals(positions.get(i - 1) + 1, positions.get(i), "positions are gap-free and increasing");
        }
        assertTrue(subjects.indexOf(a) >= 0, "a is in the feed");
        assertTrue(subjects.indexOf(a) < subjects.indexOf(b), "a before b");
        long posA = positions.get(subjects.indexOf(a));
        var rest = given().get("/v1/changes?after=" + posA + "&limit=1").then().statusCode(200).extract().jsonPath();
        assertEquals(posA + 1, rest.getLong("changes[0].position"));
        assertEquals(posA + 1, rest.getLong("next"));
    }
}
