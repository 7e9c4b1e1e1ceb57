package org.khet.contracts.events.project;

import java.math.BigDecimal;

/**
 * {@code project.ProjectSpendRecorded.v1}: the actual spend (ใช้จริง) of a project was recorded or corrected.
 * {@code actualSpend} is the new cumulative figure, not an increment; {@code previousActualSpend} is what it
 * was (null the first time), so a consumer can apply the difference.
 */
public record ProjectSpendRecorded(String projectId, String areaCode, int fiscalYear, int number, String planKind,
                                   String fundingSource, Integer strategyNumber, BigDecimal budget,
                                   BigDecimal actualSpend, BigDecimal previousActualSpend, BigDecimal remaining,
                                   String budgetCategory) {
    public static final String TYPE = "project.ProjectSpendRecorded.v1";

    /** The event as published before {@code budgetCategory} was added (category not known). */
    public ProjectSpendRecorded(String projectId, String areaCode, int fiscalYear, int number, String planKind,
                                String fundingSource, Integer strategyNumber, BigDecimal budget,
                                BigDecimal actualSpend, BigDecimal previousActualSpend, BigDecimal remaining) {
        this(projectId, areaCode, fiscalYear, number, planKind, fundingSource, strategyNumber, budget, actualSpend,
            previousActualSpend, remaining, null);
    }
}
