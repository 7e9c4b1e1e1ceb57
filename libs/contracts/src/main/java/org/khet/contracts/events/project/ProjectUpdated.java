package org.khet.contracts.events.project;

import java.math.BigDecimal;

/**
 * {@code project.ProjectUpdated.v1}: a project's plan data changed (title, strategy, budget, funding source,
 * owners, status). {@code previousBudget} lets a consumer adjust its totals without keeping history.
 */
public record ProjectUpdated(String projectId, String areaCode, int fiscalYear, int number, String planKind,
                             String fundingSource, Integer strategyNumber, String title, BigDecimal budget,
                             BigDecimal previousBudget, BigDecimal actualSpend, BigDecimal remaining, String status,
                             String achieved, String budgetCategory) {
    public static final String TYPE = "project.ProjectUpdated.v1";

    /** The event as published before {@code budgetCategory} was added (category not known). */
    public ProjectUpdated(String projectId, String areaCode, int fiscalYear, int number, String planKind,
                          String fundingSource, Integer strategyNumber, String title, BigDecimal budget,
                          BigDecimal previousBudget, BigDecimal actualSpend, BigDecimal remaining, String status,
                          String achieved) {
        this(projectId, areaCode, fiscalYear, number, planKind, fundingSource, strategyNumber, title, budget,
            previousBudget, actualSpend, remaining, status, achieved, null);
    }
}
