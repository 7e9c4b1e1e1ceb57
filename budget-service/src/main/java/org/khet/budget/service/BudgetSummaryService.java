package org.khet.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.budget.api.Dtos.CurvePoint;
import org.khet.budget.domain.Allotment;
import org.khet.budget.domain.BudgetCategory;
import org.khet.budget.domain.ExecutionBalance;
import org.khet.budget.domain.ExecutionReport;
import org.khet.budget.domain.ExecutionReportLine;
import org.khet.budget.domain.FiscalYearEntry;
import org.khet.budget.domain.OperatingPlan;
import org.khet.budget.domain.OperatingPlanLine;
import org.khet.budget.domain.OperatingPlanReportedTotal;
import org.khet.budget.domain.ProjectFunding;
import org.khet.contracts.Finding;
import org.khet.contracts.Money;
import org.khet.contracts.Percent;
import org.khet.contracts.read.budget.AreaBudgetView;
import org.khet.contracts.read.budget.AreaBudgetView.CategoryRow;
import org.khet.contracts.read.budget.AreaBudgetView.LaterAllotments;
import org.khet.contracts.read.budget.AreaBudgetView.PlanGroup;
import org.khet.contracts.read.budget.AreaBudgetView.PlanLine;
import org.khet.contracts.read.budget.AreaBudgetView.PlanSection;
import org.khet.contracts.read.budget.AreaBudgetView.PlanSummary;
import org.khet.contracts.read.budget.AreaBudgetView.ProjectFundingRow;
import org.khet.contracts.read.budget.AreaBudgetView.ProjectFundingSummary;
import org.khet.contracts.read.budget.AreaBudgetView.ReportedPlanTotal;
import org.khet.contracts.read.budget.AreaBudgetView.ReportedTotal;
import org.khet.kit.org.OrgDirectory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The budget of an area and fiscal year as the annual report prints it, computed from stored rows: the execution
 * table (allocated from the allotments, disbursed and committed from the snapshot), the operating plan with its
 * subtotals, project funding, and every place where the reported figures disagree with the computed ones.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BudgetSummaryService {
    public static final String PLAN_TABLE = "operating-plan";
    /** A reported subtotal of the operating plan is not the sum of its lines. */
    public static final String PLAN_SUBTOTAL = "budget.plan-subtotal";
    /** A reported subtotal of the operating plan names a group or section no line belongs to. */
    public static final String PLAN_SUBTOTAL_UNKNOWN = "budget.plan-subtotal-unknown";

    private final References refs;
    private final OrgDirectory directory;

    public BudgetSummaryService(References refs, OrgDirectory directory) {
        this.refs = refs;
        this.directory = directory;
    }

    public AreaBudgetView summary(String areaCode, Integer fiscalYear, LocalDate asOfParam) {
        OrgDirectory.OrgUnit area = directory.requireArea(areaCode);
        FiscalYearEntry year = refs.requireFiscalYear(fiscalYear);
        ExecutionReport report = snapshot(areaCode, fiscalYear, asOfParam);
        LocalDate requestedAsOf = asOfParam != null ? asOfParam : year.endsOn;
        // the execution table compares figures of one date: with a snapshot, the allocation is as of its date too
        LocalDate asOf = report != null ? report.asOf : requestedAsOf;
        Finding.Subject subject = Finding.Subject.area(areaCode, area.nameTh());
        List<Finding> findings = new ArrayList<>();

        Map<String, BigDecimal> allotted = allotted(areaCode, fiscalYear, asOf);
        Map<String, ExecutionReportLine> lines = report == null ? Map.of()
                : report.lines.stream().collect(Collectors.toMap(l -> l.categoryCode, Function.identity()));
        List<CategoryRow> rows = new ArrayList<>();
        List<ExecutionBalance.Row> computedRows = new ArrayList<>();
        BigDecimal reportedRemainingSum = Money.ZERO;
        boolean allRemainingReported = !lines.isEmpty();
        for (BudgetCategory c : BudgetCategory.ordered()) {
            ExecutionReportLine l = lines.get(c.code);
            BigDecimal fromAllotments = allotted.get(c.code);
            if (l == null && fromAllotments == null) {
                continue;
            }
            // the allotments are the record of what was allocated; a snapshot's printed allocation stands in only
            // when no allotment of the category is recorded
            BigDecimal allocated = fromAllotments != null ? fromAllotments
                    : l.reportedAllocated != null ? l.reportedAllocated : Money.ZERO;
            BigDecimal disbursed = l == null ? Money.ZERO : l.disbursed;
            BigDecimal committed = l == null ? Money.ZERO : l.committed;
            ExecutionBalance.Row row = ExecutionBalance.Row.of(allocated, disbursed, committed);
            computedRows.add(row);
            ReportedTotal reported = null;
            if (l != null) {
                reported = new ReportedTotal(l.reportedAllocated, l.disbursed, l.committed, l.reportedRemaining, l.reportedPercent);
                findings.addAll(ExecutionBalance.check(subject, c.nameTh, row, new ExecutionBalance.Reported(
                        fromAllotments == null ? null : l.reportedAllocated, null, null, l.reportedRemaining,
                        l.reportedPercent), false, null));
                if (l.reportedRemaining == null) {
                    allRemainingReported = false;
                } else {
                    reportedRemainingSum = reportedRemainingSum.add(l.reportedRemaining);
                }
            }
            rows.add(new CategoryRow(c.code, c.nameTh, c.nameEn, row.allocated(), row.disbursed(), row.committed(),
                    row.remaining(), row.percentDisbursed(), row.percentDisbursedOrCommitted(), reported));
        }
        ExecutionBalance.Row totalRow = ExecutionBalance.Row.of(
                Money.sum(computedRows.stream().map(ExecutionBalance.Row::allocated).toList()),
                Money.sum(computedRows.stream().map(ExecutionBalance.Row::disbursed).toList()),
                Money.sum(computedRows.stream().map(ExecutionBalance.Row::committed).toList()));
        ReportedTotal reportedTotal = null;
        if (report != null && (report.reportedTotalAllocated != null || report.reportedTotalDisbursed != null
                || report.reportedTotalRemaining != null || report.reportedTotalPercent != null)) {
            reportedTotal = new ReportedTotal(report.reportedTotalAllocated, report.reportedTotalDisbursed,
                    report.reportedTotalCommitted, report.reportedTotalRemaining, report.reportedTotalPercent);
            findings.addAll(ExecutionBalance.check(subject, "รวม", totalRow, new ExecutionBalance.Reported(
                    reportedTotal.allocated(), reportedTotal.disbursed(), reportedTotal.committed(),
                    reportedTotal.remaining(), reportedTotal.percentDisbursed()), true,
                    allRemainingReported ? reportedRemainingSum : null));
        }
        CategoryRow total = new CategoryRow("total", "รวม", "Total", totalRow.allocated(), totalRow.disbursed(),
                totalRow.committed(), totalRow.remaining(), totalRow.percentDisbursed(),
                totalRow.percentDisbursedOrCommitted(), reportedTotal);

        List<LaterAllotments> later = new ArrayList<>();
        String note = null;
        if (asOf.isBefore(requestedAsOf)) {
            Map<String, BigDecimal> onRequested = allotted(areaCode, fiscalYear, requestedAsOf);
            for (BudgetCategory c : BudgetCategory.ordered()) {
                long n = Allotment.count("areaCode = ?1 and fiscalYear = ?2 and categoryCode = ?3 and allottedOn > ?4 "
                        + "and allottedOn <= ?5", areaCode, fiscalYear, c.code, asOf, requestedAsOf);
                if (n > 0) {
                    BigDecimal atRequested = onRequested.getOrDefault(c.code, Money.ZERO);
                    later.add(new LaterAllotments(c.code, c.nameTh, (int) n,
                            atRequested.subtract(allotted.getOrDefault(c.code, Money.ZERO)), atRequested));
                }
            }
            if (!later.isEmpty()) {
                BigDecimal sum = Money.sum(later.stream().map(LaterAllotments::amount).toList());
                note = "allocated, disbursed and committed are as of the snapshot of " + asOf + "; " + later.stream()
                        .mapToInt(LaterAllotments::allotments).sum() + " allotment(s) totalling " + sum.toPlainString()
                        + " dated after it and on or before " + requestedAsOf + " are not in the table (allottedAfterSnapshot)";
            }
        }

        PlanSummary plan = plan(subject, areaCode, fiscalYear, findings);
        ProjectFundingSummary projects = projectFunding(areaCode, fiscalYear, rows, totalRow.allocated());
        return new AreaBudgetView(areaCode, area.nameTh(), fiscalYear, asOf, requestedAsOf,
                report == null ? null : report.id.toString(), rows, total, later, note, plan, projects, findings);
    }

    /** The disbursement curve: each snapshot's totals, in date order. */
    public List<CurvePoint> curve(String areaCode, Integer fiscalYear) {
        directory.requireArea(areaCode);
        refs.requireFiscalYear(fiscalYear);
        List<CurvePoint> out = new ArrayList<>();
        for (ExecutionReport r : ExecutionReport.<ExecutionReport>list("areaCode = ?1 and fiscalYear = ?2 order by asOf",
                areaCode, fiscalYear)) {
            Map<String, BigDecimal> allotted = allotted(areaCode, fiscalYear, r.asOf);
            BigDecimal allocated = Money.ZERO;
            for (ExecutionReportLine l : r.lines) {
                BigDecimal a = allotted.get(l.categoryCode);
                allocated = allocated.add(a != null ? a : l.reportedAllocated != null ? l.reportedAllocated : Money.ZERO);
            }
            for (var e : allotted.entrySet()) {
                if (r.lines.stream().noneMatch(l -> l.categoryCode.equals(e.getKey()))) {
                    allocated = allocated.add(e.getValue());
                }
            }
            ExecutionBalance.Row t = ExecutionBalance.Row.of(allocated,
                    Money.sum(r.lines.stream().map(l -> l.disbursed).toList()),
                    Money.sum(r.lines.stream().map(l -> l.committed).toList()));
            out.add(new CurvePoint(r.asOf, r.id.toString(), t.allocated(), t.disbursed(), t.committed(),
                    t.percentDisbursed(), t.percentDisbursedOrCommitted()));
        }
        return out;
    }

    /** The latest snapshot on or before {@code asOf} (the latest of the year when no date is given). */
    private static ExecutionReport snapshot(String area, int fy, LocalDate asOf) {
        return asOf == null
                ? ExecutionReport.<ExecutionReport>find("areaCode = ?1 and fiscalYear = ?2 order by asOf desc", area, fy).firstResult()
                : ExecutionReport.<ExecutionReport>find("areaCode = ?1 and fiscalYear = ?2 and asOf <= ?3 order by asOf desc",
                area, fy, asOf).firstResult();
    }

    /** Per category, the sum of the allotments dated on or before {@code asOf}. */
    static Map<String, BigDecimal> allotted(String area, int fy, LocalDate asOf) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Allotment a : Allotment.<Allotment>list("areaCode = ?1 and fiscalYear = ?2 and allottedOn <= ?3", area, fy, asOf)) {
            out.merge(a.categoryCode, a.amount, BigDecimal::add);
        }
        return out;
    }

    private static PlanSummary plan(Finding.Subject subject, String area, int fy, List<Finding> findings) {
        OperatingPlan plan = OperatingPlan.find(area, fy);
        if (plan == null) {
            return null;
        }
        Map<String, Map<String, List<OperatingPlanLine>>> bySection = new LinkedHashMap<>();
        for (OperatingPlanLine l : plan.lines) {
            bySection.computeIfAbsent(l.sectionTh, s -> new LinkedHashMap<>())
                    .computeIfAbsent(l.groupTh, g -> new ArrayList<>()).add(l);
        }
        Map<String, BigDecimal[]> groupSums = new LinkedHashMap<>();
        Map<String, BigDecimal[]> sectionSums = new LinkedHashMap<>();
        List<PlanSection> sections = new ArrayList<>();
        for (var s : bySection.entrySet()) {
            List<PlanGroup> groups = new ArrayList<>();
            for (var g : s.getValue().entrySet()) {
                List<PlanLine> dtos = g.getValue().stream().map(l -> new PlanLine(l.lineNo, l.itemTh, l.planned,
                        l.spent, l.planned.subtract(l.spent), Percent.of(l.spent, l.planned),
                        l.spent.compareTo(l.planned) > 0)).toList();
                BigDecimal planned = Money.sum(dtos.stream().map(PlanLine::planned).toList());
                BigDecimal spent = Money.sum(dtos.stream().map(PlanLine::spent).toList());
                groupSums.merge(g.getKey(), new BigDecimal[]{planned, spent},
                        (x, y) -> new BigDecimal[]{x[0].add(y[0]), x[1].add(y[1])});
                groups.add(new PlanGroup(g.getKey(), dtos, planned, spent, planned.subtract(spent)));
            }
            BigDecimal planned = Money.sum(groups.stream().map(PlanGroup::planned).toList());
            BigDecimal spent = Money.sum(groups.stream().map(PlanGroup::spent).toList());
            sectionSums.put(s.getKey(), new BigDecimal[]{planned, spent});
            sections.add(new PlanSection(s.getKey(), groups, planned, spent, planned.subtract(spent)));
        }
        BigDecimal planned = Money.sum(sections.stream().map(PlanSection::planned).toList());
        BigDecimal spent = Money.sum(sections.stream().map(PlanSection::spent).toList());
        List<ReportedPlanTotal> reported = new ArrayList<>();
        for (OperatingPlanReportedTotal t : plan.reportedTotals) {
            reported.add(new ReportedPlanTotal(t.scope, t.labelTh, t.planned, t.spent));
            BigDecimal[] computed = switch (t.scope) {
                case "group" -> groupSums.get(t.labelTh);
                case "section" -> sectionSums.get(t.labelTh);
                default -> new BigDecimal[]{planned, spent};
            };
            String row = t.scope.equals("total") ? t.labelTh : "รวม " + t.labelTh;
            if (computed == null) {
                findings.add(Finding.of(PLAN_SUBTOTAL_UNKNOWN, ExecutionBalance.SOURCE, subject)
                        .at(PLAN_TABLE, row, t.scope).numbers(t.planned, null)
                        .says("ยอดรวมที่รายงานระบุ '" + t.labelTh + "' ซึ่งไม่มีรายการใดในแผนอยู่ภายใต้",
                                "a reported " + t.scope + " subtotal names '" + t.labelTh
                                        + "', which no line of the plan belongs to"));
                continue;
            }
            if (t.planned.compareTo(computed[0]) != 0) {
                findings.add(Finding.of(PLAN_SUBTOTAL, ExecutionBalance.SOURCE, subject)
                        .at(PLAN_TABLE, row, "planned").numbers(t.planned, computed[0])
                        .says("ยอดรวมงบประมาณตามแผนที่รายงานไม่เท่ากับผลรวมของรายการ",
                                "the reported planned subtotal is not the sum of its lines"));
            }
            if (t.spent.compareTo(computed[1]) != 0) {
                findings.add(Finding.of(PLAN_SUBTOTAL, ExecutionBalance.SOURCE, subject)
                        .at(PLAN_TABLE, row, "spent").numbers(t.spent, computed[1])
                        .says("ยอดรวมผลการเบิกจ่ายตามแผนที่รายงานไม่เท่ากับผลรวมของรายการ",
                                "the reported spent subtotal is not the sum of its lines"));
            }
        }
        return new PlanSummary(plan.id.toString(), plan.version, sections, planned, spent, planned.subtract(spent),
                Percent.of(spent, planned), reported);
    }

    /** Not a budget category of the Budget Bureau's: a project whose category project-service did not give. */
    public static final String UNSPECIFIED = "unspecified";
    public static final String UNSPECIFIED_TH = "ไม่ระบุหมวดงบ";

    private static ProjectFundingSummary projectFunding(String area, int fy, List<CategoryRow> table, BigDecimal allocated) {
        List<ProjectFunding> projects = ProjectFunding.list("areaCode = ?1 and fiscalYear = ?2 and deleted = false", area, fy);
        if (projects.isEmpty()) {
            return null;
        }
        Map<String, BigDecimal> allocatedByCategory = table.stream()
                .collect(Collectors.toMap(CategoryRow::category, CategoryRow::allocated));
        Map<String, BudgetCategory> categories = new LinkedHashMap<>();
        BudgetCategory.ordered().forEach(c -> categories.put(c.code, c));
        List<String> categoryOrder = new ArrayList<>(categories.keySet());
        categoryOrder.add(UNSPECIFIED);
        Function<ProjectFunding, String> category = p -> p.categoryCode != null && categories.containsKey(p.categoryCode)
                ? p.categoryCode : UNSPECIFIED;
        Function<ProjectFunding, String> source = p -> p.fundingSource == null ? UNSPECIFIED : p.fundingSource;
        java.util.Comparator<ProjectFunding> byCategory = java.util.Comparator.comparing(p -> categoryOrder.indexOf(category.apply(p)));
        java.util.Comparator<ProjectFunding> bySource = java.util.Comparator.comparing(source);

        List<ProjectFundingRow> perCategory = group(projects, byCategory, p -> List.of(category.apply(p)), k ->
                row(k.get(0), null, categories, allocatedByCategory, allocated));
        List<ProjectFundingRow> perSource = group(projects, bySource, p -> List.of(source.apply(p)), k ->
                row(null, k.get(0), categories, allocatedByCategory, allocated));
        List<ProjectFundingRow> rows = group(projects, byCategory.thenComparing(bySource),
                p -> List.of(category.apply(p), source.apply(p)), k ->
                        row(k.get(0), k.get(1), categories, allocatedByCategory, allocated));
        BigDecimal budget = Money.sum(projects.stream().map(p -> p.budget).toList());
        BigDecimal spend = Money.sum(projects.stream().map(p -> p.actualSpend).toList());
        return new ProjectFundingSummary(perCategory, perSource, rows, projects.size(), budget, spend, allocated,
                Percent.of(budget, allocated), Percent.of(spend, allocated));
    }

    /** A row's figures, once its projects are known. */
    private interface RowOf {
        ProjectFundingRow of(int projects, BigDecimal budget, BigDecimal spend);
    }

    private static RowOf row(String category, String source, Map<String, BudgetCategory> categories,
                             Map<String, BigDecimal> allocatedByCategory, BigDecimal allocated) {
        return (projects, budget, spend) -> {
            BigDecimal categoryAllocated = category == null ? null : allocatedByCategory.get(category);
            String categoryTh = category == null ? null
                    : UNSPECIFIED.equals(category) ? UNSPECIFIED_TH : categories.get(category).nameTh;
            return new ProjectFundingRow(category, categoryTh, source, fundingSourceTh(source), projects, budget, spend,
                    budget.subtract(spend), Percent.of(spend, budget), categoryAllocated,
                    categoryAllocated == null ? null : Percent.of(budget, categoryAllocated),
                    categoryAllocated == null ? null : Percent.of(spend, categoryAllocated),
                    Percent.of(budget, allocated), Percent.of(spend, allocated));
        };
    }

    private static List<ProjectFundingRow> group(List<ProjectFunding> projects, java.util.Comparator<ProjectFunding> order,
                                                 Function<ProjectFunding, List<String>> key,
                                                 Function<List<String>, RowOf> row) {
        Map<List<String>, List<ProjectFunding>> groups = new LinkedHashMap<>();
        projects.stream().sorted(order).forEach(p -> groups.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p));
        List<ProjectFundingRow> out = new ArrayList<>();
        for (var g : groups.entrySet()) {
            out.add(row.apply(g.getKey()).of(g.getValue().size(),
                    Money.sum(g.getValue().stream().map(p -> p.budget).toList()),
                    Money.sum(g.getValue().stream().map(p -> p.actualSpend).toList())));
        }
        return out;
    }

    static String fundingSourceTh(String source) {
        if (source == null) {
            return null;
        }
        return switch (source.toUpperCase(java.util.Locale.ROOT)) {
            case "AREA" -> "สพป.";
            case "OBEC" -> "สพฐ.";
            case "OTHER" -> "หน่วยงานอื่น";
            case "UNSPECIFIED" -> "ไม่ระบุแหล่งเงิน";
            default -> null;
        };
    }
}
