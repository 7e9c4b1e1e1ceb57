package org.khet.contracts.events.school;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code school.EnrolmentSubmitted.v1}: enrolment counts of one area's schools were submitted for a round (one event
 * per area per feed, keyed by the area), with each school's totals as stored, its derived size class and its students
 * by grade. Published until ADR 0046, which replaced it by {@link EnrolmentSubmittedV2} (the grades as one object);
 * kept so that the v1 events on the topic stay readable.
 */
public record EnrolmentSubmitted(String areaCode, int academicYear, int round, LocalDate snapshotDate,
                                 List<SchoolTotal> schools) {
    public static final String TYPE = "school.EnrolmentSubmitted.v1";

    /**
     * @param grades the school's students in each grade the round holds (the round is replaced whole, so a grade not
     *               listed has none); added later, so null in older events
     */
    public record SchoolTotal(String schoolCode, int students, int classrooms, String sizeClass, List<GradeCount> grades) {
        public SchoolTotal(String schoolCode, int students, int classrooms, String sizeClass) {
            this(schoolCode, students, classrooms, sizeClass, null);
        }
    }

    /** One grade's students (K1 … M6) in a school's round. */
    public record GradeCount(String grade, int students) {
    }
}
