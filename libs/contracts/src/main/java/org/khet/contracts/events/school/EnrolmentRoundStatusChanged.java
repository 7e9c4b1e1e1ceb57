package org.khet.contracts.events.school;

import java.util.List;

/**
 * {@code school.EnrolmentRoundCertified.v1} (the area certified the schools' rounds) and
 * {@code school.EnrolmentRoundLocked.v1} (the rounds are final; no more changes): one event per area.
 */
public record EnrolmentRoundStatusChanged(String areaCode, int academicYear, int round, String status,
                                          List<String> schoolCodes) {
    public static final String CERTIFIED_TYPE = "school.EnrolmentRoundCertified.v1";
    public static final String LOCKED_TYPE = "school.EnrolmentRoundLocked.v1";
}
