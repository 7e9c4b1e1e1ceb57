package org.khet.contracts.read.national;

import java.math.BigDecimal;

/**
 * An area's projects of a fiscal year (cancelled ones left out): how many, how many completed and achieved, their
 * budget and actual spend, and the percentages.
 *
 * @param completedPercent completed of the projects
 * @param achievedPercent  achieved (บรรลุ) of the projects
 * @param spentPercent     actual spend of the budget
 */
public record ProjectsArea(String areaCode, String nameTh, String affiliation, String province, int projects,
                           int actionPlan, int additional, int completed, BigDecimal completedPercent, int achieved,
                           BigDecimal achievedPercent, BigDecimal budget, BigDecimal spent, BigDecimal spentPercent) {
}
