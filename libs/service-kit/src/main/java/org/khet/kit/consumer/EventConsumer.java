package org.khet.kit.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.khet.contracts.events.CloudEvent;
import org.khet.contracts.events.EventJson;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A Kafka consumer loop on its own thread that hands each CloudEvent to a handler inside a transaction,
 * once: the event id goes into {@link ProcessedEvents} in that transaction. Offsets are committed after the
 * transaction, so a crash between the two redelivers the event and the log makes it a no-op. A handler that
 * fails is retried (the offset does not move) after a pause; an undecodable record is logged and skipped.
 * <p>
 * The records of one poll are applied in <em>one</em> transaction, in their order (ADR 0029): their effects and
 * their processed-event ids commit together, then the offsets. When any of them fails the whole batch rolls back
 * and its records are applied again one transaction each, so the failing one is retried alone and the others are
 * not held back by it. {@code khet.consumer.batch=false} applies every record in its own transaction.
 * <p>
 * Since ADR 0040: a consumer that names the event types it handles skips every other event before decoding it (by the
 * record's {@code ce_type} header, which the relay writes; a record without it is decoded) and without recording it,
 * since it has no effect to make once; a batch records its ids in one statement and may be handed to a batch handler
 * whole; and the offsets are committed asynchronously: a commit lost in a crash or a rebalance only redelivers events
 * whose ids the log already holds (or that this consumer skips), so it changes nothing. Only the offsets of records
 * applied are ever committed. {@code khet.consumer.skip-unwanted=false}, {@code khet.consumer.bulk=false} and
 * {@code khet.consumer.async-commit=false} give each back as before.
 * <p>
 * Since ADR 0043 a consumer may record fewer ids: one whose effects are idempotent by themselves (a cache dropped)
 * records none, and one told which events have an effect (the webhook fan-out: those a subscription wants) records only
 * those; {@code khet.consumer.record-every-event=true} records every applied event again.
 * <p>
 * Since stop 33 of ADR 0043 a consumer may also be told, after each poll and before anything is decoded, which types
 * can have an effect now ({@code wantedNow}, e.g. the webhook fan-out: the types of the subscriptions there are): the
 * other records are skipped undecoded, unrecorded and without a transaction, and their offsets move on. Asked after
 * the records were read, it changes nothing of what {@code relevant} decides (a subscription registered after the
 * question was also registered after the read); {@code khet.consumer.ask-before-decoding=false} decodes every record
 * again. A consumer may also wait longer for each fetch ({@code fetchWait}, {@code patient}) where latency does not
 * matter: fewer, larger polls).
 * <p>
 * Since stop 34 of ADR 0043 the offsets are committed at most once per {@code khet.consumer.commit-interval} (1 s; 0
 * after every poll as before), and those of partitions taken away in a rebalance at once.
 * Timers: {@code khet_consumer_transaction_seconds{consumer,mode}} (a batch's or a record's transaction),
 * {@code khet_consumer_commit_seconds} (the offsets), {@code khet_consumer_delay_seconds} (event time to its
 * effect's commit) and {@code khet_consumer_batch_records}.
 */
public final class EventConsumer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    /** The record header naming the event's type (the CloudEvents Kafka binding's name for the attribute). */
    public static final String TYPE_HEADER = "ce_type";

    /** Applies the new events of one poll, in their order, inside the consumer's transaction. */
    @FunctionalInterface
    public interface BatchHandler {
        void accept(List<CloudEvent> events);
    }

    private final String name;
    private final KafkaConsumer<String, String> consumer;
    private final ProcessedEvents processed;
    private final Consumer<CloudEvent> handler;
    private final BatchHandler batchHandler;
    /** The handler's effects are idempotent by themselves (a cache dropped): no id is recorded (ADR 0043). */
    private final boolean idempotent;
    /** Keeps, inside the transaction, the events that have an effect here; the others are neither applied nor recorded. */
    private final Function<List<CloudEvent>, List<CloudEvent>> relevant;
    /** The event types this consumer applies; empty: every type. */
    private final Set<String> types;
    /** Null, or asked after each poll: which types may have an effect now (the others are skipped undecoded). */
    private final Supplier<Predicate<String>> wantedNow;
    private final Counter skipped;
    private final Thread thread;
    private final boolean batch;
    private final boolean bulk;
    private final boolean skipUnwanted;
    private final boolean asyncCommit;
    private final Timer batchTx;
    private final Timer singleTx;
    private final Timer offsets;
    private final Timer delay;
    private final DistributionSummary batchSize;
    /** The offsets after the records applied and not committed yet, by partition: the most that may be committed. */
    private final Map<TopicPartition, OffsetAndMetadata> applied = new HashMap<>();
    /** Nanoseconds between asynchronous commits ({@code khet.consumer.commit-interval}; 0: after every poll). */
    private final long commitInterval;
    private long lastCommit = System.nanoTime();
    private volatile boolean running = true;

    /**
     * Starts building a consumer in the group {@code name}: name its topics, its {@link ProcessedEvents} and its
     * handler, then {@link Builder#start()}. Every other setting has the default
     * that most consumers want.
     */
    public static Builder named(String name, String bootstrapServers) {
        return new Builder(name, bootstrapServers);
    }

    /** How a consumer is built (ADR 0043, stop 34: one readable way instead of positional constructors). */
    public static final class Builder {
        private final String name;
        private final String bootstrapServers;
        private Collection<String> topics = List.of();
        private Set<String> types = Set.of();
        private ProcessedEvents processed;
        private boolean idempotent;
        private Function<List<CloudEvent>, List<CloudEvent>> relevant;
        private Supplier<Predicate<String>> wantedNow;
        private Consumer<CloudEvent> handler;
        private BatchHandler batchHandler;
        private Duration commitInterval;
        private Duration fetchWait;
        private boolean patient;

        private Builder(String name, String bootstrapServers) {
            this.name = name;
            this.bootstrapServers = bootstrapServers;
        }

        /** The topics read (required). */
        public Builder topics(Collection<String> topics) {
            this.topics = List.copyOf(topics);
            return this;
        }

        /** The topics read (required). */
        public Builder topics(String... topics) {
            return topics(List.of(topics));
        }

        /**
         * The event types handled; others are skipped before decoding (by the {@code ce_type} header) and unrecorded.
         * Not called: every type. The handler may still meet other types (with {@code khet.consumer.skip-unwanted=false}),
         * so it keeps ignoring them itself.
         */
        public Builder types(String... types) {
            return types(Set.of(types));
        }

        /** As {@link #types(String...)}. */
        public Builder types(Set<String> types) {
            this.types = Set.copyOf(types);
            return this;
        }

        /**
         * Where the ids of applied events are recorded, in the handler's transaction (required, also by an idempotent
         * consumer: {@code khet.consumer.record-every-event=true} records its ids too).
         */
        public Builder processed(ProcessedEvents processed) {
            this.processed = processed;
            return this;
        }

        /**
         * The handlers' effects are harmless to repeat (a cache entry dropped twice): no event id is recorded, and a
         * handler that writes nothing to the database makes no database transaction (ADR 0043;
         * {@code khet.consumer.record-every-event=true} records them again).
         */
        public Builder idempotent() {
            this.idempotent = true;
            return this;
        }

        /**
         * Which of a poll's events have an effect here, asked in the transaction before they are recorded (e.g. those
         * some webhook subscription wants): the others are neither recorded nor handed to the handlers (ADR 0043).
         */
        public Builder relevant(Function<List<CloudEvent>, List<CloudEvent>> relevant) {
            this.relevant = relevant;
            return this;
        }

        /**
         * Asked after every poll that read records, before any is decoded: which event types can have an effect now (by
         * the record's {@code ce_type} header; a record without one is decoded and asked by its type). Records of other
         * types are skipped undecoded, unrecorded, without a transaction (ADR 0043, stop 33).
         */
        public Builder wantedNow(Supplier<Predicate<String>> wantedNow) {
            this.wantedNow = wantedNow;
            return this;
        }

        /**
         * Applies one event inside the consumer's transaction (required): a record alone (a batch that failed, a poll
         * of one record, {@code khet.consumer.bulk=false}), and each of a batch's when there is no batch handler.
         */
        public Builder handler(Consumer<CloudEvent> handler) {
            this.handler = handler;
            return this;
        }

        /**
         * Optional: a batch's new events are handed to it in one call; it must leave the state {@link #handler}
         * would, applied to each in turn.
         */
        public Builder batchHandler(BatchHandler batchHandler) {
            this.batchHandler = batchHandler;
            return this;
        }

        /**
         * How often at most the applied offsets are committed (default {@code khet.consumer.commit-interval}, 1 s;
         * zero: after every poll).
         */
        public Builder commitInterval(Duration commitInterval) {
            this.commitInterval = commitInterval;
            return this;
        }

        /**
         * Each fetch waits up to {@code wait} for 256 KB of records instead of returning with the first one: fewer,
         * larger polls where an event's effect may come that much later (zero: as the kit's default).
         */
        public Builder fetchWait(Duration wait) {
            this.fetchWait = wait;
            return this;
        }

        /**
         * A consumer of events that are rare on its topics and whose effect can wait a little (an area's profile, a
         * school's submitted enrolment, office staff): its fetches wait up to {@code khet.consumer.patient-fetch-wait}
         * (250 ms; 0 s: as every consumer). Reading a busy topic for them cost as many fetches, and polls through
         * records it skips, as the org replica that applies every rename (ADR 0043, stop 34).
         */
        public Builder patient() {
            this.patient = true;
            return this;
        }

        /** Subscribes and starts the consumer's thread. */
        public EventConsumer start() {
            if (topics.isEmpty()) {
                throw new IllegalStateException("consumer " + name + ": no topics");
            }
            if (handler == null) {
                throw new IllegalStateException("consumer " + name + ": no handler");
            }
            if (processed == null) {
                throw new IllegalStateException("consumer " + name + ": no ProcessedEvents");
            }
            return new EventConsumer(this);
        }
    }

    private EventConsumer(Builder b) {
        this.name = b.name;
        this.processed = b.processed;
        this.handler = b.handler;
        this.batchHandler = b.batchHandler;
        this.types = Set.copyOf(b.types);
        var config = ConfigProvider.getConfig();
        boolean recordEvery = config.getOptionalValue("khet.consumer.record-every-event", Boolean.class).orElse(false);
        this.idempotent = b.idempotent && !recordEvery;
        this.relevant = recordEvery ? null : b.relevant;
        this.wantedNow = config.getOptionalValue("khet.consumer.ask-before-decoding", Boolean.class).orElse(true)
                ? b.wantedNow : null;
        this.batch = config.getOptionalValue("khet.consumer.batch", Boolean.class).orElse(true);
        this.bulk = config.getOptionalValue("khet.consumer.bulk", Boolean.class).orElse(true);
        this.skipUnwanted = config.getOptionalValue("khet.consumer.skip-unwanted", Boolean.class).orElse(true);
        this.asyncCommit = config.getOptionalValue("khet.consumer.async-commit", Boolean.class).orElse(true);
        this.commitInterval = (b.commitInterval != null ? b.commitInterval
                : config.getOptionalValue("khet.consumer.commit-interval", Duration.class).orElse(Duration.ofSeconds(1)))
                .toNanos();
        MeterRegistry registry = registry();
        this.batchTx = Timer.builder("khet.consumer.transaction").tag("consumer", name).tag("mode", "batch")
                .description("A consumer's transaction: one poll's records (batch) or one record (single)").register(registry);
        this.singleTx = Timer.builder("khet.consumer.transaction").tag("consumer", name).tag("mode", "single")
                .description("A consumer's transaction: one poll's records (batch) or one record (single)").register(registry);
        this.offsets = Timer.builder("khet.consumer.commit").tag("consumer", name)
                .description("Committing a poll's offsets to Kafka").register(registry);
        this.delay = Timer.builder("khet.consumer.delay").tag("consumer", name)
                .description("From an event's time to the commit of its effect").publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
        this.batchSize = DistributionSummary.builder("khet.consumer.batch.records").tag("consumer", name)
                .description("Records applied in one transaction").register(registry);
        this.skipped = Counter.builder("khet.consumer.skipped").tag("consumer", name)
                .description("Records skipped undecoded: of a type the consumer does not handle, or none wants now")
                .register(registry);
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, b.bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, name);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Duration wait = b.fetchWait != null ? b.fetchWait : b.patient
                ? config.getOptionalValue("khet.consumer.patient-fetch-wait", Duration.class).orElse(Duration.ofMillis(250))
                : Duration.ZERO;
        if (!wait.isZero()) {
            p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, String.valueOf(wait.toMillis()));
            p.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, String.valueOf(256 * 1024));
        }
        this.consumer = new KafkaConsumer<>(p);
        this.consumer.subscribe(b.topics, new Rebalance());
        this.thread = new Thread(this::loop, "consumer-" + name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void loop() {
        try {
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    if (!apply(records)) {
                        return;
                    }
                    // only the offsets of records applied (or skipped) are ever committed
                    applied.putAll(positions(records));
                }
                commitApplied();
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "consumer %s stopped", name);
        } finally {
            if (!applied.isEmpty()) {
                try {
                    consumer.commitSync(applied, Duration.ofSeconds(2));
                } catch (RuntimeException e) {
                    LOG.debugf("consumer %s: the last offsets were not committed (%s); their events will be skipped on "
                            + "redelivery", name, e.getMessage());
                }
            }
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** Applies one poll's records; false when the consumer was stopped while retrying one. */
    private boolean apply(ConsumerRecords<String, String> records) {
        // asked after the read: a subscription (say) registered after this answer came after the read too
        Predicate<String> now = wantedNow();
        boolean byHeader = now != null || (skipUnwanted && !types.isEmpty());
        List<CloudEvent> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> r : records) {
            Header h = byHeader ? r.headers().lastHeader(TYPE_HEADER) : null;
            if (h != null && !wanted(new String(h.value(), StandardCharsets.UTF_8), now)) {
                skipped.increment();
                continue;
            }
            CloudEvent event = decode(r);
            if (event != null && wanted(event.type(), now)) {
                events.add(event);
            }
        }
        if (!events.isEmpty() && !(batch && events.size() > 1 && handleBatch(events))) {
            for (CloudEvent event : events) {
                if (!handleWithRetry(event)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Commits the offsets applied since the last commit: at once with {@code khet.consumer.async-commit=false}, else asynchronously at most once per {@code khet.consumer.commit-interval} (ADR 0043, stop 34).
     * Each commit is a request to the broker's group coordinator and a record in its offsets log; committing after
     * every poll made a busy service's consumers send as many commits as fetches. An offset not committed yet only
     * redelivers, after a crash or a rebalance, events whose ids the log holds or that this consumer skips.
     */
    private void commitApplied() {
        if (applied.isEmpty()) {
            return;
        }
        long t = System.nanoTime();
        if (!asyncCommit) {
            consumer.commitSync(applied);
        } else if (t - lastCommit >= commitInterval) {
            consumer.commitAsync(new HashMap<>(applied), (committed, e) -> {
                if (e != null) {
                    // harmless: the next commit carries later offsets, and a redelivery changes nothing
                    LOG.debugf("consumer %s: an offset commit failed (%s)", name, e.getMessage());
                }
            });
        } else {
            return;
        }
        lastCommit = t;
        applied.clear();
        offsets.record(System.nanoTime() - t, TimeUnit.NANOSECONDS);
    }

    /** Commits what was applied of partitions being taken away, so that their next owner starts after it. */
    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            Map<TopicPartition, OffsetAndMetadata> mine = new HashMap<>();
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata o = applied.remove(tp);
                if (o != null) {
                    mine.put(tp, o);
                }
            }
            if (!mine.isEmpty()) {
                try {
                    consumer.commitSync(mine, Duration.ofSeconds(2));
                } catch (RuntimeException e) {
                    LOG.debugf("consumer %s: offsets of revoked partitions not committed (%s)", name, e.getMessage());
                }
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            partitions.forEach(applied::remove);
        }
    }

    /** {@code wantedNow}'s answer; null (every type may be wanted: the transaction asks again) when it fails. */
    private Predicate<String> wantedNow() {
        if (wantedNow == null) {
            return null;
        }
        try {
            return wantedNow.get();
        } catch (RuntimeException e) {
            LOG.debugf("consumer %s: which types are wanted now is not known (%s); decoding every record", name,
                    e.getMessage());
            return null;
        }
    }

    /** Whether an event of this type is handled here ({@code types}) and may have an effect now ({@code now}). */
    private boolean wanted(String type, Predicate<String> now) {
        return (!skipUnwanted || types.isEmpty() || types.contains(type)) && (now == null || now.test(type));
    }

    /** Records skipped undecoded since this consumer started (see {@code khet_consumer_skipped_total}). */
    public long skipped() {
        return (long) skipped.count();
    }

    /** Offset commits sent since this consumer started (see {@code khet_consumer_commit_seconds}). */
    public long commits() {
        return offsets.count();
    }

    /** The next offset of each partition of a poll whose records were all applied. */
    private static Map<TopicPartition, OffsetAndMetadata> positions(ConsumerRecords<String, String> records) {
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (TopicPartition tp : records.partitions()) {
            List<ConsumerRecord<String, String>> rs = records.records(tp);
            next.put(tp, new OffsetAndMetadata(rs.get(rs.size() - 1).offset() + 1));
        }
        return next;
    }

    private CloudEvent decode(ConsumerRecord<String, String> r) {
        try {
            return EventJson.read(r.value());
        } catch (IllegalArgumentException e) {
            LOG.errorf("consumer %s skips an undecodable record at %s-%d@%d: %s", name, r.topic(), r.partition(),
                    r.offset(), e.getMessage());
            return null;
        }
    }

    /** All events in one transaction, in order; false (everything rolled back) when one of them failed. */
    private boolean handleBatch(List<CloudEvent> events) {
        long t = System.nanoTime();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                List<CloudEvent> wanted = relevant == null ? events : relevant.apply(events);
                if (!bulk) {
                    for (CloudEvent event : wanted) {
                        if (firstDelivery(event)) {
                            handler.accept(event);
                        }
                    }
                    return;
                }
                List<CloudEvent> todo;
                if (idempotent) {
                    todo = wanted;
                } else {
                    Set<String> fresh = wanted.isEmpty() ? Set.of()
                            : processed.firstDeliveries(name, wanted.stream().map(CloudEvent::id).toList());
                    todo = new ArrayList<>(fresh.size());
                    for (CloudEvent event : wanted) {
                        if (fresh.remove(event.id())) {
                            todo.add(event);
                        }
                    }
                }
                if (batchHandler != null) {
                    if (!todo.isEmpty()) {
                        batchHandler.accept(todo);
                    }
                } else {
                    todo.forEach(handler);
                }
            });
        } catch (RuntimeException e) {
            LOG.warnf("consumer %s: a batch of %d events rolled back (%s); applying them one at a time", name,
                    events.size(), e.getMessage());
            return false;
        }
        batchTx.record(System.nanoTime() - t, TimeUnit.NANOSECONDS);
        batchSize.record(events.size());
        long now = System.currentTimeMillis();
        for (CloudEvent event : events) {
            recordDelay(event, now);
        }
        return true;
    }

    /** Records the event's id in the transaction and says whether it is new (always new when nothing is recorded). */
    private boolean firstDelivery(CloudEvent event) {
        return idempotent || processed.firstDelivery(name, event.id());
    }

    private void recordDelay(CloudEvent event, long committedMillis) {
        if (event.time() != null) {
            delay.record(Math.max(0, committedMillis - event.time().toInstant().toEpochMilli()), TimeUnit.MILLISECONDS);
        }
    }

    private static MeterRegistry registry() {
        try {
            if (Arc.container() != null) {
                var bean = Arc.container().instance(MeterRegistry.class);
                if (bean.isAvailable()) {
                    return bean.get();
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("no CDI meter registry; using the global one", e);
        }
        return Metrics.globalRegistry;
    }

    private boolean handleWithRetry(CloudEvent event) {
        long pause = 200;
        while (running) {
            try {
                long t = System.nanoTime();
                QuarkusTransaction.requiringNew().run(() -> {
                    if ((relevant == null || !relevant.apply(List.of(event)).isEmpty()) && firstDelivery(event)) {
                        handler.accept(event);
                    }
                });
                singleTx.record(System.nanoTime() - t, TimeUnit.NANOSECONDS);
                batchSize.record(1);
                recordDelay(event, System.currentTimeMillis());
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
