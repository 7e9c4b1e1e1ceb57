package org.khet.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/**
 * report-service's own settings ({@code khet.report.*}); the upstream URLs use the gateway's env names and are the
 * REST clients' URLs ({@code quarkus.rest-client.<service>.url}); the clients' timeouts and fault tolerance are
 * {@code quarkus.rest-client.*} and {@code quarkus.fault-tolerance.*} in application.properties.
 */
@ConfigMapping(prefix = "khet.report")
public interface ReportConfig {

    Upstreams upstreams();

    Cache cache();

    Pdf pdf();

    National national();

    interface National {
        /**
         * How many areas' reports the data-quality roll-up (and so the national report's Part 6) composes at once. Each
         * composition mostly waits for its nine upstream answers, so a few at once keep both the upstreams and this
         * service busy; 1 composes one after another.
         */
        @WithDefault("4")
        int parallel();
    }

    interface Pdf {
        /** The Chromium to print with; by default the first of /usr/bin/chromium, chromium-browser, google-chrome. */
        Optional<String> chromium();

        /** How long one print may take before the request is a 503. */
        @WithDefault("120")
        int timeoutSeconds();
    }

    interface Upstreams {
        /** school-service base URL ({@code KHET_SCHOOL_URL}). */
        String school();

        /** assessment-service base URL ({@code KHET_ASSESSMENT_URL}). */
        String assessment();

        /** budget-service base URL ({@code KHET_BUDGET_URL}). */
        String budget();

        /** project-service base URL ({@code KHET_PROJECT_URL}). */
        String project();
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
