package org.khet.kit.consumer;

import java.time.Duration;
import static org.awaitility.Awaitility.await;
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

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.*;

/** The same event delivered twice has one effect. */
@QuarkusTest
class IdempotentConsumerTest {
    @Inject
    ProcessedEvents processed;
    @Inject
    AgroalDataSource ds;

    @Test
    void aRedeliveredEventHasOneEffect() throws Exception {
        String topic = "khet.test-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        String json = EventJson.write(new CloudEvent("1.0", eventId, "/khet/school", "school.WidgetCreated.v1", marker,
                OffsetDateTime.now(), "application/json", "5602", null, null, null,
                EventJson.MAPPER.createObjectNode().put("name", marker)));
        String endMarker = UUID.randomUUID().toString();
        String endJson = EventJson.write(new CloudEvent("1.0", UUID.randomUUID().toString(), "/khet/school",
                "school.WidgetCreated.v1", endMarker, OffsetDateTime.now(), "application/json", "5602", null, null,
                null, EventJson.MAPPER.createObjectNode().put("name", endMarker)));

        try (KafkaProducer<String, String> producer = WidgetEffects.producer()) {
            // the same event twice (a relay that retried after a lost acknowledgement), then a marker
            producer.send(new ProducerRecord<>(topic, marker, json)).get();
            producer.send(new ProducerRecord<>(topic, marker, json)).get();
            producer.send(new ProducerRecord<>(topic, marker, endJson)).get();
        }

        try (EventConsumer consumer = EventConsumer.named("kit-test-" + UUID.randomUUID(),
                KafkaResource.broker().bootstrapServers()).topics(topic).processed(processed)
                .handler(e -> QuarkusTransaction.joiningExisting().run(() -> insertEffect(e))).start()) {
            await("the marker after the duplicate is processed").atMost(Duration.ofSeconds(60))
                    .until(() -> effects(endMarker) > 0);
        }
        assertEquals(1, effects(endMarker), "the marker after the duplicate was processed");
        assertEquals(1, effects(marker), "the event delivered twice had one effect");
    }

    private void insertEffect(CloudEvent e) {
        WidgetEffects.insert(ds, e);
    }

    private int effects(String widget) throws Exception {
        return WidgetEffects.count(ds, widget);
    }
}
