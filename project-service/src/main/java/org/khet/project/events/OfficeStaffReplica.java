package org.khet.project.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.Topics;
import org.khet.contracts.events.school.OfficeStaffChanged;
import org.khet.kit.consumer.EventConsumer;
import org.khet.kit.consumer.ProcessedEvents;
import org.khet.project.config.ProjectConfig;
import org.khet.project.service.StaffRegister;


/**
 * Keeps the office staff replica from school-service's {@code school.OfficeStaffChanged.v1} events on
 * {@code khet.school} (consumer group {@code khet-project-office-staff}), once per event through the kit's
 * {@link EventConsumer} and processed-event log, like the kit's org replica.
 */
@ApplicationScoped
public class OfficeStaffReplica {
    public static final String CONSUMER = "khet-project-office-staff";

    private final ProjectConfig config;
    private final StaffRegister register;
    private final ProcessedEvents processed;
    private final String bootstrapServers;
    private EventConsumer consumer;

    public OfficeStaffReplica(ProjectConfig config, StaffRegister register, ProcessedEvents processed,
                              @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        this.config = config;
        this.register = register;
        this.processed = processed;
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes StartupEvent ev) {
        if (config.staffReplica().enabled()) {
            consumer = EventConsumer.named(CONSUMER, bootstrapServers)
                    .topics(Topics.SCHOOL).types(OfficeStaffChanged.TYPE).processed(processed).patient()
                    .handler(e -> {
                        if (OfficeStaffChanged.TYPE.equals(e.type())) {
                            register.apply(EventJson.data(e, OfficeStaffChanged.class));
                        }
                    })
                    .start();
        }
    }

    void onStop(@Observes ShutdownEvent ev) {
        if (consumer != null) {
            consumer.close();
        }
    }
}
