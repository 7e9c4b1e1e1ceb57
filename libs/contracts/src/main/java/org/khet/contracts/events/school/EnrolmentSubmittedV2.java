package org.khet.contracts.events.school;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code school.EnrolmentSubmitted.v2}: what {@link EnrolmentSubmitted} (v1) says — enrolment counts of one area's
 * schools were submitted for a round (one event per area per feed, keyed by the area), with each school's totals as
 * stored, its derived size class and its students by grade — with each school's grades written as one object, grade
 * to students ({@code "grades":{"K1":12,"P1":20}}) instead of a list of objects each naming its two fields: a national
 * feed's 245 events are ~6 MB of JSON instead of ~15 MB (ADR 0046). school-service publishes v2 since ADR 0046; its
 * consumers read v1 too (events already on the topic).
 */
public record EnrolmentSubmittedV2(String areaCode, int academicYear, int round, LocalDate snapshotDate,
                                   List<School> schools) {
    public static final String TYPE = "school.EnrolmentSubmitted.v2";

    /**
     * @param grades the school's students in each grade the round holds (K1 … M6, in that order); the round is
     *               replaced whole, so a grade not listed has none
     */
    public record School(String schoolCode, int students, int classrooms, String sizeClass, Map<String, Integer> grades) {
    }
}
