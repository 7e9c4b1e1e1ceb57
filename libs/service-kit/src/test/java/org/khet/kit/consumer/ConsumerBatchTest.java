package org.khet.kit.consumer;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.CloudEvent;
import org.khet.contracts.events.EventJson;
import org.khet.testkit.KafkaResource;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A poll's records are applied in one transaction (ADR 0029): when one of them fails, the effects and processed-event
 * ids of the batch's earlier records roll back with it, the records are applied again one at a time, and every event
 * ends with exactly one effect, in the order of the partition.
 */
@QuarkusTest
class ConsumerBatchTest {
    @Inject
    ProcessedEvents processed;
    @Inject
    AgroalDataSource ds;

    @Test
    void aBatchWithAFailingEventRollsBackWholeAndEveryEventEndsWithOneEffect() throws Exception {
        String topic = "khet.test-batch-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        List<String> ids = new ArrayList<>();
        List<String> widgets = new ArrayList<>();
        try (KafkaProducer<String, String> producer = WidgetEffects.producer()) {
            // six events of one key (one partition), all on the topic before the consumer starts: one poll, one batch
            for (int i = 1; i <= 6; i++) {
                String id = UUID.randomUUID().toString();
                String widget = "batch-" + i + "-" + key;
                ids.add(id);
                widgets.add(widget);
                producer.send(new ProducerRecord<>(topic, key, EventJson.write(new CloudEvent("1.0", id, "/khet/school",
                        "school.WidgetCreated.v1", widget, OffsetDateTime.now(), "application/json", "5602", null, null,
                        null, EventJson.MAPPER.createObjectNode().put("name", widget))))).get();
            }
        }
        Map<String, Integer> calls = new ConcurrentHashMap<>();
        List<String> applied = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean failedOnce = new AtomicBoolean();
        try (EventConsumer consumer = EventConsumer.named("kit-batch-" + UUID.randomUUID(),
                KafkaResource.broker().bootstrapServers()).topics(topic).processed(processed).handler(e -> {
            calls.merge(e.subject(), 1, Integer::sum);
            QuarkusTransaction.joiningExisting().run(() -> insertEffect(e));
            if (e.subject().equals(widgets.get(3)) && failedOnce.compareAndSet(false, true)) {
                throw new IllegalStateException("the fourth event fails once, after its effect was written");
            }
            applied.add(e.subject());
        }).start()) {
            await("every event applied").atMost(Duration.ofSeconds(60)).until(() -> effects(widgets.get(5)) > 0);
        }
        for (String w : widgets) {
            assertEquals(1, effects(w), w + ": one effect, though the failed batch had written it");
        }
        // the first three ran in the failed batch and again: their processed-event ids had rolled back with it
        assertEquals(2, calls.get(widgets.get(0)));
        assertEquals(2, calls.get(widgets.get(1)));
        assertEquals(2, calls.get(widgets.get(2)));
        assertEquals(2, calls.get(widgets.get(3)), "failed once in the batch, then applied alone");
        assertEquals(1, calls.get(widgets.get(4)), "never reached in the failed batch");
        assertEquals(1, calls.get(widgets.get(5)));
        assertEquals(List.of(widgets.get(0), widgets.get(1), widgets.get(2), widgets.get(0), widgets.get(1), widgets.get(2),
                widgets.get(3), widgets.get(4), widgets.get(5)), applied, "in the partition's order, each time");
        assertEquals(6, processedCount(ids));
    }

    @Test
    void aBatchIsOneTransaction() throws Exception {
        String topic = "khet.test-batch-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        List<String> widgets = new ArrayList<>();
        try (KafkaProducer<String, String> producer = WidgetEffects.producer()) {
            for (int i = 1; i <= 5; i++) {
                String widget = "one-tx-" + i + "-" + key;
                widgets.add(widget);
                producer.send(new ProducerRecord<>(topic, key, EventJson.write(new CloudEvent("1.0",
                        UUID.randomUUID().toString(), "/khet/school", "school.WidgetCreated.v1", widget, OffsetDateTime.now(),
                        "application/json", "5602", null, null, null, EventJson.MAPPER.createObjectNode().put("name", widget))))).get();
            }
        }
        Map<String, String> transactionOf = new ConcurrentHashMap<>();
        try (EventConsumer consumer = EventConsumer.named("kit-batch-" + UUID.randomUUID(),
                KafkaResource.broker().bootstrapServers()).topics(topic).processed(processed)
                .handler(e -> QuarkusTransaction.joiningExisting().run(() -> transactionOf.put(e.subject(), currentTransaction())))
                .start()) {
            await("every event applied").atMost(Duration.ofSeconds(60)).until(() -> transactionOf.size() == 5);
        }
        assertEquals(1, transactionOf.values().stream().distinct().count(), "one database transaction: " + transactionOf);
    }

    /**
     * Offsets are committed without waiting (ADR 0040), and only those of applied records. When they are lost — the
     * group's offsets set back to the start, as a crash before a commit reached the broker would leave them — every
     * event comes again and changes nothing. The type the consumer does not handle is skipped, with the relay's
     * {@code ce_type} header or without it (then decoded), and never recorded in the log.
     */
    @Test
    void aRedeliveryAfterLostOffsetsAppliesNothingTwice() throws Exception {
        String topic = "khet.test-offsets-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String group = "kit-offsets-" + UUID.randomUUID();
        String created = "school.WidgetCreated.v1";
        String deleted = "school.WidgetDeleted.v1";
        List<String> widgets = new ArrayList<>();
        List<String> wantedIds = new ArrayList<>();
        List<String> unwantedIds = new ArrayList<>();
        try (KafkaProducer<String, String> producer = WidgetEffects.producer()) {
            for (int i = 1; i <= 6; i++) {
                boolean wanted = i != 3 && i != 5;
                String id = UUID.randomUUID().toString();
                String widget = "offsets-" + i + "-" + key;
                (wanted ? wantedIds : unwantedIds).add(id);
                if (wanted) {
                    widgets.add(widget);
                }
                String type = wanted ? created : deleted;
                ProducerRecord<String, String> r = new ProducerRecord<>(topic, key, EventJson.write(new CloudEvent("1.0", id,
                        "/khet/school", type, widget, OffsetDateTime.now(), "application/json", "5602", null, null, null,
                        EventJson.MAPPER.createObjectNode().put("name", widget))));
                if (i % 2 == 0) {
                    r.headers().add(EventConsumer.TYPE_HEADER, type.getBytes(StandardCharsets.UTF_8));
                }
                producer.send(r).get();
            }
        }
        AtomicInteger calls = new AtomicInteger();
        java.util.function.Consumer<CloudEvent> handler = e -> {
            calls.incrementAndGet();
            QuarkusTransaction.joiningExisting().run(() -> insertEffect(e));
        };
        try (EventConsumer consumer = EventConsumer.named(group, KafkaResource.broker().bootstrapServers()).topics(topic)
                .types(created).processed(processed).handler(handler).start()) {
            await("every wanted event applied").atMost(Duration.ofSeconds(60)).until(() -> effects(widgets.get(3)) > 0);
        }
        assertEquals(4, calls.get(), "the four events of the type it handles, the other two skipped");
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaResource.broker().bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            assertEquals(6L, committed.values().stream().mapToLong(OffsetAndMetadata::offset).sum(),
                    "the offsets after all six records were committed: " + committed);
            Map<TopicPartition, OffsetAndMetadata> lost = new java.util.HashMap<>();
            committed.keySet().forEach(tp -> lost.put(tp, new OffsetAndMetadata(0)));
            admin.alterConsumerGroupOffsets(group, lost).all().get();
        }
        String marker = "offsets-marker-" + key;
        try (KafkaProducer<String, String> producer = WidgetEffects.producer()) {
            producer.send(new ProducerRecord<>(topic, key, EventJson.write(new CloudEvent("1.0", UUID.randomUUID().toString(),
                    "/khet/school", created, marker, OffsetDateTime.now(), "application/json", "5602", null, null, null,
                    EventJson.MAPPER.createObjectNode().put("name", marker))))).get();
        }
        try (EventConsumer consumer = EventConsumer.named(group, KafkaResource.broker().bootstrapServers()).topics(topic)
                .types(created).processed(processed).handler(handler).start()) {
            await("the marker after the redelivered events applied").atMost(Duration.ofSeconds(60))
                    .until(() -> effects(marker) > 0);
        }
        for (String w : widgets) {
            assertEquals(1, effects(w), w + ": one effect after its redelivery");
        }
        assertEquals(5, calls.get(), "the redelivered events reached no handler; the marker did");
        assertEquals(4, processedCount(wantedIds));
        assertEquals(0, processedCount(unwantedIds), "skipped events are not recorded");
    }

    /**
     * ADR 0043: a consumer told which events have an effect records only those (the webhook fan-out: the events some
     * subscription wants), and one whose effects are idempotent (a cache dropped) records none; after lost offsets the
     * first applies nothing twice, the second applies every event again, which its effects allow.
     */
    @Test
    void onlyEventsWithAnEffectToMakeOnceAreRecorded() throws Exception {
        String topic = "khet.test-relevant-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String filtered = "kit-relevant-" + UUID.randomUUID();
        String idempotent = "kit-idempotent-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        List<String> widgets = new ArrayList<>();
        try (KafkaProducer<String, String> producer = WidgetEffects.producer()) {
            for (int i = 1; i <= 4; i++) {
                String id = UUID.randomUUID().toString();
                String widget = (i % 2 == 1 ? "wanted-" : "unwanted-") + i + "-" + key;
                ids.add(id);
                widgets.add(widget);
                producer.send(new ProducerRecord<>(topic, key, EventJson.write(new CloudEvent("1.0", id, "/khet/school",
                        "school.WidgetCreated.v1", widget, OffsetDateTime.now(), "application/json", "5602", null, null,
                        null, EventJson.MAPPER.createObjectNode().put("name", widget))))).get();
            }
        }
        AtomicInteger filteredCalls = new AtomicInteger();
        Map<String, Integer> drops = new ConcurrentHashMap<>();
        java.util.function.Function<List<CloudEvent>, List<CloudEvent>> wanted =
                events -> events.stream().filter(e -> e.subject().startsWith("wanted-")).toList();
        java.util.function.Consumer<CloudEvent> effect = e -> {
            filteredCalls.incrementAndGet();
            QuarkusTransaction.joiningExisting().run(() -> insertEffect(e));
        };
        java.util.function.Consumer<CloudEvent> drop = e -> drops.merge(e.subject(), 1, Integer::sum);
        String marker = "wanted-marker-" + key;
        for (int round = 1; round <= 2; round++) {
            if (round == 2) {
                // the offsets lost, and one more wanted event behind the redelivered ones
                setOffsetsBack(filtered);
                setOffsetsBack(idempotent);
                try (KafkaProducer<String, String> producer = WidgetEffects.producer()) {
                    producer.send(new ProducerRecord<>(topic, key, EventJson.write(new CloudEvent("1.0",
                            UUID.randomUUID().toString(), "/khet/school", "school.WidgetCreated.v1", marker,
                            OffsetDateTime.now(), "application/json", "5602", null, null, null,
                            EventJson.MAPPER.createObjectNode().put("name", marker))))).get();
                }
            }
            String last = round == 1 ? widgets.get(2) : marker;
            int expectedDrops = round == 1 ? 4 : 9;
            try (EventConsumer a = EventConsumer.named(filtered, KafkaResource.broker().bootstrapServers())
                    .topics(topic).processed(processed).relevant(wanted).handler(effect).start();
                 EventConsumer b = EventConsumer.named(idempotent, KafkaResource.broker().bootstrapServers())
                         .topics(topic).processed(processed).idempotent().handler(drop).start()) {
                await("both consumers through the topic").atMost(Duration.ofSeconds(60)).until(() ->
                        effects(last) > 0 && drops.values().stream().mapToInt(Integer::intValue).sum() == expectedDrops);
            }
        }
        assertEquals(1, effects(marker));
        assertEquals(1, effects(widgets.get(0)));
        assertEquals(1, effects(widgets.get(2)));
        assertEquals(0, effects(widgets.get(1)), "an event the filter leaves out reaches no handler");
        assertEquals(0, effects(widgets.get(3)));
        assertEquals(3, filteredCalls.get(), "the two wanted events applied once (redelivered, the log skipped them), "
                + "then the marker");
        assertEquals(2, processedCount(filtered, ids), "only the wanted events are recorded");
        assertEquals(Map.of(widgets.get(0), 2, widgets.get(1), 2, widgets.get(2), 2, widgets.get(3), 2, marker, 1), drops,
                "the idempotent consumer applies every event again after lost offsets");
        assertEquals(0, processedCount(idempotent, ids), "and records none");
    }

    /**
     * ADR 0043, stop 33: a consumer told after each poll which types are wanted now (the webhook fan-out: its
     * subscriptions' types) skips the others before decoding them — a record that is not even JSON but names an unwanted
     * type too — without recording them or making an effect, and its offsets move past them; once the type is wanted,
     * the events read from then on are applied (with the type header or, without it, by their decoded type), and the
     * skipped ones are not applied late.
     */
    @Test
    void eventsOfTypesNoneWantsNowAreSkippedUndecodedAndLaterOnesApplied() throws Exception {
        String topic = "khet.test-wanted-now-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String group = "kit-wanted-now-" + UUID.randomUUID();
        String created = "school.WidgetCreated.v1";
        String deleted = "school.WidgetDeleted.v1";
        java.util.concurrent.atomic.AtomicReference<Set<String>> wanted = new java.util.concurrent.atomic.AtomicReference<>(Set.of());
        AtomicInteger asked = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        List<String> before = new ArrayList<>();
        List<String> beforeIds = new ArrayList<>();
        try (KafkaProducer<String, String> producer = WidgetEffects.producer()) {
            for (int i = 1; i <= 3; i++) {
                String widget = "before-" + i + "-" + key;
                String id = UUID.randomUUID().toString();
                before.add(widget);
                beforeIds.add(id);
                producer.send(typed(topic, key, id, created, widget, true)).get();
            }
            ProducerRecord<String, String> junk = new ProducerRecord<>(topic, key, "นี่ไม่ใช่ JSON {");
            junk.headers().add(EventConsumer.TYPE_HEADER, created.getBytes(StandardCharsets.UTF_8));
            producer.send(junk).get();
        }
        try (EventConsumer consumer = EventConsumer.named(group, KafkaResource.broker().bootstrapServers())
                .topics(topic).processed(processed)
                .wantedNow(() -> {
                    asked.incrementAndGet();
                    Set<String> now = wanted.get();
                    return now::contains;
                })
                .handler(e -> {
                    calls.incrementAndGet();
                    QuarkusTransaction.joiningExisting().run(() -> insertEffect(e));
                })
                .start()) {
            await("the four records skipped and their offsets committed").atMost(Duration.ofSeconds(60))
                    .until(() -> consumer.skipped() == 4 && committed(group) == 4);
            assertEquals(0, calls.get(), "no handler ran while no type was wanted");
            assertTrue(asked.get() >= 1, "asked after the poll");

            wanted.set(Set.of(created));
            String withHeader = "after-header-" + key;
            String withoutHeader = "after-plain-" + key;
            String unwanted = "after-deleted-" + key;
            List<String> afterIds = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
            try (KafkaProducer<String, String> producer = WidgetEffects.producer()) {
                producer.send(typed(topic, key, afterIds.get(0), created, withHeader, true)).get();
                producer.send(typed(topic, key, UUID.randomUUID().toString(), deleted, unwanted, true)).get();
                producer.send(typed(topic, key, afterIds.get(1), created, withoutHeader, false)).get();
            }
            await("the wanted events read after the change applied").atMost(Duration.ofSeconds(60))
                    .until(() -> effects(withoutHeader) > 0);
            assertEquals(1, effects(withHeader));
            assertEquals(0, effects(unwanted), "a type none wants is still skipped");
            assertEquals(5, consumer.skipped(), "the four before, and the unwanted type after (by its header)");
            assertEquals(2, calls.get());
            assertEquals(2, processedCount(afterIds));
        }
        for (String w : before) {
            assertEquals(0, effects(w), w + ": skipped when read, not applied later");
        }
        assertEquals(0, processedCount(beforeIds), "skipped events are not recorded");
    }

    /**
     * ADR 0043, stop 34: applied offsets are committed at most once per commit interval, not after every poll, and at
     * the latest when the consumer closes; records polled one at a time are each applied at once all the same.
     */
    @Test
    void offsetsAreCommittedOncePerIntervalAndOnClose() throws Exception {
        String topic = "khet.test-interval-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String group = "kit-interval-" + UUID.randomUUID();
        String created = "school.WidgetCreated.v1";
        List<String> widgets = new ArrayList<>();
        try (KafkaProducer<String, String> producer = WidgetEffects.producer();
             EventConsumer consumer = EventConsumer.named(group, KafkaResource.broker().bootstrapServers()).topics(topic)
                     .processed(processed).commitInterval(Duration.ofHours(1))
                     .handler(e -> QuarkusTransaction.joiningExisting().run(() -> insertEffect(e))).start()) {
            for (int i = 1; i <= 5; i++) {
                String widget = "interval-" + i + "-" + key;
                widgets.add(widget);
                producer.send(typed(topic, key, UUID.randomUUID().toString(), created, widget, true)).get();
                // each applied before the next is sent: five polls with records
                await("event " + i + " applied").atMost(Duration.ofSeconds(60)).until(() -> effects(widget) == 1);
            }
            assertEquals(0, consumer.commits(), "no commit within the interval, though five polls applied records");
            assertEquals(0, committed(group), "nothing committed yet");
        }
        assertEquals(5, committed(group), "the offsets after all five records committed when the consumer closed");

        // an interval of zero commits after every poll with records, as before
        String group2 = "kit-interval0-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = WidgetEffects.producer();
             EventConsumer consumer = EventConsumer.named(group2, KafkaResource.broker().bootstrapServers()).topics(topic)
                     .processed(processed).commitInterval(Duration.ZERO)
                     .handler(e -> QuarkusTransaction.joiningExisting().run(() -> insertEffect(e))).start()) {
            await("the five read again and their offsets committed").atMost(Duration.ofSeconds(60))
                    .until(() -> committed(group2) == 5);
            assertTrue(consumer.commits() >= 1);
        }
        for (String w : widgets) {
            assertEquals(2, effects(w), w + ": once per consumer group (each group records its own ids)");
        }
    }

    private static ProducerRecord<String, String> typed(String topic, String key, String id, String type, String widget,
                                                        boolean header) {
        ProducerRecord<String, String> r = new ProducerRecord<>(topic, key, EventJson.write(new CloudEvent("1.0", id,
                "/khet/school", type, widget, OffsetDateTime.now(), "application/json", "5602", null, null, null,
                EventJson.MAPPER.createObjectNode().put("name", widget))));
        if (header) {
            r.headers().add(EventConsumer.TYPE_HEADER, type.getBytes(StandardCharsets.UTF_8));
        }
        return r;
    }

    /** The offsets a group has committed, summed over its partitions. */
    private static long committed(String group) throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaResource.broker().bootstrapServers()))) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().values().stream()
                    .mapToLong(OffsetAndMetadata::offset).sum();
        }
    }

    private static void setOffsetsBack(String group) throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaResource.broker().bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetAndMetadata> lost = new java.util.HashMap<>();
            committed.keySet().forEach(tp -> lost.put(tp, new OffsetAndMetadata(0)));
            admin.alterConsumerGroupOffsets(group, lost).all().get();
        }
    }

    private int processedCount(String consumer, List<String> ids) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from processed_event where consumer = ? and event_id = any(?)")) {
            ps.setString(1, consumer);
            ps.setArray(2, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private String currentTransaction() {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("select pg_current_xact_id()::text");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private void insertEffect(CloudEvent e) {
        WidgetEffects.insert(ds, e);
    }

    private int effects(String widget) throws Exception {
        return WidgetEffects.count(ds, widget);
    }

    private int processedCount(List<String> ids) throws Exception {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from processed_event where event_id = any(?)")) {
            ps.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
