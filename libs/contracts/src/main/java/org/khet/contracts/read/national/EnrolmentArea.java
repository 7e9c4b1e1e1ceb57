package org.khet.contracts.read.national;

import java.math.BigDecimal;

/**
 * An area's enrolment in a round (or the total of the rows shown): the schools that sent the round, their students
 * and classrooms, the schools by size class of their students (OBEC's thresholds, khet.school.size-class.*) and the
 * small schools' share of the schools.
 */
public record EnrolmentArea(String areaCode, String nameTh, String affiliation, String province, int schools,
                            long students, long classrooms, int small, int medium, int large, int extraLarge,
                            BigDecimal smallPercent) {
}
