package org.khet.contracts.events.school;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code school.EnrolmentSubmitted.v1}: enrolment counts of one area's schools were submitted for a round (one event
 * per area per feed, keyed by the area), with each school's totals as stored and its derived size class.
 */
public record EnrolmentSubmitted(String areaCode, int academicYear, int round, LocalDate snapshotDate,
                                 List<SchoolTotal> schools) {
    public static final String TYPE = "school.EnrolmentSubmitted.v1";

    public record SchoolTotal(String schoolCode, int students, int classrooms, String sizeClass) {
    }
}
