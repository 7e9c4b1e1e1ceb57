package org.khet.contracts.events.project;

import java.math.BigDecimal;

/**
 * {@code project.ProjectDeleted.v1}: a project entered by mistake was removed; consumers drop its budget and
 * spend ({@code budget} and {@code actualSpend} are the figures it had).
 */
public record ProjectDeleted(String projectId, String areaCode, int fiscalYear, int number, String planKind,
                             String fundingSource, Integer strategyNumber, BigDecimal budget, BigDecimal actualSpend,
                             String budgetCategory) {
    public static final String TYPE = "project.ProjectDeleted.v1";

    /** The event as published before {@code budgetCategory} was added (category not known). */
    public ProjectDeleted(String projectId, String areaCode, int fiscalYear, int number, String planKind,
                          String fundingSource, Integer strategyNumber, BigDecimal budget, BigDecimal actualSpend) {
        this(projectId, areaCode, fiscalYear, number, planKind, fundingSource, strategyNumber, budget, actualSpend,
            null);
    }
}
