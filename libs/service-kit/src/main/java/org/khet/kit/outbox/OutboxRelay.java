package org.khet.kit.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.khet.contracts.events.CloudEvent;
import org.khet.kit.config.KhetConfig;
import org.khet.kit.consumer.EventConsumer;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Moves outbox rows to Kafka. Each round it (1) gives newly committed rows their position in commit order —
 * the change feed's order — and (2) publishes unpublished rows in that order, marking them sent in the same
 * database transaction that locked them ({@code FOR UPDATE SKIP LOCKED}). A publish that fails stops the
 * round at that row, so no later event of the same aggregate overtakes it, and the relay backs off
 * exponentially. Events are never dropped: a broker outage only delays them. Delivery is at least once;
 * consumers deduplicate by event id.
 * <p>
 * When it found nothing to do it waits for {@link #wake()} — called by {@link Outbox} after a transaction that wrote
 * outbox rows commits — or the poll interval, whichever comes first; rows held back (another replica sequencing, or
 * with {@code khet.outbox.wait-for-older-transactions} a still-running older transaction) are retried after a short,
 * growing pause (ADR 0029, 0040). Since ADR 0043 a round is one transaction ({@code khet.outbox.one-pass}): the rows are
 * read once, sent, and given their positions and marked published by one statement, so each row is written once after
 * its insert instead of twice; after a failed send the relay sequences and publishes in separate transactions again
 * until the broker takes events, so that the change feed goes on; and a round that took every row it saw waits for the
 * next commit's wake instead of running an empty round. Each record carries its event's type in a {@code ce_type} header, so that consumers
 * skip the types they do not handle without decoding them. Each phase of a round is timed
 * ({@code khet_outbox_phase_seconds{phase=...}}), and {@code khet_outbox_delay_seconds} is each event's time from
 * its write to the broker's acknowledgement.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock key: one sequencer per database, however many replicas of the service run. */
    private static final long SEQUENCER_LOCK = 0x6b6865744f7574L;
    /**
     * Advisory lock key: one publisher per database at a time. Without it a second replica would skip the rows
     * the first has locked and publish the next batch first, so one aggregate's events could arrive out of order.
     */
    private static final long PUBLISHER_LOCK = 0x6b686574507562L;

    /**
     * Gives the next positions to committed rows (visible to this statement) in (transaction, insertion) order. A row
     * committed later is not visible yet and gets a higher position in a later round: positions follow the order in
     * which transactions became visible, between rounds (ADR 0040).
     */
    private static final String SEQUENCE_COMMITTED = """
            with base as (select coalesce(max(position), 0) as top from outbox_event),
                 todo as (select id, row_number() over (order by txid, seq) as rn
                            from outbox_event
                           where position is null
                           order by txid, seq
                           limit ?)
            update outbox_event o set position = base.top + todo.rn
              from todo, base where o.id = todo.id""";
    /**
     * ADR 0002's rule ({@code khet.outbox.wait-for-older-transactions}): only rows of transactions older than every
     * transaction still running on the server, in any database.
     */
    private static final String SEQUENCE_AFTER_OLDER = """
            with base as (select coalesce(max(position), 0) as top from outbox_event),
                 todo as (select id, row_number() over (order by txid, seq) as rn
                            from outbox_event
                           where position is null
                             and txid < pg_snapshot_xmin(pg_current_snapshot())
                           order by txid, seq
                           limit ?)
            update outbox_event o set position = base.top + todo.rn
              from todo, base where o.id = todo.id""";

    /**
     * A one-pass round's rows (ADR 0043), in the order they go to the broker: first those sequenced but not yet published
     * (left by a failed send or a sequencing-only round), by position; then committed, unsequenced ones in
     * (transaction, insertion) order, each with its rank and the highest position handed out so far. %s: ADR 0002's
     * rule, when it applies.
     */
    private static final String ONE_PASS_SELECT = """
            select id, position, topic, aggregate_id, payload::text, occurred_at, type, top from (
                select 0 as k, b.position as o, b.id, b.position, b.topic, b.aggregate_id, b.payload, b.occurred_at,
                       b.type, 0::bigint as top
                  from (select * from outbox_event where published_at is null and position is not null
                         order by position limit ?) b
                union all
                select 1, row_number() over (order by f.txid, f.seq), f.id, null, f.topic, f.aggregate_id, f.payload,
                       f.occurred_at, f.type, (select coalesce(max(position), 0) from outbox_event)
                  from (select * from outbox_event where position is null %s order by txid, seq limit ?) f
            ) r order by k, o""";
    /**
     * A one-pass round's one write: each new row its position, each acknowledged row published ({@code a}), the first
     * one not acknowledged its failure ({@code f}), a new row after it only its position ({@code n}).
     */
    private static final String ONE_PASS_MARK = """
            update outbox_event o
               set position = coalesce(o.position, v.position),
                   published_at = case when v.outcome = 'a' then now() else o.published_at end,
                   attempts = o.attempts + case when v.outcome = 'n' then 0 else 1 end,
                   last_error = case v.outcome when 'a' then null when 'f' then ? else o.last_error end
              from unnest(?::uuid[], ?::bigint[], ?::text[]) as v(id, position, outcome)
             where o.id = v.id""";

    private final AgroalDataSource dataSource;
    private final KhetConfig config;
    private final String bootstrapServers;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final MeterRegistry registry;
    private final Map<String, Timer> phases = new ConcurrentHashMap<>();
    private final Timer delay;
    /** Set by {@link #wake()}, cleared when the relay starts waiting again. */
    private final Object signal = new Object();
    private boolean woken;
    /** The last round found unsequenced rows it could not take yet (an older transaction still running, or the lock held). */
    private volatile boolean heldBack;
    private long lastGauges;
    private volatile KafkaProducer<String, String> producer;
    private volatile Thread worker;
    private volatile boolean running;
    private int failuresInARow;
    /** After a failed publish, send one event at a time until the broker acknowledges again. */
    private volatile boolean probing;
    /** The last round took as many rows as a round may: more may be waiting. */
    private boolean roundFull;

    public OutboxRelay(AgroalDataSource dataSource, KhetConfig config, MeterRegistry registry,
                       @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        this.dataSource = dataSource;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.registry = registry;
        this.delay = Timer.builder("khet.outbox.delay")
                .description("Time from an event's write to the broker's acknowledgement of it")
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
        Gauge.builder("khet.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox events not yet published to Kafka").register(registry);
        Gauge.builder("khet.outbox.oldest.age.seconds", oldestAgeMillis, a -> a.get() / 1000.0)
                .description("Age of the oldest unpublished outbox event").register(registry);
        Gauge.builder("khet.outbox.published", published, AtomicLong::get)
                .description("Events published by this relay since it started").register(registry);
    }

    void onStart(@Observes StartupEvent ev) {
        if (config.outbox().relayEnabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent ev) {
        stop();
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    public synchronized void stop() {
        running = false;
        Thread w = worker;
        if (w != null) {
            w.interrupt();
            try {
                w.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        worker = null;
        dropProducer();
    }

    /**
     * Tells the relay that outbox rows were committed, so that it starts a round now instead of at the end of its poll
     * interval. Called after the commit of every transaction that wrote to the outbox (in this process).
     */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void loop() {
        long retry = 0;
        while (running) {
            long sleep;
            try {
                int moved = runOnce();
                failuresInARow = 0;
                long poll = config.outbox().pollInterval().toMillis();
                boolean drained = config.outbox().onePass() && config.outbox().wakeOnCommit() && !roundFull;
                if (moved > 0 && (!drained || heldBack)) {
                    sleep = 0;
                    retry = 0;
                } else if (moved > 0) {
                    // took every row it saw: the next commit wakes the relay (one during this round at once)
                    retry = 0;
                    sleep = poll;
                } else if (heldBack && config.outbox().wakeOnCommit()) {
                    // rows wait for an older transaction to end; that one may write no outbox row (nothing wakes us)
                    retry = Math.min(retry == 0 ? 5 : retry * 2, poll);
                    sleep = retry;
                } else {
                    retry = 0;
                    sleep = poll;
                }
            } catch (Exception e) {
                failuresInARow++;
                sleep = backoff(failuresInARow).toMillis();
                LOG.warnf("outbox relay: %s; retrying in %d ms (failure %d in a row)", e.getMessage(), sleep, failuresInARow);
                if (e instanceof PublishFailed) {
                    probing = true;
                    dropProducer();
                }
            }
            if (sleep > 0) {
                try {
                    idle(sleep, failuresInARow == 0 && config.outbox().wakeOnCommit());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Waits {@code ms}, or less when {@code wakeable} and a commit wakes the relay (also one during the last round). */
    private void idle(long ms, boolean wakeable) throws InterruptedException {
        long t0 = System.nanoTime();
        if (!wakeable) {
            Thread.sleep(ms);
            return;
        }
        synchronized (signal) {
            long deadline = t0 + TimeUnit.MILLISECONDS.toNanos(ms);
            while (!woken) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(signal, left);
            }
            woken = false;
        }
    }

    Duration backoff(int failures) {
        long initial = config.outbox().initialBackoff().toMillis();
        long max = config.outbox().maxBackoff().toMillis();
        long ms = initial << Math.min(failures - 1, 20);
        return Duration.ofMillis(Math.min(ms, max));
    }

    /** One round: sequence what committed, publish what is sequenced. @return rows moved (sequenced + published). */
    public int runOnce() throws SQLException {
        try {
            if (config.outbox().onePass() && !probing && failuresInARow == 0) {
                int moved = onePass();
                if (moved >= 0) {
                    return moved;
                }
            }
            long t = System.nanoTime();
            int sequenced = sequence();
            time("sequence", t);
            int sent = publish();
            roundFull = sequenced >= config.outbox().batchSize() || sent >= (probing ? 1 : config.outbox().batchSize());
            return sequenced + sent;
        } finally {
            // also after a failed round: during a broker outage the backlog and its age must keep growing
            long interval = config.outbox().gaugeInterval().toMillis();
            if (interval == 0 || System.currentTimeMillis() - lastGauges >= interval) {
                long t = System.nanoTime();
                refreshGauges();
                time("gauges", t);
                lastGauges = System.currentTimeMillis();
            }
        }
    }

    private void time(String phase, long since) {
        phases.computeIfAbsent(phase, p -> Timer.builder("khet.outbox.phase").tag("phase", p)
                        .description("Time of each phase of the outbox relay's rounds").register(registry))
                .record(System.nanoTime() - since, TimeUnit.NANOSECONDS);
    }

    /**
     * A round in one transaction, under both locks (ADR 0043): reads the rows to send (those sequenced earlier and not
     * published, then the newly committed ones in (transaction, insertion) order), sends them in that order and waits for
     * the acknowledgements, then gives the new rows their positions and marks the acknowledged ones published in one
     * statement, and commits. Every new row read gets its position whether or not the broker took it, so the change
     * feed never waits for Kafka longer than one round; a row not acknowledged stops the round as in {@link #publish}.
     *
     * @return rows moved, or -1 when another replica holds a lock (the two-phase round then does what it may)
     */
    int onePass() throws SQLException {
        int batch = config.outbox().batchSize();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long t = System.nanoTime();
                try (PreparedStatement lock = c.prepareStatement("select pg_try_advisory_xact_lock(?), pg_try_advisory_xact_lock(?)")) {
                    lock.setLong(1, SEQUENCER_LOCK);
                    lock.setLong(2, PUBLISHER_LOCK);
                    try (ResultSet rs = lock.executeQuery()) {
                        rs.next();
                        if (!rs.getBoolean(1) || !rs.getBoolean(2)) {
                            c.rollback();
                            return -1;
                        }
                    }
                }
                List<Row> rows = new ArrayList<>();
                int fresh = 0;
                long top = 0;
                try (PreparedStatement ps = c.prepareStatement(String.format(ONE_PASS_SELECT,
                        config.outbox().waitForOlderTransactions() ? "and txid < pg_snapshot_xmin(pg_current_snapshot())" : ""))) {
                    ps.setInt(1, batch);
                    ps.setInt(2, batch);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next() && rows.size() < batch) {
                            long position = rs.getLong(2);
                            if (rs.wasNull()) {
                                top = rs.getLong(8);
                                position = top + ++fresh;
                            }
                            rows.add(new Row(rs.getObject(1, UUID.class), position, rs.getString(3), rs.getString(4),
                                    rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7)));
                        }
                    }
                }
                time("select", t);
                roundFull = rows.size() >= batch;
                if (rows.isEmpty()) {
                    heldBack = config.outbox().waitForOlderTransactions() && unsequencedLeft(c);
                    c.rollback();
                    return 0;
                }
                int delivered = sendTimed(rows);
                t = System.nanoTime();
                int firstNew = rows.size() - fresh;
                List<Object> ids = new ArrayList<>();
                List<Object> positions = new ArrayList<>();
                List<Object> outcomes = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) {
                    String outcome = i < delivered ? "a" : i == delivered ? "f" : "n";
                    if (outcome.equals("n") && i < firstNew) {
                        continue; // sequenced before and not sent now: nothing changes
                    }
                    ids.add(rows.get(i).id);
                    positions.add(i >= firstNew ? rows.get(i).position : null);
                    outcomes.add(outcome);
                }
                try (PreparedStatement ps = c.prepareStatement(ONE_PASS_MARK)) {
                    ps.setString(1, "not acknowledged by the broker");
                    ps.setArray(2, c.createArrayOf("uuid", ids.toArray()));
                    ps.setArray(3, c.createArrayOf("bigint", positions.toArray()));
                    ps.setArray(4, c.createArrayOf("text", outcomes.toArray()));
                    ps.executeUpdate();
                }
                // with ADR 0002's rule, rows of transactions younger than a running one may still wait: retry soon
                heldBack = config.outbox().waitForOlderTransactions() && unsequencedLeft(c);
                c.commit();
                time("mark", t);
                published.addAndGet(delivered);
                failIfShort(rows, delivered);
                return delivered;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /**
     * Gives committed, unsequenced rows the next positions, in (transaction, insertion) order. Only rows of
     * transactions older than every transaction still running are taken, so a transaction that commits late
     * can never receive a position lower than one already handed out.
     */
    int sequence() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int n = 0;
                if (!tryLock(c, SEQUENCER_LOCK)) {
                    c.rollback();
                    heldBack = true;
                    return 0;
                }
                try (PreparedStatement ps = c.prepareStatement(config.outbox().waitForOlderTransactions()
                        ? SEQUENCE_AFTER_OLDER : SEQUENCE_COMMITTED)) {
                    ps.setInt(1, config.outbox().batchSize());
                    n = ps.executeUpdate();
                }
                // a row committed after this statement began woke the relay; only the old rule holds rows back
                heldBack = n == 0 && config.outbox().waitForOlderTransactions() && unsequencedLeft(c);
                c.commit();
                return n;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Whether unsequenced rows remain (the partial index of unsequenced rows: cheap whatever the table's size). */
    private static boolean unsequencedLeft(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select exists (select 1 from outbox_event where position is null)");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    int publish() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!tryLock(c, PUBLISHER_LOCK)) {
                    c.rollback();
                    return 0;
                }
                long t = System.nanoTime();
                List<Row> rows = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("""
                        select id, position, topic, aggregate_id, payload::text, occurred_at, type from outbox_event
                         where published_at is null and position is not null
                         order by position limit ? for update skip locked""")) {
                    ps.setInt(1, probing ? 1 : config.outbox().batchSize());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new Row(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
                                    rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7)));
                        }
                    }
                }
                if (rows.isEmpty()) {
                    c.rollback();
                    return 0;
                }
                time("select", t);
                int delivered = sendTimed(rows);
                t = System.nanoTime();
                markPublished(c, rows.subList(0, delivered));
                if (delivered < rows.size()) {
                    recordFailure(c, rows.get(delivered), "not acknowledged by the broker");
                }
                c.commit();
                time("mark", t);
                published.addAndGet(delivered);
                if (delivered == rows.size()) {
                    probing = false;
                }
                failIfShort(rows, delivered);
                return delivered;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** {@link #send}, timed, with each acknowledged event's delay since its write. */
    private int sendTimed(List<Row> rows) {
        long t = System.nanoTime();
        int delivered = send(rows);
        time("send", t);
        long acked = System.currentTimeMillis();
        for (Row r : rows.subList(0, delivered)) {
            delay.record(Math.max(0, acked - r.occurredAt.toInstant().toEpochMilli()), TimeUnit.MILLISECONDS);
        }
        return delivered;
    }

    /** A round whose rows were not all acknowledged has failed (after its commit): the loop backs off and probes. */
    private static void failIfShort(List<Row> rows, int delivered) {
        if (delivered < rows.size()) {
            throw new PublishFailed("published " + delivered + " of " + rows.size()
                    + " events; the broker did not acknowledge position " + rows.get(delivered).position);
        }
    }

    /** Sends in order and waits; returns how many of the first rows were acknowledged without a gap. */
    private int send(List<Row> rows) {
        KafkaProducer<String, String> p = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        try {
            for (Row r : rows) {
                ProducerRecord<String, String> rec = new ProducerRecord<>(r.topic, r.key, r.payload);
                rec.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                // lets a consumer skip the types it does not handle without decoding the event (ADR 0040)
                rec.headers().add(EventConsumer.TYPE_HEADER, r.type.getBytes(StandardCharsets.UTF_8));
                acks.add(p.send(rec));
            }
        } catch (RuntimeException e) {
            LOG.debugf(e, "send failed after %d records", acks.size());
        }
        long deadline = System.nanoTime() + config.outbox().sendTimeout().toNanos();
        int ok = 0;
        for (Future<RecordMetadata> f : acks) {
            try {
                f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                ok++;
            } catch (Exception e) {
                break;
            }
        }
        return ok;
    }

    private void markPublished(Connection c, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "update outbox_event set published_at = now(), attempts = attempts + 1, last_error = null where id = any(?)")) {
            ps.setArray(1, c.createArrayOf("uuid", rows.stream().map(r -> r.id).toArray()));
            ps.executeUpdate();
        }
    }

    private void recordFailure(Connection c, Row row, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update outbox_event set attempts = attempts + 1, last_error = ? where id = ?")) {
            ps.setString(1, error);
            ps.setObject(2, row.id);
            ps.executeUpdate();
        }
    }

    /** A transaction-scoped advisory lock, or false when another session holds it. */
    private static boolean tryLock(Connection c, long key) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, key);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * Reads the backlog through the two partial indexes of waiting rows (unsequenced; sequenced and unpublished), so
     * the cost follows the backlog, not the table, which keeps every event ever written (it is the change feed).
     */
    private void refreshGauges() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     select count(*), coalesce(extract(epoch from now() - min(occurred_at)) * 1000, 0)
                       from (select occurred_at from outbox_event where position is null
                             union all
                             select occurred_at from outbox_event where published_at is null and position is not null) w""");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            backlog.set(rs.getLong(1));
            oldestAgeMillis.set(rs.getLong(2));
        } catch (SQLException e) {
            // the round's own error (if any) is what the loop reports; the gauges keep their last values
            LOG.debugf(e, "outbox gauges not refreshed");
        }
    }

    public long backlog() {
        return backlog.get();
    }

    /** Age of the oldest unpublished event at the last round, in milliseconds (0 when none waits). */
    public long oldestAgeMillis() {
        return oldestAgeMillis.get();
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            // one request in flight: a retried batch can never be overtaken by the next one, even across an epoch bump
            props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "khet-" + config.service() + "-outbox");
            long timeout = config.outbox().sendTimeout().toMillis();
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(timeout));
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(Math.min(timeout, 5000)));
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(Math.max(timeout, 5000 + 1)));
            props.put(ProducerConfig.LINGER_MS_CONFIG, String.valueOf(config.outbox().linger().toMillis()));
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p = new KafkaProducer<>(props);
            producer = p;
        }
        return p;
    }

    /**
     * Closes the producer without flushing. Nothing it still buffers may reach the broker: after a failed round
     * that would put events behind the failed one ahead of it, and at shutdown the rows are not marked published
     * anyway; either way the next rounds send them again, in order.
     */
    private void dropProducer() {
        KafkaProducer<String, String> p = producer;
        producer = null;
        if (p != null) {
            try {
                p.close(Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.debug("closing producer", e);
            }
        }
    }

    private record Row(UUID id, long position, String topic, String key, String payload, OffsetDateTime occurredAt,
                       String type) {
    }

    static final class PublishFailed extends RuntimeException {
        PublishFailed(String message) {
            super(message);
        }
    }
}
