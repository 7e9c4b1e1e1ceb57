package org.khet.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** report-service's own settings ({@code khet.report.*}); the upstream URLs use the gateway's env names. */
@ConfigMapping(prefix = "khet.report")
public interface ReportConfig {

    Upstreams upstreams();

    Cache cache();

    interface Upstreams {
        /** school-service base URL ({@code KHET_SCHOOL_URL}). */
        String school();

        /** assessment-service base URL ({@code KHET_ASSESSMENT_URL}). */
        String assessment();

        /** budget-service base URL ({@code KHET_BUDGET_URL}). */
        String budget();

        /** project-service base URL ({@code KHET_PROJECT_URL}). */
        String project();

        /** How long to wait for a TCP connection to an upstream. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** How long one summary call may take in all before the upstream counts as unavailable. */
        @WithDefault("10s")
        Duration requestTimeout();
    }

    interface Cache {
        /** Rendered reports kept in memory (least recently used are dropped first). */
        @WithDefault("500")
        int maxEntries();

        /** Listen to khet.school/assessment/budget/project and drop the cached reports of the area and year. */
        @WithDefault("true")
        boolean invalidationEnabled();

        /**
         * Kafka consumer group of this instance's invalidation listener. Every instance must see every event
         * (each holds its own cache), so the default is unique per host.
         */
        Optional<String> consumerGroup();
    }
}
