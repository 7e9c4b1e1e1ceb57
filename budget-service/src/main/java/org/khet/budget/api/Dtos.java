package org.khet.budget.api;

import org.khet.budget.domain.Finding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The request and response bodies of budget-service (entities never cross the API). */
public final class Dtos {
    private Dtos() {
    }

    public record CategoryDto(String code, String nameTh, String nameEn, int sortOrder) {
    }

    public record FiscalYearDto(int fiscalYear, LocalDate startsOn, LocalDate endsOn) {
    }

    /** A new allotment; {@code amount} negative for a transfer out. */
    public record NewAllotment(String areaCode, Integer fiscalYear, String category, String documentNo,
                               LocalDate allottedOn, BigDecimal amount, String note) {
    }

    public record AllotmentDto(String id, String areaCode, int fiscalYear, String category, String categoryNameTh,
                               String documentNo, LocalDate allottedOn, BigDecimal amount, String note,
                               String createdBy, OffsetDateTime createdAt, long version) {
    }

    /** One category of a new execution snapshot; every figure except {@code disbursed} is optional. */
    public record NewExecutionLine(String category, BigDecimal allocated, BigDecimal disbursed, BigDecimal committed,
                                   BigDecimal remaining, BigDecimal percentDisbursed) {
    }

    /** The total row as printed (optional; kept only to check it against the sums). */
    public record ReportedTotal(BigDecimal allocated, BigDecimal disbursed, BigDecimal committed, BigDecimal remaining,
                                BigDecimal percentDisbursed) {
    }

    public record NewExecutionReport(String areaCode, Integer fiscalYear, LocalDate asOf, String source,
                                     List<NewExecutionLine> lines, ReportedTotal reportedTotal) {
    }

    public record ExecutionLineDto(String category, String categoryNameTh, BigDecimal reportedAllocated,
                                   BigDecimal disbursed, BigDecimal committed, BigDecimal reportedRemaining,
                                   BigDecimal reportedPercentDisbursed) {
    }

    public record ExecutionReportDto(String id, String areaCode, int fiscalYear, LocalDate asOf, String source,
                                     List<ExecutionLineDto> lines, BigDecimal totalDisbursed, BigDecimal totalCommitted,
                                     ReportedTotal reportedTotal, String createdBy, OffsetDateTime createdAt,
                                     long version) {
    }

    /** What a feed did: how many rows, what was stored, or that it had been received before. */
    public record FeedResult(String receiptId, boolean duplicate, int rows, List<String> stored) {
    }

    // ---- the budget summary of an area and year --------------------------------------------------------

    /**
     * @param asOf          the date the execution table is as of: the snapshot's date when there is one (allocated,
     *                      disbursed and committed are all figures of that date), else the requested date
     * @param requestedAsOf the date asked for ({@code asOf} parameter, or the fiscal year's last day)
     * @param allottedAfterSnapshot per category, allotments dated after the snapshot and on or before the requested
     *                      date: not in the table (which compares figures of the snapshot's date), listed here
     * @param note          says so when {@code allottedAfterSnapshot} is not empty
     */
    public record BudgetSummary(String areaCode, String areaNameTh, int fiscalYear, LocalDate asOf,
                                LocalDate requestedAsOf, String executionReportId, List<CategoryRow> categories,
                                CategoryRow total, List<LaterAllotments> allottedAfterSnapshot, String note,
                                PlanSummary operatingPlan, ProjectFundingSummary projectFunding,
                                List<Finding> findings) {
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

    public record PlanLineDto(int lineNo, String itemTh, BigDecimal planned, BigDecimal spent, BigDecimal balance,
                              BigDecimal percentSpent, boolean overspent) {
    }

    public record PlanGroupDto(String groupTh, List<PlanLineDto> lines, BigDecimal planned, BigDecimal spent,
                               BigDecimal balance) {
    }

    public record PlanSectionDto(String sectionTh, List<PlanGroupDto> groups, BigDecimal planned, BigDecimal spent,
                                 BigDecimal balance) {
    }

    public record PlanSummary(String planId, long version, List<PlanSectionDto> sections, BigDecimal planned,
                              BigDecimal spent, BigDecimal balance, BigDecimal percentSpent,
                              List<ReportedPlanTotal> reportedTotals) {
    }

    public record ReportedPlanTotal(String scope, String labelTh, BigDecimal planned, BigDecimal spent) {
    }

    /** One point of the disbursement curve: a snapshot's totals. */
    public record CurvePoint(LocalDate asOf, String executionReportId, BigDecimal allocated, BigDecimal disbursed,
                             BigDecimal committed, BigDecimal percentDisbursed,
                             BigDecimal percentDisbursedOrCommitted) {
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
