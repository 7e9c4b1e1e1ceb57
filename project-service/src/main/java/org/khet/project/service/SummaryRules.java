package org.khet.project.service;

import org.khet.contracts.Money;
import org.khet.contracts.Percent;
import org.khet.project.api.ProjectDtos.ReportedListFigures;
import org.khet.project.api.SummaryDtos.Finding;
import org.khet.project.api.SummaryDtos.OwnerCheck;
import org.khet.project.api.SummaryDtos.UnlistedOwner;
import org.khet.project.api.SummaryDtos.ProjectList;
import org.khet.project.api.SummaryDtos.Row;
import org.khet.project.domain.Achievement;
import org.khet.project.domain.Owner;
import org.khet.project.domain.PlanKind;
import org.khet.project.domain.Project;
import org.khet.project.domain.ProjectStatus;
import org.khet.project.mapping.ProjectMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The summary's rules on stored projects — counts, achieved %, money and findings — free of the database. */
public final class SummaryRules {
    public static final Map<PlanKind, String> LIST_TITLES = Map.of(
            PlanKind.ACTION_PLAN, "โครงการตามแผนปฏิบัติการ",
            PlanKind.ADDITIONAL, "โครงการที่ดำเนินการเพิ่มเติมจากแผนปฏิบัติการ");
    static final String DETAIL_PAGE = "รายละเอียดโครงการ (งบประมาณ / ใช้จริง / คงเหลือ)";

    private SummaryRules() {
    }

    public static ProjectList list(PlanKind kind, List<Project> ps) {
        Money2 m = Money2.of(ps);
        int achieved = count(ps, p -> p.achieved == Achievement.YES);
        List<Row> rows = ps.stream().sorted(Comparator.comparingInt(p -> p.number)).map(p -> new Row(p.number, p.title,
                p.strategyNumber, p.fundingSource == null ? null : p.fundingSource.name(), p.budget, p.actualSpend,
                p.remaining(), ProjectMapper.owners(p.owners), p.status.name(), p.achieved.name(),
                "/v1/projects/" + p.id)).toList();
        return new ProjectList(kind.name(), LIST_TITLES.get(kind), ps.size(),
                count(ps, p -> p.status == ProjectStatus.COMPLETED), achieved,
                count(ps, p -> p.achieved == Achievement.NO), count(ps, p -> p.achieved == Achievement.NOT_ASSESSED),
                Percent.of(achieved, ps.size()), m.budget, m.spend, m.remaining, rows);
    }

    public static void listFindings(ProjectList list, ReportedListFigures r, List<Finding> out) {
        String table = list.titleTh();
        if (r.reportedCount() != null && r.reportedCount() != list.projects()) {
            out.add(new Finding(table, list.planKind(), null, null, "LIST_COUNT", r.reportedCount().toString(),
                    Integer.toString(list.projects()), Integer.toString(list.projects() - r.reportedCount()),
                    "the list is said to have " + r.reportedCount() + " projects; " + list.projects() + " are listed"));
        }
        if (r.reportedAchievedPercent() != null && (list.achievedPercent() == null
                || r.reportedAchievedPercent().compareTo(list.achievedPercent()) != 0)) {
            BigDecimal computed = list.achievedPercent();
            out.add(new Finding(table, list.planKind(), null, null, "ACHIEVED_PERCENT",
                    r.reportedAchievedPercent().toPlainString(), computed == null ? null : computed.toPlainString(),
                    computed == null ? null : computed.subtract(r.reportedAchievedPercent()).toPlainString(),
                    "reported achieved " + r.reportedAchievedPercent().toPlainString() + "%, but " + list.achieved()
                            + " of " + list.projects() + " projects are marked achieved (" + list.notAssessed()
                            + " not assessed, " + list.notAchieved() + " not achieved)"));
        }
        if (r.reportedCarriedOut() != null && r.reportedCarriedOut() != list.completed()) {
            out.add(new Finding(table, list.planKind(), null, null, "CARRIED_OUT", r.reportedCarriedOut().toString(),
                    Integer.toString(list.completed()), Integer.toString(list.completed() - r.reportedCarriedOut()),
                    "reported " + r.reportedCarriedOut() + " projects carried out; " + list.completed()
                            + " are recorded as completed"));
        }
    }

    /**
     * A second reported budget (the project's own page) that is not the list's budget; and a reported remainder
     * that is not the page's own budget − spend (checked against the page's budget so that one disagreement is
     * reported once, not again as a wrong remainder).
     */
    public static void projectFindings(Project p, List<Finding> out) {
        String table = LIST_TITLES.get(p.planKind);
        if (p.reportedBudget != null && p.reportedBudget.compareTo(p.budget) != 0) {
            out.add(new Finding(table + " / " + DETAIL_PAGE, p.planKind.name(), p.number, p.title, "BUDGET_TWICE_REPORTED",
                    p.reportedBudget.toPlainString(), p.budget.toPlainString(),
                    p.reportedBudget.subtract(p.budget).toPlainString(),
                    "the list gives a budget of " + p.budget.toPlainString() + ", the project's page "
                            + p.reportedBudget.toPlainString() + "; Khet keeps the list's budget"
                            + (p.actualSpend != null && p.actualSpend.compareTo(p.budget) > 0
                            ? " and the spend " + p.actualSpend.toPlainString() + " exceeds it" : "")));
        }
        if (p.reportedRemaining != null && p.actualSpend != null) {
            BigDecimal pageBudget = p.reportedBudget != null ? p.reportedBudget : p.budget;
            BigDecimal computed = pageBudget.subtract(p.actualSpend);
            if (computed.compareTo(p.reportedRemaining) != 0) {
                out.add(new Finding(DETAIL_PAGE, p.planKind.name(), p.number, p.title, "REMAINING",
                        p.reportedRemaining.toPlainString(), computed.toPlainString(),
                        computed.subtract(p.reportedRemaining).toPlainString(),
                        "remaining is reported as " + p.reportedRemaining.toPlainString() + " but budget "
                                + pageBudget.toPlainString() + " − spend " + p.actualSpend.toPlainString() + " = "
                                + computed.toPlainString()));
            }
        }
    }

    static final String OWNERS_TABLE = "ผู้รับผิดชอบโครงการ (ทะเบียนบุคลากรในสำนักงานเขตพื้นที่)";
    public static final String OWNER_NOT_IN_REGISTER = "OWNER_NOT_IN_STAFF_REGISTER";

    /**
     * Owners (distinct names, whitespace and title normalised) of the year who are not on the area's office staff:
     * listed with the projects they answer for, and together one finding of the year, not one per name or per
     * project row (the seed's register lists the executives, so most owners of a real year are not on it).
     */
    public static OwnerCheck ownerFindings(String areaCode, List<Project> ps, Predicate<Owner> known, List<Finding> out) {
        Map<String, Owner> first = new LinkedHashMap<>();
        Map<String, List<String>> projectsOf = new LinkedHashMap<>();
        Map<String, Boolean> inRegister = new LinkedHashMap<>();
        ps.stream().sorted(Comparator.comparing((Project p) -> p.planKind).thenComparingInt(p -> p.number))
                .forEach(p -> p.owners.forEach(o -> {
                    String key = StaffRegister.nameKey(o.nameTh());
                    first.putIfAbsent(key, o);
                    projectsOf.computeIfAbsent(key, k -> new ArrayList<>())
                            .add((p.planKind == PlanKind.ACTION_PLAN ? "แผนปฏิบัติการ ที่ " : "เพิ่มเติม ที่ ") + p.number);
                    inRegister.merge(key, known.test(o), Boolean::logicalOr);
                }));
        List<UnlistedOwner> unlisted = new ArrayList<>();
        for (Map.Entry<String, Boolean> e : inRegister.entrySet()) {
            if (!e.getValue()) {
                unlisted.add(new UnlistedOwner(first.get(e.getKey()).nameTh(), List.copyOf(projectsOf.get(e.getKey()))));
            }
        }
        if (!unlisted.isEmpty()) {
            int n = unlisted.size();
            String names = unlisted.stream().limit(3).map(UnlistedOwner::nameTh).collect(java.util.stream.Collectors.joining(", "))
                    + (n > 3 ? " and " + (n - 3) + " more" : "");
            out.add(new Finding(OWNERS_TABLE, null, null, null, OWNER_NOT_IN_REGISTER, String.valueOf(n), null, null,
                    n + " of " + inRegister.size() + " project owners are not on the office staff register of area "
                            + areaCode + ": " + names + " (owners.notInRegisterNames lists each with their projects)"));
        }
        return new OwnerCheck(inRegister.size(), inRegister.size() - n(unlisted), n(unlisted), unlisted);
    }

    private static int n(List<?> l) {
        return l.size();
    }

    static int count(List<Project> ps, Predicate<Project> f) {
        return (int) ps.stream().filter(f).count();
    }

    /** Budget of all projects; spend and remaining of those that reported spend. */
    record Money2(BigDecimal budget, BigDecimal spend, BigDecimal remaining, BigDecimal budgetWithSpend,
                  int spendReported) {
        static Money2 of(List<Project> ps) {
            List<Project> spent = ps.stream().filter(p -> p.actualSpend != null).toList();
            return new Money2(Money.sum(ps.stream().map(p -> p.budget).toList()),
                    Money.sum(spent.stream().map(p -> p.actualSpend).toList()),
                    Money.sum(spent.stream().map(Project::remaining).toList()),
                    Money.sum(spent.stream().map(p -> p.budget).toList()), spent.size());
        }

        /** Spend as a share of the budget of the projects that reported spend. */
        BigDecimal spentPercent() {
            return Percent.of(spend, budgetWithSpend);
        }
    }

}
