package org.khet.assessment.rounds;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.khet.contracts.events.CloudEvent;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.Topics;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.KafkaResource;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** What school-service would say, for the rounds' tests: its events on the real broker, its units in the replica. */
final class SchoolTopic {
    private SchoolTopic() {
    }

    /** Produces {@code data} as a school-service event of {@code type}, keyed by its area as school-service keys it. */
    static void publish(String type, String areaCode, String subject, Integer academicYear, Object data) {
        CloudEvent e = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), "/khet/school", type,
                subject, OffsetDateTime.now(), "application/json", areaCode, null, academicYear, "test",
                EventJson.MAPPER.valueToTree(data));
        try (KafkaProducer<String, String> p = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            p.send(new ProducerRecord<>(Topics.SCHOOL, areaCode, EventJson.write(e)));
            p.flush();
        }
    }

    /** An open unit of {@code areaCode} (OBEC, the area, a district or a school) in the org replica. */
    static void unit(OrgDirectory directory, String areaCode, String code, String kind, String parent, String nameTh) {
        QuarkusTransaction.requiringNew().run(() -> directory.apply(new OrgUnitChanged(code, kind, parent,
                code.equals("obec") ? null : areaCode, nameTh, null, "open")));
    }
}
