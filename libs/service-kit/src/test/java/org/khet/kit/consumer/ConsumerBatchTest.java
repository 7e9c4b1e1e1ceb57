package org.khet.kit.consumer;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.CloudEvent;
import org.khet.contracts.events.EventJson;
import org.khet.testkit.KafkaResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
        try (EventConsumer consumer = new EventConsumer("kit-batch-" + UUID.randomUUID(),
                KafkaResource.broker().bootstrapServers(), List.of(topic), processed, e -> {
            calls.merge(e.subject(), 1, Integer::sum);
            QuarkusTransaction.joiningExisting().run(() -> insertEffect(e));
            if (e.subject().equals(widgets.get(3)) && failedOnce.compareAndSet(false, true)) {
                throw new IllegalStateException("the fourth event fails once, after its effect was written");
            }
            applied.add(e.subject());
        })) {
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
        try (EventConsumer consumer = new EventConsumer("kit-batch-" + UUID.randomUUID(),
                KafkaResource.broker().bootstrapServers(), List.of(topic), processed,
                e -> QuarkusTransaction.joiningExisting().run(() -> transactionOf.put(e.subject(), currentTransaction())))) {
            await("every event applied").atMost(Duration.ofSeconds(60)).until(() -> transactionOf.size() == 5);
        }
        assertEquals(1, transactionOf.values().stream().distinct().count(), "one database transaction: " + transactionOf);
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
