package org.khet.contracts.events.assessment;

import java.math.BigDecimal;

/**
 * {@code assessment.IndicatorScored.v1}: a result of an evaluation indicator was recorded or changed for an area
 * and fiscal year. {@code round} is "" for the indicator's own result (or "6m", "12m" for QP rounds);
 * {@code state} is SCORED, NOT_APPLICABLE, MONITORED_NOT_EVALUATED, PENDING or NOT_REPORTED.
 * Key: {@code <area>:<fiscalYear>:<framework>}.
 */
public record IndicatorScored(String areaCode, int fiscalYear, String frameworkCode, String indicatorCode, String round,
                              String state, BigDecimal score, Integer reportedLevel, String reportedLabel,
                              BigDecimal targetPercent, BigDecimal achievedPercent, String reportedOutcome,
                              String reportedGrade, Integer rank, Integer rankOf, BigDecimal reportedChange) {
    public static final String TYPE = "assessment.IndicatorScored.v1";
}
