package org.khet.kit.round;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a feed submits to collection rounds: one school's figures of one year and round number (1 for the kinds
 * collected once a year). A feed kind lists its targets ({@link org.khet.kit.feed.FeedKind#roundTargets}).
 *
 * @param figures the figures the feed sends for the school, by name ({@code P1.boys} → {@code 23}), for the audit
 *                trail: each one that differs from the school's previous submission is recorded with before and after
 * @param whole   whether the feed replaces the school's round whole (enrolment), so that a figure it no longer sends
 *                is recorded as removed; otherwise figures not sent stay as they were
 */
public record RoundTarget(String schoolCode, String areaCode, int academicYear, int round,
                          SortedMap<String, String> figures, boolean whole) {
    public RoundTarget {
        figures = figures == null ? new TreeMap<>() : new TreeMap<>(figures);
    }

    public RoundTarget(String schoolCode, String areaCode, int academicYear, int round) {
        this(schoolCode, areaCode, academicYear, round, new TreeMap<>(Map.of()), false);
    }
}
