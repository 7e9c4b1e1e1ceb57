package org.khet.testkit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.khet.contracts.events.CloudEvent;
import org.khet.contracts.events.EventJson;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/** Reads events back from a Kafka topic, from the beginning, as a test would check what was published. */
public final class TopicReader {
    private TopicReader() {
    }

    /** A record as it arrived: its key, the decoded CloudEvent and the record's value as sent. */
    public record Received(String key, int partition, long offset, CloudEvent event, String value) {
    }

    /**
     * Polls the whole topic until {@code expected} events match {@code filter} or the timeout passes, and
     * returns all matching events (possibly more than expected, which lets a test catch duplicates).
     */
    public static List<Received> await(String bootstrapServers, String topic, Predicate<CloudEvent> filter,
                                       int expected, Duration timeout) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p)) {
            List<TopicPartition> parts = new ArrayList<>();
            while (parts.isEmpty() && System.nanoTime() < deadline) {
                List<PartitionInfo> infos = c.partitionsFor(topic, Duration.ofSeconds(5));
                if (infos != null) {
                    infos.forEach(i -> parts.add(new TopicPartition(topic, i.partition())));
                }
                if (parts.isEmpty()) {
                    sleep(200);
                }
            }
            List<Received> found = new ArrayList<>();
            if (parts.isEmpty()) {
                return found;
            }
            c.assign(parts);
            c.seekToBeginning(parts);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(250))) {
                    CloudEvent e = EventJson.read(r.value());
                    if (filter.test(e)) {
                        found.add(new Received(r.key(), r.partition(), r.offset(), e, r.value()));
                    }
                }
                if (found.size() >= expected) {
                    // one more short poll, so that duplicates right behind are seen too
                    for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                        CloudEvent e = EventJson.read(r.value());
                        if (filter.test(e)) {
                            found.add(new Received(r.key(), r.partition(), r.offset(), e, r.value()));
                        }
                    }
                    return found;
                }
            }
            return found;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
