package org.khet.school;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.CloudEvent;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.Topics;
import org.khet.kit.webhook.WebhookSignature;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TestTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Webhooks with real Kafka, PostgreSQL and an HTTP subscriber (ADR 0018): a subscriber that fails, then recovers, gets
 * every matching event of school-service's own writes and of another service's topic once, in order per aggregate,
 * each signed; the type and area filters hold; a subscriber that is down turns deliveries into dead letters, which a
 * replay delivers once it is back. Tokens are checked (SecuredRegistryFeedTest's profile): obec-admin only.
 */
@QuarkusTest
@TestProfile(SecuredRegistryFeedTest.Secured.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class WebhookDeliveryTest {
    private static final String SECRET = "ความลับของ สพฐ. 2566";
    private static final String ADMIN = "Bearer " + TestTokens.token("สพฐ.", "obec-admin", "obec");

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;
    @jakarta.inject.Inject
    org.khet.kit.webhook.WebhookDispatcher dispatcher;

    @Test
    void aSubscriberThatFailsThenRecoversGetsEveryMatchingEventOnceInOrderSigned() throws Exception {
        try (WebhookSubscriber subscriber = new WebhookSubscriber(3)) {
            String id = subscribe(subscriber.url(), List.of("school.DistrictChanged.*", "assessment.*"), List.of("9871"));
            area("9871");
            area("9872");
            // school-service's own writes: a district registered and renamed twice, another registered and renamed
            district("9871-01", "อำเภอเชียงม่วน");
            district("9871-01", "อำเภอเชียงม่วน (ใหม่)");
            district("9871-01", "อำเภอเชียงม่วน ปี 2566");
            district("9871-02", "อำเภอปง");
            district("9871-02", "อำเภอปงใหม่");
            district("9872-01", "อำเภออื่นนอกตัวกรอง");
            // another service's topic: two of 9871's test statistics, one of 9872's, a budget event of 9871
            String first = publish(Topics.ASSESSMENT, "assessment.TestStatisticsPublished.v1", "9871-ONET-P6-2566", "9871", 1);
            String second = publish(Topics.ASSESSMENT, "assessment.TestStatisticsPublished.v1", "9871-ONET-P6-2566", "9871", 2);
            String otherArea = publish(Topics.ASSESSMENT, "assessment.TestStatisticsPublished.v1", "9872-ONET-P6-2566", "9872", 1);
            String otherType = publish(Topics.BUDGET, "budget.AllocationRecorded.v1", "9871-2566-1", "9871", 1);

            await("seven events delivered").atMost(Duration.ofSeconds(60))
                    .until(() -> subscriber.accepted().size() >= 7);
            // the dispatcher polls every 50 ms: a second is room for anything sent twice or left over to show
            Thread.sleep(1000);

            List<WebhookSubscriber.Received> all = subscriber.received();
            assertEquals(10, all.size(), "3 refused attempts and 7 deliveries: " + all.size());
            for (WebhookSubscriber.Received r : all) {
                assertEquals("application/cloudevents+json", r.contentType());
                assertTrue(WebhookSignature.verify(SECRET, r.body(), r.signature()), "each request is signed over its body");
            }
            List<CloudEvent> delivered = subscriber.accepted().stream()
                    .map(r -> EventJson.read(new String(r.body(), StandardCharsets.UTF_8))).toList();
            Map<String, Long> perId = delivered.stream().collect(Collectors.groupingBy(CloudEvent::id, Collectors.counting()));
            assertEquals(7, perId.size(), "seven different events");
            assertTrue(perId.values().stream().allMatch(n -> n == 1), "none delivered twice: " + perId);

            // the districts' events have the area as subject: one aggregate, delivered in the order they were written
            List<String> districts = delivered.stream().filter(e -> e.type().equals("school.DistrictChanged.v1"))
                    .map(e -> e.data().path("code").asText() + " " + e.data().path("nameTh").asText()).toList();
            assertEquals(List.of("9871-01 อำเภอเชียงม่วน", "9871-01 อำเภอเชียงม่วน (ใหม่)", "9871-01 อำเภอเชียงม่วน ปี 2566",
                    "9871-02 อำเภอปง", "9871-02 อำเภอปงใหม่"), districts);
            assertTrue(delivered.stream().allMatch(e -> "9871".equals(e.areacode())), "only area 9871");
            List<String> tests = delivered.stream().filter(e -> e.type().startsWith("assessment.")).map(CloudEvent::id).toList();
            assertEquals(List.of(first, second), tests, "another topic's events too, in their order");
            // ADR 0043: the fan-out records the events a subscription wanted (scheduled once), and none of the others
            assertEquals(2, recorded(List.of(first, second)), "the scheduled events are in the consumer's log");
            awaitConsumed("khet-school-webhooks", List.of(Topics.ASSESSMENT, Topics.BUDGET));
            assertEquals(0, recorded(List.of(otherArea, otherType)), "events no subscription wants are not recorded");

            given().header("Authorization", ADMIN).get("/v1/webhooks/" + id + "/deliveries?size=50").then().statusCode(200)
                    .body("total", is(7)).body("items.status", everyItem(is("delivered")))
                    .body("items.attempts.sum()", is(10)).body("items[0].eventId", is(second));
            given().header("Authorization", ADMIN).get("/v1/webhooks/" + id).then().statusCode(200)
                    .body("delivered", is(7)).body("pending", is(0)).body("deadLetters", is(0))
                    .body("$", not(hasKey("secret")));
            given().header("Authorization", ADMIN).get("/v1/webhooks/" + id + "/dead-letters").then().statusCode(200)
                    .body("total", is(0));
        }
    }

    @Test
    void deadLettersHoldTheirSubjectAndAReplayDeliversThemWhenTheSubscriberIsBack() throws Exception {
        try (WebhookSubscriber subscriber = new WebhookSubscriber(0)) {
            subscriber.down.set(true);
            String id = subscribe(subscriber.url(), List.of("school.DistrictChanged.v1"), List.of("9873"));
            area("9873");
            district("9873-01", "อำเภอภูซาง");
            district("9873-01", "อำเภอภูซางใหม่");

            // max-attempts is 6 in tests: the first event dies after 6 refusals; the second waits behind it, untried
            await("a dead letter").atMost(Duration.ofSeconds(60)).until(() -> given().header("Authorization", ADMIN)
                    .get("/v1/webhooks/" + id + "/dead-letters").then().statusCode(200).extract().<Integer>path("total") == 1);
            given().header("Authorization", ADMIN).get("/v1/webhooks/" + id + "/dead-letters").then()
                    .body("items[0].attempts", is(6)).body("items[0].lastStatus", is(500))
                    .body("items[0].lastError", containsString("500")).body("items[0].nextAttemptAt", nullValue());
            given().header("Authorization", ADMIN).get("/v1/webhooks/" + id + "/deliveries").then()
                    .body("total", is(2)).body("items.status", contains("pending", "dead")).body("items[0].attempts", is(0));
            Thread.sleep(500);
            List<WebhookSubscriber.Received> refused = subscriber.received();
            assertEquals(6, refused.size(), "six attempts of the first event, none of the held one");
            assertEquals(1, refused.stream().map(r -> new String(r.body(), StandardCharsets.UTF_8)).distinct().count());

            subscriber.down.set(false);
            given().header("Authorization", ADMIN).post("/v1/webhooks/" + id + "/dead-letters/replay").then().statusCode(200)
                    .body("replayed", is(1));
            await("both delivered").atMost(Duration.ofSeconds(30)).until(() -> subscriber.accepted().size() >= 2);
            List<String> names = subscriber.accepted().stream()
                    .map(r -> EventJson.read(new String(r.body(), StandardCharsets.UTF_8)).data().path("nameTh").asText()).toList();
            assertEquals(List.of("อำเภอภูซาง", "อำเภอภูซางใหม่"), names, "in their first order");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().header("Authorization", ADMIN)
                    .get("/v1/webhooks/" + id).then().body("delivered", is(2)).body("deadLetters", is(0)).body("pending", is(0)));
        }
    }

    @Test
    void onlyObecAdminManagesWebhooksAndBadSubscriptionsAreRefusedStoringNothing() {
        int before = given().header("Authorization", ADMIN).get("/v1/webhooks").then().statusCode(200).extract().path("size()");
        String body = "{\"url\":\"https://obec.example/hook\",\"eventTypes\":[\"*\"],\"secret\":\"" + SECRET + "\"}";
        for (String[] who : List.of(new String[]{"viewer", "obec"}, new String[]{"area-officer", "5602"})) {
            String token = "Bearer " + TestTokens.token("ผู้ทดสอบ", who[0], who[1]);
            given().header("Authorization", token).contentType(ContentType.JSON).body(body).post("/v1/webhooks")
                    .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("obec-admin"));
            given().header("Authorization", token).get("/v1/webhooks").then().statusCode(403);
        }
        given().get("/v1/webhooks").then().statusCode(401).contentType("application/problem+json");

        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"url\":\"ftp://obec.example/hook\",\"eventTypes\":[\"assessment.*\",\"bogus\",\"nosuch.*\"],"
                        + "\"areaCodes\":[\"56-2\"],\"secret\":\"short\"}")
                .post("/v1/webhooks").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("url", "eventTypes[1]", "eventTypes[2]", "areaCodes[0]", "secret"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{\"url\":\"https://obec.example/hook\",\"secret\":\""
                + SECRET + "\"}").post("/v1/webhooks").then().statusCode(400).body("errors.field", contains("eventTypes"));
        given().header("Authorization", ADMIN).get("/v1/webhooks").then().statusCode(200).body("size()", is(before));

        io.restassured.response.ExtractableResponse<io.restassured.response.Response> created = given()
                .header("Authorization", ADMIN).contentType(ContentType.JSON).body(body).post("/v1/webhooks")
                .then().statusCode(201).body("$", not(hasKey("secret"))).body("areaCodes", empty())
                .body("eventTypes", contains("*")).body("createdBy", startsWith("สพฐ.")).extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/v1/webhooks/" + id), created.header("Location"));
        given().header("Authorization", ADMIN).delete("/v1/webhooks/" + id).then().statusCode(204);
        given().header("Authorization", ADMIN).get("/v1/webhooks/" + id).then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", ADMIN).delete("/v1/webhooks/" + id).then().statusCode(404);
    }

    /**
     * The delivery log is pruned: delivered rows past the retention (30 days) go, the recent delivered row and the old
     * dead and pending ones stay; the meters count what waits and what was pruned.
     */
    @Test
    void deliveredRowsPastTheRetentionArePrunedAndTheMetersCountWhatWaits() throws Exception {
        String id = subscribe("https://obec.example/prune", List.of("school.DistrictChanged.v1"), List.of("9874"));
        String insert = "insert into webhook_delivery (subscription_id, event_id, event_type, aggregate_key, body, status,"
                + " delivered_at, created_at, next_attempt_at) values (?::uuid, ?, 'school.DistrictChanged.v1', ?, '{}', ?,"
                + " now() - ? * interval '1 day', now() - ? * interval '1 day', now() + interval '1 day')";
        Object[][] rows = {{"old-delivered", "delivered", 40}, {"recent-delivered", "delivered", 2},
                {"old-dead", "dead", 40}, {"old-pending", "pending", 40}};
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(insert)) {
            for (Object[] r : rows) {
                ps.setString(1, id);
                ps.setString(2, (String) r[0]);
                ps.setString(3, "prune-" + r[0]);
                ps.setString(4, (String) r[1]);
                ps.setInt(5, (Integer) r[2]);
                ps.setInt(6, (Integer) r[2]);
                ps.executeUpdate();
            }
        }
        dispatcher.prune();
        given().header("Authorization", ADMIN).get("/v1/webhooks/" + id + "/deliveries?size=50").then().statusCode(200)
                .body("items.eventId", containsInAnyOrder("recent-delivered", "old-dead", "old-pending"));
        assertEquals(0, dispatcher.prune(), "nothing left to prune");

        dispatcher.refreshGauges();
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        long dead;
        long pending;
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.ResultSet rs = c.createStatement().executeQuery(
                "select count(*) filter (where status = 'dead'), count(*) filter (where status = 'pending') from webhook_delivery")) {
            rs.next();
            dead = rs.getLong(1);
            pending = rs.getLong(2);
        }
        assertTrue(dead >= 1 && pending >= 1, dead + " dead, " + pending + " pending");
        assertEquals(dead, meter(metrics, "khet_webhooks_dead"), metrics);
        assertEquals(pending, meter(metrics, "khet_webhooks_pending"), metrics);
        assertTrue(meter(metrics, "khet_webhooks_oldest_pending_age_seconds") >= 40 * 86400, "the 40-day-old pending row");
        assertTrue(meter(metrics, "khet_webhooks_pruned_total") >= 1, "the pruned row counted");
        given().header("Authorization", ADMIN).delete("/v1/webhooks/" + id).then().statusCode(204);
    }

    /** A meter's value in the Prometheus text (a line "name{tags} value" or "name value"). */
    private static long meter(String metrics, String name) {
        return metrics.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in /q/metrics"));
    }

    private static String subscribe(String url, List<String> types, List<String> areas) {
        String json = EventJson.write(Map.of("url", url, "eventTypes", types, "areaCodes", areas, "secret", SECRET));
        return given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(json).post("/v1/webhooks")
                .then().statusCode(201).body("url", is(url)).extract().path("id");
    }

    private static void area(String code) {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"nameTh\":\"เขตทดสอบเว็บฮุก " + code + "\",\"level\":\"primary\",\"province\":\"พะเยา\"}")
                .put("/v1/areas/" + code).then().statusCode(anyOf(is(200), is(201)));
    }

    private static void district(String code, String nameTh) {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"areaCode\":\"" + code.substring(0, 4) + "\",\"nameTh\":\"" + nameTh + "\"}")
                .put("/v1/districts/" + code).then().statusCode(anyOf(is(200), is(201)));
    }

    /** Puts an event on another service's topic, as its outbox relay would (keyed by the subject); returns its id. */
    /** Waits until the group's committed offsets reach the end of every partition of these topics: it read them all. */
    private static void awaitConsumed(String group, List<String> topics) {
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(Map.<String, Object>of(
                org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers()))) {
            await("the fan-out read " + topics).atMost(Duration.ofSeconds(60)).until(() -> {
                var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                var partitions = admin.describeTopics(topics).allTopicNames().get().values().stream()
                        .flatMap(d -> d.partitions().stream().map(i -> new org.apache.kafka.common.TopicPartition(d.name(), i.partition())))
                        .toList();
                var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp,
                        tp -> org.apache.kafka.clients.admin.OffsetSpec.latest()))).all().get();
                return partitions.stream().allMatch(tp -> (committed.containsKey(tp) ? committed.get(tp).offset() : 0)
                        >= ends.get(tp).offset());
            });
        }
    }

    /** How many of these events the webhook fan-out recorded as processed. */
    private int recorded(List<String> eventIds) throws Exception {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
                "select count(*) from processed_event where consumer = 'khet-school-webhooks' and event_id = any(?)")) {
            ps.setArray(1, c.createArrayOf("text", eventIds.toArray()));
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String publish(String topic, String type, String subject, String area, int n) throws Exception {
        JsonNode data = EventJson.MAPPER.valueToTree(Map.of("orgCode", area, "academicYear", 2566, "n", n));
        CloudEvent e = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                "/khet/" + topic.substring(Topics.PREFIX.length()), type, subject, OffsetDateTime.now(ZoneOffset.UTC),
                "application/json", area, null, 2566, "ทดสอบ", data);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(topic, subject, EventJson.write(e))).get();
        }
        return e.id();
    }
}
