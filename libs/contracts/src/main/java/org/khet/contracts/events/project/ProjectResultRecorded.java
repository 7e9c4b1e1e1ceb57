package org.khet.contracts.events.project;

import java.math.BigDecimal;

/**
 * {@code project.ProjectResultRecorded.v1}: a project's results were recorded: status (PLANNED, IN_PROGRESS,
 * COMPLETED, CANCELLED), achieved (YES, NO, NOT_ASSESSED) and how many quantitative / qualitative results,
 * problems and suggestions it has.
 */
public record ProjectResultRecorded(String projectId, String areaCode, int fiscalYear, int number, String planKind,
                                    String fundingSource, Integer strategyNumber, BigDecimal budget,
                                    BigDecimal actualSpend, BigDecimal remaining, String status, String achieved,
                                    int quantitativeResults, int qualitativeResults, int problems, int suggestions,
                                    String budgetCategory) {
    public static final String TYPE = "project.ProjectResultRecorded.v1";

    /** The event as published before {@code budgetCategory} was added (category not known). */
    public ProjectResultRecorded(String projectId, String areaCode, int fiscalYear, int number, String planKind,
                                 String fundingSource, Integer strategyNumber, BigDecimal budget,
                                 BigDecimal actualSpend, BigDecimal remaining, String status, String achieved,
                                 int quantitativeResults, int qualitativeResults, int problems, int suggestions) {
        this(projectId, areaCode, fiscalYear, number, planKind, fundingSource, strategyNumber, budget, actualSpend,
            remaining, status, achieved, quantitativeResults, qualitativeResults, problems, suggestions, null);
    }
}
