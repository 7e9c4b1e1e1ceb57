package org.khet.kit.round;

import org.khet.contracts.Percent;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How complete and timely a round is for a group of schools (the area, a district, a network, every area of a
 * national round), counted over the schools expected to submit.
 *
 * @param expected     schools expected (open in the register at the snapshot date)
 * @param submitted    expected schools that have submitted (whatever happened after)
 * @param certified    expected schools whose director's certification stands
 * @param acknowledged expected schools the area has acknowledged
 * @param late         expected schools whose first submission came after the closing date
 * @param onTimeRate   expected schools that submitted by the closing date, in percent of those expected (null with none)
 * @param missing      the expected schools that have not submitted, by code
 * @param unexpected   schools that submitted without being expected (opened after the snapshot date)
 */
public record Completeness(String code, int expected, int submitted, int certified, int acknowledged, int late,
                           BigDecimal onTimeRate, List<String> missing, int unexpected) {

    /** Counts {@code subs} (one group's submission rows) against the round. */
    public static Completeness of(String code, List<Rounds.Sub> subs, Rounds.RoundView round) {
        int expected = 0;
        int submitted = 0;
        int certified = 0;
        int acknowledged = 0;
        int late = 0;
        int unexpected = 0;
        List<String> missing = new java.util.ArrayList<>();
        for (Rounds.Sub s : subs) {
            if (!s.expected()) {
                unexpected += s.firstSubmittedAt() == null ? 0 : 1;
                continue;
            }
            expected++;
            if (s.firstSubmittedAt() == null) {
                missing.add(s.schoolCode());
                continue;
            }
            submitted++;
            certified += s.certifiedAt() != null ? 1 : 0;
            acknowledged += s.acknowledgedAt() != null ? 1 : 0;
            late += Rounds.late(s, round) ? 1 : 0;
        }
        BigDecimal rate = expected == 0 ? null : Percent.of(submitted - late, expected);
        return new Completeness(code, expected, submitted, certified, acknowledged, late, rate, List.copyOf(missing),
                unexpected);
    }

    /** One {@link Completeness} per group, in the groups' order. */
    public static List<Completeness> of(Map<String, List<Rounds.Sub>> groups, Rounds.RoundView round) {
        return groups.entrySet().stream().map(e -> of(e.getKey(), e.getValue(), round)).toList();
    }
}
