package org.khet.project.api;

import org.khet.project.api.ProjectDtos.OwnerDto;

import java.math.BigDecimal;
import java.util.List;

/** The project tables of the annual report (Part 3 §6) as computed from the stored projects. */
public final class SummaryDtos {
    private SummaryDtos() {
    }

    public record ProjectSummary(String areaCode, int fiscalYear, Totals totals, List<ProjectList> lists,
                                 List<StrategyLine> byStrategy, List<FundingLine> byFundingSource,
                                 List<Remark> problems, List<Remark> suggestions, OwnerCheck owners,
                                 List<Finding> findings) {
    }

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
    public record ProjectList(String planKind, String titleTh, int projects, int completed, int achieved,
                              int notAchieved, int notAssessed, BigDecimal achievedPercent, BigDecimal budget,
                              BigDecimal actualSpend, BigDecimal remaining, List<Row> rows) {
    }

    public record Row(int number, String title, Integer strategyNumber, String fundingSource, BigDecimal budget,
                      BigDecimal actualSpend, BigDecimal remaining, List<OwnerDto> owners, String status,
                      String achieved, String href) {
    }

    /** Per strategy and plan kind; strategyNumber null collects projects whose strategy the source did not give. */
    public record StrategyLine(Integer strategyNumber, String strategyTh, int projects, int actionPlan,
                               int additional, BigDecimal budget, BigDecimal actualSpend, BigDecimal remaining,
                               BigDecimal spentPercent) {
    }

    public record FundingLine(String fundingSource, int projects, BigDecimal budget, BigDecimal actualSpend) {
    }

    /** A problem or suggestion of one project, gathered for Part 4. */
    public record Remark(String planKind, int number, String title, String text) {
    }

    /**
     * A place where the reported figures disagree with each other or with what Khet computes.
     *
     * @param table    which printed table or page the figure comes from
     * @param check    what was compared (BUDGET_TWICE_REPORTED, REMAINING, LIST_COUNT, ACHIEVED_PERCENT …)
     */
    public record Finding(String table, String planKind, Integer number, String title, String check, String reported,
                          String computed, String difference, String message) {
    }
}
