package org.khet.kit.round;

import org.junit.jupiter.api.Test;
import org.khet.contracts.codes.RoundState;
import org.khet.contracts.codes.SubmissionStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Completeness counted by hand: who is expected, submitted, certified, acknowledged, late and missing. */
class CompletenessTest {
    static final UUID ROUND = UUID.randomUUID();
    static final Rounds.RoundView R = new Rounds.RoundView(ROUND, "enrolment", 2566, 1, LocalDate.of(2023, 6, 10),
            LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30), "5602", RoundState.OPEN, 5, 0);

    /** 30 June 23:30 in Bangkok is still on time; 1 July 00:30 in Bangkok (30 June 17:30 UTC) is late. */
    static final OffsetDateTime ON_TIME = OffsetDateTime.of(2023, 6, 30, 16, 30, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime LATE = OffsetDateTime.of(2023, 6, 30, 17, 30, 0, 0, ZoneOffset.UTC);

    private static Rounds.Sub sub(String school, boolean expected, SubmissionStatus status, OffsetDateTime first,
                                  OffsetDateTime certified, OffsetDateTime acknowledged) {
        return new Rounds.Sub(ROUND, school, "5602", "5602-01", expected, status, false, first == null ? 0 : 1, first,
                first, certified, acknowledged, null, 0);
    }

    @Test
    void countsTheExpectedSchoolsOnly() {
        List<Rounds.Sub> subs = List.of(
                sub("A", true, SubmissionStatus.ACKNOWLEDGED, ON_TIME, ON_TIME, ON_TIME),
                sub("B", true, SubmissionStatus.CERTIFIED, ON_TIME, ON_TIME, null),
                sub("C", true, SubmissionStatus.SUBMITTED, LATE, null, null),
                sub("D", true, SubmissionStatus.NOT_SUBMITTED, null, null, null),
                sub("E", true, SubmissionStatus.NOT_SUBMITTED, null, null, null),
                sub("F", false, SubmissionStatus.SUBMITTED, ON_TIME, null, null));
        Completeness c = Completeness.of("5602", subs, R);
        assertEquals(5, c.expected());
        assertEquals(3, c.submitted());
        assertEquals(2, c.certified());
        assertEquals(1, c.acknowledged());
        assertEquals(1, c.late());
        // on time: A and B of 5 expected
        assertEquals(new BigDecimal("40.00"), c.onTimeRate());
        assertEquals(List.of("D", "E"), c.missing());
        assertEquals(1, c.unexpected());
    }

    @Test
    void lateIsJudgedByTheDateInThailand() {
        assertFalse(Rounds.late(sub("A", true, SubmissionStatus.SUBMITTED, ON_TIME, null, null), R));
        assertTrue(Rounds.late(sub("A", true, SubmissionStatus.SUBMITTED, LATE, null, null), R));
    }

    @Test
    void aGroupWithoutExpectedSchoolsHasNoRate() {
        Completeness c = Completeness.of("5602-09", List.of(sub("F", false, SubmissionStatus.SUBMITTED, ON_TIME, null, null)), R);
        assertEquals(0, c.expected());
        assertNull(c.onTimeRate());
    }
}
