package org.khet.kit.webhook;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.khet.contracts.events.CloudEvent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends pending webhook deliveries (ADR 0018): CloudEvents structured mode ({@code POST}, {@code application/cloudevents+json},
 * the body the CloudEvent JSON as stored), signed with {@code Khet-Signature: sha256=<hex>}. A delivery is attempted
 * only when no earlier delivery of its subscription and aggregate is still pending or dead, so a subscriber sees an
 * aggregate's events in order; a 2xx answer delivers it, anything else (or no answer within the request timeout) is
 * retried after an exponential backoff, and after {@code max-attempts} it is a dead letter that still holds the later
 * events of its aggregate until it is replayed. Rows are locked ({@code FOR UPDATE SKIP LOCKED}) while they are sent,
 * so replicas never send one delivery twice at once; the deliveries of one round go out in parallel.
 *
 * <p>Delivered rows older than {@code retention} are pruned every {@code prune-interval}, a batch at a time, so the
 * log does not grow for ever; pending and dead rows stay until they are delivered. The meters
 * ({@code /q/metrics}): {@code khet.webhooks.pending}, {@code khet.webhooks.dead},
 * {@code khet.webhooks.oldest.pending.age.seconds} (refreshed at most every few seconds), and the counters
 * {@code khet.webhooks.delivered}, {@code khet.webhooks.failed.attempts}, {@code khet.webhooks.pruned}.
 */
@ApplicationScoped
public class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    static final String USER_AGENT = "khet-webhooks/1";
    private static final long GAUGE_EVERY_MS = 5000;

    private final AgroalDataSource dataSource;
    private final WebhookConfig config;
    private volatile HttpClient client;
    private volatile Thread worker;
    private volatile boolean running;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong dead = new AtomicLong();
    private final AtomicLong oldestPendingMillis = new AtomicLong();
    private final Counter delivered;
    private final Counter failedAttempts;
    private final Counter pruned;
    private long gaugesAt;
    private long prunedAt;

    public WebhookDispatcher(AgroalDataSource dataSource, WebhookConfig config, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.config = config;
        Gauge.builder("khet.webhooks.pending", pending, AtomicLong::get)
                .description("Webhook deliveries not yet delivered (waiting for their turn or a retry)").register(registry);
        Gauge.builder("khet.webhooks.dead", dead, AtomicLong::get)
                .description("Webhook deliveries that gave up: dead letters waiting for a replay").register(registry);
        Gauge.builder("khet.webhooks.oldest.pending.age.seconds", oldestPendingMillis, a -> a.get() / 1000.0)
                .description("Age of the oldest pending webhook delivery").register(registry);
        delivered = Counter.builder("khet.webhooks.delivered").description("Webhook deliveries a subscriber took")
                .register(registry);
        failedAttempts = Counter.builder("khet.webhooks.failed.attempts")
                .description("Webhook delivery attempts that failed (to be retried, or dead)").register(registry);
        pruned = Counter.builder("khet.webhooks.pruned").description("Delivered rows deleted after the retention period")
                .register(registry);
    }

    void onStart(@Observes StartupEvent ev) {
        if (!config.enabled()) {
            return;
        }
        client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        running = true;
        Thread w = new Thread(this::loop, "webhook-dispatcher");
        w.setDaemon(true);
        worker = w;
        w.start();
    }

    /** Stops the loop; a round cut short rolls back, and its deliveries are sent again (at least once). */
    void onStop(@Observes ShutdownEvent ev) {
        running = false;
        Thread w = worker;
        if (w != null) {
            w.interrupt();
        }
    }

    private void loop() {
        while (running) {
            long sleep = config.pollInterval().toMillis();
            try {
                if (runOnce() > 0) {
                    sleep = 0;
                }
                long now = System.currentTimeMillis();
                if (now - prunedAt >= config.pruneInterval().toMillis()) {
                    prunedAt = now;
                    prune();
                }
                if (now - gaugesAt >= GAUGE_EVERY_MS) {
                    gaugesAt = now;
                    refreshGauges();
                }
            } catch (Exception e) {
                LOG.warnf("webhook dispatcher: %s; retrying in %d ms", e.getMessage(), sleep);
            }
            if (sleep > 0) {
                try {
                    Thread.sleep(sleep);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** The wait after a delivery's {@code attempts}-th failed attempt: initial × 2^(attempts−1), at most the maximum. */
    static Duration backoff(int attempts, Duration initial, Duration max) {
        long ms = initial.toMillis() << Math.min(Math.max(attempts - 1, 0), 30);
        return Duration.ofMillis(Math.min(ms, max.toMillis()));
    }

    /** One round: attempts every due delivery whose earlier deliveries are done. @return deliveries attempted. */
    int runOnce() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<Due> due = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("""
                        select d.id, d.body, d.attempts, s.url, s.secret
                          from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                         where d.status = 'pending' and d.next_attempt_at <= now()
                           and not exists (select 1 from webhook_delivery e
                                            where e.subscription_id = d.subscription_id and e.aggregate_key = d.aggregate_key
                                              and e.id < d.id and e.status <> 'delivered')
                         order by d.id limit ? for update of d skip locked""")) {
                    ps.setInt(1, config.batchSize());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            due.add(new Due(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
                        }
                    }
                }
                if (due.isEmpty()) {
                    c.rollback();
                    return 0;
                }
                List<CompletableFuture<Outcome>> sent = due.stream().map(this::send).toList();
                for (int i = 0; i < due.size(); i++) {
                    record(c, due.get(i), outcome(sent.get(i)));
                }
                c.commit();
                return due.size();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /**
     * Deletes delivered rows past the retention, a batch per statement until none is left.
     * @return rows deleted
     */
    public int prune() throws SQLException {
        int total = 0;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     delete from webhook_delivery where id in (
                         select id from webhook_delivery
                          where status = 'delivered' and delivered_at < now() - ? * interval '1 millisecond'
                          limit ?)""")) {
            ps.setLong(1, config.retention().toMillis());
            ps.setInt(2, config.pruneBatch());
            int n;
            do {
                n = ps.executeUpdate();
                total += n;
            } while (n == config.pruneBatch() && running);
        }
        if (total > 0) {
            pruned.increment(total);
            LOG.infof("webhooks: %d delivered rows older than %s pruned", total, config.retention());
        }
        return total;
    }

    /** Reads the pending and dead counts and the oldest pending row's age into the gauges. */
    public void refreshGauges() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     select count(*) filter (where status = 'pending'), count(*) filter (where status = 'dead'),
                            coalesce(extract(epoch from now() - min(created_at) filter (where status = 'pending')) * 1000, 0)
                       from webhook_delivery where status <> 'delivered'""");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            pending.set(rs.getLong(1));
            dead.set(rs.getLong(2));
            oldestPendingMillis.set(rs.getLong(3));
        }
    }

    private CompletableFuture<Outcome> send(Due d) {
        byte[] body = d.body().getBytes(StandardCharsets.UTF_8);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(d.url()))
                    .timeout(config.requestTimeout())
                    .header("Content-Type", CloudEvent.CONTENT_TYPE)
                    .header(WebhookSignature.HEADER, WebhookSignature.sign(d.secret(), body))
                    .header("User-Agent", USER_AGENT)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .thenApply(r -> r.statusCode() / 100 == 2 ? new Outcome(r.statusCode(), null)
                            : new Outcome(r.statusCode(), "the subscriber answered " + r.statusCode()))
                    .exceptionally(e -> new Outcome(null, "no answer: " + describe(e)));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(new Outcome(null, "cannot send: " + describe(e)));
        }
    }

    private Outcome outcome(CompletableFuture<Outcome> f) {
        try {
            // the request timeout bounds each exchange; the margin covers connecting
            return f.get(config.requestTimeout().plus(config.connectTimeout()).toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            f.cancel(true);
            return new Outcome(null, "no answer: " + describe(e));
        }
    }

    private void record(Connection c, Due d, Outcome o) throws SQLException {
        int attempts = d.attempts() + 1;
        boolean delivered = o.error() == null;
        String status = delivered ? "delivered" : attempts >= config.maxAttempts() ? "dead" : "pending";
        try (PreparedStatement ps = c.prepareStatement("""
                update webhook_delivery set status = ?, attempts = ?, last_status = ?, last_error = ?, last_attempt_at = now(),
                       delivered_at = case when ? then now() end,
                       next_attempt_at = now() + ? * interval '1 millisecond'
                 where id = ?""")) {
            ps.setString(1, status);
            ps.setInt(2, attempts);
            if (o.status() == null) {
                ps.setNull(3, Types.INTEGER);
            } else {
                ps.setInt(3, o.status());
            }
            ps.setString(4, o.error());
            ps.setBoolean(5, delivered);
            ps.setLong(6, delivered ? 0 : backoff(attempts, config.initialBackoff(), config.maxBackoff()).toMillis());
            ps.setLong(7, d.id());
            ps.executeUpdate();
        }
        if (delivered) {
            this.delivered.increment();
        } else {
            failedAttempts.increment();
            LOG.debugf("webhook delivery %d attempt %d: %s", d.id(), attempts, o.error());
        }
    }

    private static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        String m = t.getMessage();
        String text = t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " " + m);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private record Due(long id, String body, int attempts, String url, String secret) {
    }

    private record Outcome(Integer status, String error) {
    }
}
