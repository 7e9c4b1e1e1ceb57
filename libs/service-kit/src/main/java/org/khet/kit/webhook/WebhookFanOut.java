package org.khet.kit.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.khet.kit.config.KhetConfig;
import org.khet.kit.consumer.EventConsumer;
import org.khet.kit.consumer.ProcessedEvents;


/**
 * Reads every service's topic ({@code khet.webhooks.topics}) with the kit's idempotent consumer (group
 * {@code khet-<service>-webhooks}) and schedules each event's deliveries in the consumer's transaction, so an event
 * Kafka delivers twice is scheduled once. A subscription receives the events read after it was registered. Only the
 * events some subscription wants are recorded (ADR 0043): an event none wanted when it was read, delivered again after
 * a crash, goes to a subscription registered in between. After each poll, before decoding, the fan-out asks which types
 * the subscriptions take ({@link Webhooks#wantedTypes}) and skips the other records undecoded; with no subscription a
 * poll touches no database. Its fetches wait up to {@code khet.webhooks.fetch-wait} for more events (ADR 0043, stop 33).
 */
@ApplicationScoped
public class WebhookFanOut {
    private final KhetConfig khet;
    private final WebhookConfig config;
    private final Webhooks webhooks;
    private final ProcessedEvents processed;
    private final String bootstrapServers;
    private EventConsumer consumer;

    public WebhookFanOut(KhetConfig khet, WebhookConfig config, Webhooks webhooks, ProcessedEvents processed,
                         @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        this.khet = khet;
        this.config = config;
        this.webhooks = webhooks;
        this.processed = processed;
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes StartupEvent ev) {
        if (config.enabled()) {
            consumer = EventConsumer.named("khet-" + khet.service() + "-webhooks", bootstrapServers)
                    .topics(config.topics()).processed(processed).relevant(webhooks::subscribed)
                    .wantedNow(webhooks::wantedTypes).fetchWait(config.fetchWait())
                    .handler(webhooks::schedule).batchHandler(webhooks::scheduleAll).start();
        }
    }

    void onStop(@Observes ShutdownEvent ev) {
        if (consumer != null) {
            consumer.close();
        }
    }
}
