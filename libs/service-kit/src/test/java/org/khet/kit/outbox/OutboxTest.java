package org.khet.kit.outbox;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.Topics;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TopicReader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

/** The outbox against the real PostgreSQL and the real broker process. */
@QuarkusTest
class OutboxTest {

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
            // the writes are committed and waiting in the outbox while the broker is down
            Integer backlog = given().get("/q/metrics").then().extract().body().asString().lines()
                    .filter(l -> l.startsWith("khet_outbox_backlog"))
                    .map(l -> (int) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(-1);
            assertTrue(backlog >= 0, "the backlog metric is exported");
        } finally {
            KafkaResource.broker().start();
        }
        List<TopicReader.Received> got = TopicReader.await(KafkaResource.broker().bootstrapServers(), Topics.SCHOOL,
                e -> widget.equals(e.subject()) && e.type().equals("school.WidgetChanged.v1"), 5, Duration.ofSeconds(90));
        List<Integer> delivered = got.stream().map(r -> r.event().data().get("size").asInt()).distinct().toList();
        assertEquals(sizes, delivered, "every change delivered, in the order written");
    }

    @Test
    void theChangeFeedServesEventsInPositionOrderWithACursor() {
        String a = "feed-a-" + UUID.randomUUID();
        String b = "feed-b-" + UUID.randomUUID();
        create(a, false);
        create(b, false);
        read(b, 1, Duration.ofSeconds(30));
        var all = given().get("/v1/changes?after=0&limit=1000").then().statusCode(200).extract().jsonPath();
        List<Long> positions = all.getList("changes.position", Long.class);
        for (int i = 1; i < positions.size(); i++) {
            assertEquals(positions.get(i - 1) + 1, positions.get(i), "positions are gap-free and increasing");
        }
        List<String> subjects = all.getList("changes.event.subject");
        assertTrue(subjects.indexOf(a) < subjects.indexOf(b), "a before b");
        long posA = positions.get(subjects.indexOf(a));
        var rest = given().get("/v1/changes?after=" + posA + "&limit=1").then().statusCode(200).extract().jsonPath();
        assertEquals(posA + 1, rest.getLong("changes[0].position"));
        assertEquals(posA + 1, rest.getLong("next"));
    }
}
