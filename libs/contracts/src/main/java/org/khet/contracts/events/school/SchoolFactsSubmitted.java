package org.khet.contracts.events.school;

import java.util.List;

/**
 * {@code school.StaffingSubmitted.v1}, {@code school.AdmissionsSubmitted.v1} and {@code school.TransitionsSubmitted.v1}:
 * a feed stored one area's facts of that kind for the listed schools (one event per area per feed).
 *
 * @param round the enrolment round for staffing; null for admissions and transitions
 */
public record SchoolFactsSubmitted(String areaCode, int academicYear, Integer round, List<String> schoolCodes,
                                   int rows) {
    public static final String STAFFING_TYPE = "school.StaffingSubmitted.v1";
    public static final String ADMISSIONS_TYPE = "school.AdmissionsSubmitted.v1";
    public static final String TRANSITIONS_TYPE = "school.TransitionsSubmitted.v1";
}
