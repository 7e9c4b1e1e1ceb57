package org.khet.kit.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Configuration shared by every Khet service ({@code khet.*}). */
@ConfigMapping(prefix = "khet")
public interface KhetConfig {

    /** The owning service's short name (school, assessment, budget, project, report): its topic and event source. */
    String service();

    Outbox outbox();

    OrgReplica orgReplica();

    Security security();

    interface Security {
        /** Check bearer tokens and org scope on every request (off only in tests that are not about security). */
        @WithDefault("false")
        boolean enabled();
    }

    interface OrgReplica {
        /** Keep a replica of the org directory from school-service's events (off in school-service, its owner). */
        @WithDefault("true")
        boolean enabled();
    }

    interface Outbox {
        /** Run the relay in this process (off in tests that drive it by hand). */
        @WithDefault("true")
        boolean relayEnabled();

        /** How often the relay looks for new outbox rows when it found none the last time. */
        @WithDefault("200ms")
        Duration pollInterval();

        /** Most rows sequenced and published in one round. */
        @WithDefault("500")
        int batchSize();

        /** First wait after a failed publish; doubled on each failure in a row up to {@link #maxBackoff()}. */
        @WithDefault("500ms")
        Duration initialBackoff();

        @WithDefault("30s")
        Duration maxBackoff();

        /** How long one publish round waits for the broker's acknowledgements. */
        @WithDefault("10s")
        Duration sendTimeout();
    }
}
