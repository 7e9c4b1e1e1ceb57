package org.khet.contracts.read.budget;

import org.khet.contracts.Finding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The budget of an area office for a fiscal year as the annual report prints it, computed from the stored facts:
 * what budget-service answers to {@code GET /v1/areas/{code}/budget?fiscalYear=} and report-service reads.
 *
 * @param asOf                  the date the execution table is as of: the snapshot's date when there is one
 *                              (allocated, disbursed and committed are all figures of that date), else the requested date
 * @param requestedAsOf         the date asked for ({@code asOf} parameter, or the fiscal year's last day)
 * @param executionReportId     the snapshot the table's disbursed and committed figures come from; null without one
 * @param categories            the execution table (ผลการเบิกจ่ายงบประมาณ), one row per budget category
 * @param total                 its total row (category {@code total}, รวม)
 * @param allottedAfterSnapshot per category, allotments dated after the snapshot and on or before the requested
 *                              date: not in the table (which compares figures of the snapshot's date), listed here
 * @param note                  says so when {@code allottedAfterSnapshot} is not empty
 * @param operatingPlan         the operating plan (แผนการใช้จ่าย) with its subtotals; null when none is recorded
 * @param projectFunding        projects' budget and spend against the allocation; null when no project is known
 * @param findings              where the reported figures disagree with the computed ones
 */
public record AreaBudgetView(String areaCode, String areaNameTh, int fiscalYear, LocalDate asOf,
                             LocalDate requestedAsOf, String executionReportId, List<CategoryRow> categories,
                             CategoryRow total, List<LaterAllotments> allottedAfterSnapshot, String note,
                             PlanSummary operatingPlan, ProjectFundingSummary projectFunding,
                             List<Finding> findings) {

    /** The figures of an execution row as printed (any may be null: not reported). */
    public record ReportedTotal(BigDecimal allocated, BigDecimal disbursed, BigDecimal committed, BigDecimal remaining,
                                BigDecimal percentDisbursed) {
    }

    /** A category's allotments dated after the snapshot, and its allocation on the requested date with them. */
    public record LaterAllotments(String category, String nameTh, int allotments, BigDecimal amount,
                                  BigDecimal allocatedOnRequestedDate) {
    }

    /** One row of ผลการเบิกจ่ายงบประมาณ, computed; {@code reported} holds the figures as printed. */
    public record CategoryRow(String category, String nameTh, String nameEn, BigDecimal allocated,
                              BigDecimal disbursed, BigDecimal committed, BigDecimal remaining,
                              BigDecimal percentDisbursed, BigDecimal percentDisbursedOrCommitted,
                              ReportedTotal reported) {
    }

    public record PlanLine(int lineNo, String itemTh, BigDecimal planned, BigDecimal spent, BigDecimal balance,
                           BigDecimal percentSpent, boolean overspent) {
    }

    public record PlanGroup(String groupTh, List<PlanLine> lines, BigDecimal planned, BigDecimal spent,
                            BigDecimal balance) {
    }

    public record PlanSection(String sectionTh, List<PlanGroup> groups, BigDecimal planned, BigDecimal spent,
                              BigDecimal balance) {
    }

    /** The operating plan with its computed subtotals, and the subtotals as the office printed them. */
    public record PlanSummary(String planId, long version, List<PlanSection> sections, BigDecimal planned,
                              BigDecimal spent, BigDecimal balance, BigDecimal percentSpent,
                              List<ReportedPlanTotal> reportedTotals) {
    }

    /** A subtotal as printed: {@code scope} group, section or total, {@code labelTh} the group's or section's name. */
    public record ReportedPlanTotal(String scope, String labelTh, BigDecimal planned, BigDecimal spent) {
    }

    /**
     * Projects' planned budget and actual spend in one group: a budget category ({@code fundingSource} null), a
     * funding source ({@code category} null), or both. A project without a known budget category is in the
     * category {@code unspecified} (ไม่ระบุหมวดงบ), likewise a project without a funding source.
     *
     * @param fundingSourceTh          AREA สพป., OBEC สพฐ., OTHER หน่วยงานอื่น (project-service's funding sources)
     * @param categoryAllocated        the category's allocation in the execution table (null for unspecified and for
     *                                 funding-source rows)
     * @param budgetPercentOfCategory  planned budget / the category's allocation × 100
     * @param spentPercentOfCategory   actual spend / the category's allocation × 100
     * @param budgetPercentOfTotal     planned budget / the total allocation × 100
     * @param spentPercentOfTotal      actual spend / the total allocation × 100
     */
    public record ProjectFundingRow(String category, String categoryTh, String fundingSource, String fundingSourceTh,
                                    int projects, BigDecimal budget, BigDecimal actualSpend, BigDecimal remaining,
                                    BigDecimal percentSpent, BigDecimal categoryAllocated,
                                    BigDecimal budgetPercentOfCategory, BigDecimal spentPercentOfCategory,
                                    BigDecimal budgetPercentOfTotal, BigDecimal spentPercentOfTotal) {
    }

    /**
     * What projects plan to spend and have spent, against the year's allocation (the execution table's, as of its
     * date): per budget category, per funding source, and per category and funding source.
     */
    public record ProjectFundingSummary(List<ProjectFundingRow> byCategory, List<ProjectFundingRow> byFundingSource,
                                        List<ProjectFundingRow> rows, int projects, BigDecimal budget,
                                        BigDecimal actualSpend, BigDecimal allocated, BigDecimal percentOfAllocated,
                                        BigDecimal spentPercentOfAllocated) {
    }
}
