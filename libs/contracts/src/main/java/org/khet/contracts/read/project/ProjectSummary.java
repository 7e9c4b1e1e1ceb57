package org.khet.contracts.read.project;

import org.khet.contracts.Finding;
import org.khet.contracts.codes.ProjectStatus;

import java.math.BigDecimal;
import java.util.List;

/**
 * The project tables of the annual report (Part 3 §6) as project-service computes them from the stored projects
 * ({@code GET /v1/areas/{code}/projects/summary?fiscalYear=}): both lists with their counts and achieved percentage,
 * money per strategy and per funding source, the problems and suggestions for Part 4, the owners checked against the
 * office staff register, and the findings where the reported figures disagree.
 */
public record ProjectSummary(String areaCode, int fiscalYear, Totals totals, List<ProjectList> lists,
                             List<StrategyLine> byStrategy, List<FundingLine> byFundingSource,
                             List<Remark> problems, List<Remark> suggestions, OwnerCheck owners,
                             List<Finding> findings) {

    /**
     * The year's responsible officers checked against the office staff register: distinct owners (by normalised
     * name), how many are on the area's staff, and those who are not, each with the projects they answer for
     * (together one finding of the year, so that the findings stay readable).
     */
    public record OwnerCheck(int owners, int inRegister, int notInRegister, List<UnlistedOwner> notInRegisterNames) {
    }

    /** An owner whose name is not on the area's office staff, as first written, with their projects. */
    public record UnlistedOwner(String nameTh, List<String> projects) {
    }

    /**
     * @param spendReported how many projects have a reported spend; spend and remaining sum only those
     */
    public record Totals(int projects, BigDecimal budget, BigDecimal actualSpend, BigDecimal remaining,
                         int spendReported, BigDecimal spentPercent) {
    }

    /** One of the two lists: its rows and its counts. achievedPercent = achieved / projects in the list. */
    public record ProjectList(PlanKind planKind, String titleTh, int projects, int completed, int achieved,
                              int notAchieved, int notAssessed, BigDecimal achievedPercent, BigDecimal budget,
                              BigDecimal actualSpend, BigDecimal remaining, List<Row> rows) {
    }

    /** A row of a list; {@code href} is the project's address ({@code /v1/projects/{id}}). */
    public record Row(int number, String title, Integer strategyNumber, FundingSource fundingSource, BigDecimal budget,
                      BigDecimal actualSpend, BigDecimal remaining, List<ProjectOwner> owners, ProjectStatus status,
                      Achievement achieved, String href) {
    }

    /** Per strategy and plan kind; strategyNumber null collects projects whose strategy the source did not give. */
    public record StrategyLine(Integer strategyNumber, String strategyTh, int projects, int actionPlan,
                               int additional, BigDecimal budget, BigDecimal actualSpend, BigDecimal remaining,
                               BigDecimal spentPercent) {
    }

    /** Per funding source; fundingSource null collects projects whose source the report did not give. */
    public record FundingLine(FundingSource fundingSource, int projects, BigDecimal budget, BigDecimal actualSpend) {
    }

    /** A problem or suggestion of one project, gathered for Part 4. */
    public record Remark(PlanKind planKind, int number, String title, String text) {
    }
}
