package org.khet.kit.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/**
 * {@code khet.webhooks.*}: the webhook subsystem, off unless a service enables it (school-service hosts it for every
 * service's events, ADR 0018). The retry defaults keep a subscriber that is down for a day from losing anything: waits
 * of 10 s doubling to 5 min, 300 attempts spanning about 24.6 h before a delivery is a dead letter.
 */
@ConfigMapping(prefix = "khet.webhooks")
public interface WebhookConfig {
    /** Run the worker and serve {@code /v1/webhooks} (a build-time switch for the resource, read again at start). */
    @WithDefault("false")
    boolean enabled();

    /** The topics whose events are delivered: every service's. */
    @WithDefault("khet.school,khet.assessment,khet.budget,khet.project,khet.report")
    List<String> topics();

    /**
     * How long the fan-out's fetches wait at the broker for more events (Kafka's {@code fetch.max.wait.ms}, with a
     * {@code fetch.min.bytes} of 256 KB): a webhook may start up to this much later, and the fan-out reads a busy
     * stream in fewer, larger polls (ADR 0043, stop 33). 0: Kafka's defaults, a fetch answered as soon as one event is
     * there.
     */
    @WithDefault("500ms")
    Duration fetchWait();

    /** Wait after a delivery's first failed attempt; doubled after each further failure up to {@link #maxBackoff()}. */
    @WithDefault("10s")
    Duration initialBackoff();

    @WithDefault("5m")
    Duration maxBackoff();

    /** Attempts before a delivery becomes a dead letter (replayable). */
    @WithDefault("300")
    int maxAttempts();

    /** How often the dispatcher looks for due deliveries when it found none. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Most deliveries attempted at once (each of a different subscription or aggregate). */
    @WithDefault("100")
    int batchSize();

    @WithDefault("5s")
    Duration connectTimeout();

    /** How long a subscriber may take to answer before the attempt counts as failed. */
    @WithDefault("10s")
    Duration requestTimeout();

    /**
     * How long a delivered row stays in the delivery log before it is deleted (dead and pending rows are never
     * pruned). An event is not sent twice because its row is kept: each subscription's fan-out consumer commits its
     * Kafka offsets, so an event is read again only when a consumer group is reset — after this period that would
     * send it again, which a subscriber must accept anyway (CloudEvents at least once, by {@code id}).
     */
    @WithDefault("30d")
    Duration retention();

    /** How often delivered rows past {@link #retention()} are pruned, and at most how many at a time. */
    @WithDefault("10m")
    Duration pruneInterval();

    @WithDefault("10000")
    int pruneBatch();
}
