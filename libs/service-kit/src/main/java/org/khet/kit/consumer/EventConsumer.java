package org.khet.kit.consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.khet.contracts.events.CloudEvent;
import org.khet.contracts.events.EventJson;

import java.time.Duration;
import java.util.Collection;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * A Kafka consumer loop on its own thread that hands each CloudEvent to a handler inside a transaction,
 * once: the event id goes into {@link ProcessedEvents} in that transaction. Offsets are committed after the
 * transaction, so a crash between the two redelivers the event and the log makes it a no-op. A handler that
 * fails is retried (the offset does not move) after a pause; an undecodable record is logged and skipped.
 */
public final class EventConsumer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final String name;
    private final KafkaConsumer<String, String> consumer;
    private final ProcessedEvents processed;
    private final Consumer<CloudEvent> handler;
    private final Thread thread;
    private volatile boolean running = true;

    public EventConsumer(String name, String bootstrapServers, Collection<String> topics, ProcessedEvents processed,
                         Consumer<CloudEvent> handler) {
        this.name = name;
        this.processed = processed;
        this.handler = handler;
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, name);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        this.consumer = new KafkaConsumer<>(p);
        this.consumer.subscribe(topics);
        this.thread = new Thread(this::loop, "consumer-" + name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        try {
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, String> r : records) {
                    if (!handleWithRetry(r)) {
                        return;
                    }
                }
                if (!records.isEmpty()) {
                    consumer.commitSync();
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "consumer %s stopped", name);
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private boolean handleWithRetry(ConsumerRecord<String, String> r) {
        CloudEvent event;
        try {
            event = EventJson.read(r.value());
        } catch (IllegalArgumentException e) {
            LOG.errorf("consumer %s skips an undecodable record at %s-%d@%d: %s", name, r.topic(), r.partition(),
                    r.offset(), e.getMessage());
            return true;
        }
        long pause = 200;
        while (running) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (processed.firstDelivery(name, event.id())) {
                        handler.accept(event);
                    }
                });
                return true;
            } catch (RuntimeException e) {
                LOG.warnf(e, "consumer %s failed on event %s (%s); retrying in %d ms", name, event.id(), event.type(), pause);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException ie) {
                    return false;
                }
                pause = Math.min(pause * 2, 30_000);
            }
        }
        return false;
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
