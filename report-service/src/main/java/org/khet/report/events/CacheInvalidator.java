package org.khet.report.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.khet.contracts.events.CloudEvent;
import org.khet.contracts.events.Topics;
import org.khet.kit.consumer.EventConsumer;
import org.khet.kit.consumer.ProcessedEvents;
import org.khet.report.config.ReportConfig;
import org.khet.report.service.ReportCache;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Drops cached reports when any service publishes a change for an area and year (topics khet.school,
 * khet.assessment, khet.budget, khet.project; area and years from the CloudEvents extensions). A fiscal-year
 * event touches that year's report and the next one (which compares with it); an academic-year event touches
 * the reports of the two fiscal years that show that academic year (as the reported year and as "last year").
 * An event without a year drops every year of the area; one without an area (reference figures such as the
 * national O-NET means) drops those years of every area.
 */
@ApplicationScoped
public class CacheInvalidator {
    private static final Logger LOG = Logger.getLogger(CacheInvalidator.class);

    private final ReportConfig config;
    private final ReportCache cache;
    private final ProcessedEvents processed;
    private final String bootstrapServers;
    private EventConsumer consumer;

    public CacheInvalidator(ReportConfig config, ReportCache cache, ProcessedEvents processed,
                            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        this.config = config;
        this.cache = cache;
        this.processed = processed;
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes StartupEvent ev) {
        if (config.cache().invalidationEnabled()) {
            String group = config.cache().consumerGroup().orElseGet(() -> "khet-report-cache-" + host());
            // dropping a cached report twice is harmless (ADR 0016): no event id is recorded, no database is touched
            consumer = EventConsumer.named(group, bootstrapServers)
                    .topics(Topics.SCHOOL, Topics.ASSESSMENT, Topics.BUDGET, Topics.PROJECT).processed(processed)
                    .idempotent().handler(this::apply).start();
        }
    }

    /** The fiscal years whose reports an event can change, and drops them. */
    public int apply(CloudEvent e) {
        Set<Integer> years = new TreeSet<>();
        if (e.fiscalyear() != null) {
            years.add(e.fiscalyear());
            years.add(e.fiscalyear() + 1);
        }
        if (e.academicyear() != null) {
            years.add(e.academicyear() + 1);
            years.add(e.academicyear() + 2);
        }
        int dropped = cache.invalidate(e.areacode(), years);
        LOG.debugf("event %s (%s) for area %s, years %s: dropped %d cached report(s)", e.id(), e.type(), e.areacode(),
                years, dropped);
        return dropped;
    }

    private static String host() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "local";
        }
    }

    void onStop(@Observes ShutdownEvent ev) {
        if (consumer != null) {
            consumer.close();
        }
    }
}
