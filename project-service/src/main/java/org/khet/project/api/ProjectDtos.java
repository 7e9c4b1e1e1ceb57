package org.khet.project.api;

import org.khet.contracts.read.project.ProjectOwner;
import org.khet.contracts.read.project.QuantitativeResult;

import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON shapes of projects as written (the read shapes are in {@code org.khet.contracts.read.project}). Enumerations
 * of a request travel as strings so that a wrong value is a 400 naming the field.
 */
public final class ProjectDtos {
    private ProjectDtos() {
    }

    /** A project as written by a client (create, or full replace with If-Match). */
    public record ProjectInput(Integer fiscalYear, String planKind, Integer number, String title, String fundingSource,
                               Integer strategyNumber, BigDecimal budget, BigDecimal actualSpend,
                               BigDecimal reportedBudget, BigDecimal reportedRemaining, List<ProjectOwner> owners,
                               String status, String achieved, List<QuantitativeResult> quantitativeResults,
                               List<String> qualitativeResults, List<String> problems, List<String> suggestions,
                               String budgetCategory) {
    }

    /** The spend (ใช้จริง) as now known, with the remainder the source reported if it reported one. */
    public record SpendInput(BigDecimal actualSpend, BigDecimal reportedRemaining) {
    }

    /** The results of a project (ผลการดำเนินงาน) replaced as a whole. */
    public record ResultsInput(String status, String achieved, List<QuantitativeResult> quantitativeResults,
                               List<String> qualitativeResults, List<String> problems, List<String> suggestions) {
    }

    /** The figures printed above a project list ("31 projects, 31 carried out, achieved 100%"), as reported. */
    public record ReportedListFigures(String planKind, Integer reportedCount, Integer reportedCarriedOut,
                                      BigDecimal reportedAchievedPercent) {
    }

    /** A responsible officer and the projects of the year they answer for (the same name counts as one person). */
    public record OwnerLoad(String nameTh, String staffId, int projects, BigDecimal budget, List<String> titles) {
    }
}
