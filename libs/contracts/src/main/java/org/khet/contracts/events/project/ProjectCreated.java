package org.khet.contracts.events.project;

import java.math.BigDecimal;

/**
 * {@code project.ProjectCreated.v1}: a project (โครงการ) was registered in an area's plan for a fiscal year.
 * Key: the project id. Carries the same money fields as every project event, and {@code budgetCategory}
 * (the budget-service category code: personnel, operating, investment, subsidy, other; null when not given).
 */
public record ProjectCreated(String projectId, String areaCode, int fiscalYear, int number, String planKind,
                             String fundingSource, Integer strategyNumber, String title, BigDecimal budget,
                             BigDecimal actualSpend, BigDecimal remaining, String status, String achieved, String budgetCategory) {
    public static final String TYPE = "project.ProjectCreated.v1";

    /** The event as published before {@code budgetCategory} was added (category not known). */
    public ProjectCreated(String projectId, String areaCode, int fiscalYear, int number, String planKind,
                          String fundingSource, Integer strategyNumber, String title, BigDecimal budget,
                          BigDecimal actualSpend, BigDecimal remaining, String status, String achieved) {
        this(projectId, areaCode, fiscalYear, number, planKind, fundingSource, strategyNumber, title, budget,
            actualSpend, remaining, status, achieved, null);
    }
}
