package org.khet.school.rounds;

import java.util.List;

/** The school-level feed kinds school-service collects in rounds (the feeds' {@code FeedKind.name()}). */
public final class RoundKinds {
    public static final List<String> SCHOOL_SERVICE = List.of("enrolment", "staffing", "admissions", "transitions");

    private RoundKinds() {
    }
}
