package org.khet.project.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** project-service settings ({@code khet.project.*}). */
@ConfigMapping(prefix = "khet.project")
public interface ProjectConfig {

    Photos photos();

    StaffReplica staffReplica();

    interface StaffReplica {
        /** Keep the office staff replica from school-service's events (off where no Kafka is wanted). */
        @WithDefault("true")
        boolean enabled();
    }

    interface Photos {
        /** Largest photo accepted, in bytes (a phone photo resized for a report is well under 5 MB). */
        @WithDefault("5242880")
        int maxBytes();
    }
}
