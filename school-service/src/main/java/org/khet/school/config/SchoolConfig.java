package org.khet.school.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** school-service settings ({@code khet.school.*}). */
@ConfigMapping(prefix = "khet.school")
public interface SchoolConfig {

    SizeClasses sizeClass();


    /** The highest round number of an academic year (round 1 = 10 June, round 2 = 10 November). */
    @WithDefault("2")
    int maxRound();

    /**
     * Size classes of schools by their round's total students (OBEC's thresholds): small up to {@code smallMax},
     * medium up to {@code mediumMax}, large up to {@code largeMax}, extra-large above.
     */
    interface SizeClasses {
        @WithDefault("120")
        int smallMax();

        @WithDefault("600")
        int mediumMax();

        @WithDefault("1500")
        int largeMax();
    }

}
