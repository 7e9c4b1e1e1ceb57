package org.khet.contracts.events;

import java.util.List;

/** One Kafka topic per owning service: {@code khet.school}, {@code khet.assessment}, … */
public final class Topics {
    public static final String PREFIX = "khet.";
    public static final List<String> SERVICES = List.of("school", "assessment", "budget", "project", "report");

    public static final String SCHOOL = PREFIX + "school";
    public static final String ASSESSMENT = PREFIX + "assessment";
    public static final String BUDGET = PREFIX + "budget";
    public static final String PROJECT = PREFIX + "project";
    public static final String REPORT = PREFIX + "report";

    private Topics() {
    }

    public static String of(String service) {
        if (!SERVICES.contains(service)) {
            throw new IllegalArgumentException("unknown service '" + service + "'");
        }
        return PREFIX + service;
    }
}
