package org.khet.kit.org;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.Topics;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.kit.config.KhetConfig;
import org.khet.kit.consumer.EventConsumer;
import org.khet.kit.consumer.ProcessedEvents;


/**
 * Keeps this service's copy of the org directory from school-service's {@code school.OrgUnitChanged.v1} events
 * (consumer group {@code khet-<service>-org-replica}), a poll's events in one call of {@link OrgDirectory#applyAll}.
 * school-service itself owns the directory and turns this off.
 */
@ApplicationScoped
public class OrgReplica {
    private final KhetConfig config;
    private final OrgDirectory directory;
    private final ProcessedEvents processed;
    private final String bootstrapServers;
    private EventConsumer consumer;

    public OrgReplica(KhetConfig config, OrgDirectory directory, ProcessedEvents processed,
                      @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        this.config = config;
        this.directory = directory;
        this.processed = processed;
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes StartupEvent ev) {
        if (config.orgReplica().enabled()) {
            consumer = EventConsumer.named("khet-" + config.service() + "-org-replica", bootstrapServers)
                    .topics(Topics.SCHOOL).types(OrgUnitChanged.TYPE).processed(processed)
                    .handler(e -> {
                        if (OrgUnitChanged.TYPE.equals(e.type())) {
                            directory.apply(EventJson.data(e, OrgUnitChanged.class));
                        }
                    })
                    .batchHandler(events -> directory.applyAll(events.stream()
                            .filter(e -> OrgUnitChanged.TYPE.equals(e.type()))
                            .map(e -> EventJson.data(e, OrgUnitChanged.class)).toList()))
                    .start();
        }
    }

    void onStop(@Observes ShutdownEvent ev) {
        if (consumer != null) {
            consumer.close();
        }
    }
}
