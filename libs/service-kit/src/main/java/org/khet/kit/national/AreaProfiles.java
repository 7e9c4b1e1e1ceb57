package org.khet.kit.national;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.Topics;
import org.khet.contracts.events.school.AreaProfileChanged;
import org.khet.kit.config.KhetConfig;
import org.khet.kit.consumer.EventConsumer;
import org.khet.kit.consumer.ProcessedEvents;
import org.khet.kit.sql.Sql;


/**
 * This service's copy of the areas' affiliation (primary สพป. / secondary สพม.) and province, which the national
 * roll-ups filter by: kept in table {@code area_profile} from school-service's {@code school.AreaProfileChanged.v1}
 * events (consumer group {@code khet-<service>-area-profiles}) when {@code khet.national.area-profile-replica=true}.
 * school-service owns the areas and reads them through a view of the same name instead.
 */
@ApplicationScoped
public class AreaProfiles {
    private final KhetConfig config;
    private final Sql sql;
    private final ProcessedEvents processed;
    private final String bootstrapServers;
    private EventConsumer consumer;

    public AreaProfiles(KhetConfig config, Sql sql, ProcessedEvents processed,
                        @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        this.config = config;
        this.sql = sql;
        this.processed = processed;
        this.bootstrapServers = bootstrapServers;
    }

    /** Stores an area's affiliation, province and name as its latest event says. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(AreaProfileChanged a) {
        sql.update("""
                insert into area_profile (code, name_th, level, province, updated_at) values (?, ?, ?, ?, now())
                on conflict (code) do update set name_th = excluded.name_th, level = excluded.level,
                    province = excluded.province, updated_at = now()""",
                a.code(), a.nameTh(), a.level(), a.province());
    }

    void onStart(@Observes StartupEvent ev) {
        if (config.national().areaProfileReplica()) {
            consumer = EventConsumer.named("khet-" + config.service() + "-area-profiles", bootstrapServers)
                    .topics(Topics.SCHOOL).types(AreaProfileChanged.TYPE).processed(processed).patient()
                    .handler(e -> {
                        if (AreaProfileChanged.TYPE.equals(e.type())) {
                            apply(EventJson.data(e, AreaProfileChanged.class));
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
