package org.khet.contracts.events.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code assessment.TestStatisticsPublished.v1}: statistics of one test were recorded or changed for one org unit
 * and academic year at the level they are published (SCHOOL, AREA, OBEC, NATION). Key: {@code <test>:<year>:<org>}.
 *
 * @param areaCode the area of a school or area row; null for OBEC and national reference figures
 * @param subjects the subjects recorded or changed in this write (subject "ALL" is a printed overall mean)
 */
public record TestStatisticsPublished(int academicYear, String testCode, String level, String orgCode, String areaCode,
                                      List<SubjectMean> subjects) {
    public static final String TYPE = "assessment.TestStatisticsPublished.v1";

    public record SubjectMean(String subjectCode, BigDecimal meanPercent, Integer takers, BigDecimal standardDeviation,
                              String source) {
    }
}
