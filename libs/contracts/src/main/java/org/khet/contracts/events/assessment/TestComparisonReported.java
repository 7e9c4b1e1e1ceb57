package org.khet.contracts.events.assessment;

import java.math.BigDecimal;

/**
 * {@code assessment.TestComparisonReported.v1}: a row of a year-over-year table as a report printed it was recorded
 * (kept to be checked against the comparison Khet computes by subject code).
 */
public record TestComparisonReported(String areaCode, String testCode, String subjectCode, int academicYear,
                                     BigDecimal meanPercent, int previousYear, BigDecimal previousMean,
                                     BigDecimal difference) {
    public static final String TYPE = "assessment.TestComparisonReported.v1";
}
