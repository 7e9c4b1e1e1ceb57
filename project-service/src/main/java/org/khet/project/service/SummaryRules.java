package org.khet.project.service;

import org.khet.contracts.Finding;
import org.khet.contracts.Money;
import org.khet.contracts.Percent;
import org.khet.project.api.ProjectDtos.ReportedListFigures;
import org.khet.contracts.read.project.ProjectSummary.OwnerCheck;
import org.khet.contracts.read.project.ProjectSummary.UnlistedOwner;
import org.khet.contracts.read.project.ProjectSummary.ProjectList;
import org.khet.contracts.read.project.ProjectSummary.Row;
import org.khet.contracts.read.project.Achievement;
import org.khet.contracts.read.project.ProjectOwner;
import org.khet.contracts.read.project.PlanKind;
import org.khet.project.domain.Project;
import org.khet.contracts.codes.ProjectStatus;
import org.khet.contracts.codes.Severity;
import org.khet.contracts.codes.SubjectKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The summary's rules on stored projects — counts, achieved %, money and findings — free of the database. */
public final class SummaryRules {
    public static final Map<PlanKind, String> LIST_TITLES = Map.of(
            PlanKind.ACTION_PLAN, "โครงการตามแผนปฏิบัติการ",
            PlanKind.ADDITIONAL, "โครงการที่ดำเนินการเพิ่มเติมจากแผนปฏิบัติการ");
    static final String DETAIL_PAGE = "รายละเอียดโครงการ (งบประมาณ / ใช้จริง / คงเหลือ)";
    static final String SOURCE = "project-service";

    /** The checks' stable codes ({@code project.<check>}): clients group and filter findings by them. */
    public static final String LIST_COUNT = "project.list-count";
    public static final String ACHIEVED_PERCENT = "project.achieved-percent";
    public static final String CARRIED_OUT = "project.carried-out";
    public static final String BUDGET_TWICE_REPORTED = "project.budget-twice-reported";
    public static final String REMAINING = "project.remaining";
    public static final String OWNER_NOT_IN_STAFF_REGISTER = "project.owner-not-in-staff-register";
    public static final String STAFF_REGISTER_PLACEHOLDERS = "project.staff-register-placeholders";

    private SummaryRules() {
    }

    public static ProjectList list(PlanKind kind, List<Project> ps) {
        Money2 m = Money2.of(ps);
        int achieved = count(ps, p -> p.achieved == Achievement.YES);
        List<Row> rows = ps.stream().sorted(Comparator.comparingInt(p -> p.number)).map(p -> new Row(p.number, p.title,
                p.strategyNumber, p.fundingSource, p.budget, p.actualSpend, p.remaining(), List.copyOf(p.owners), p.status,
                p.achieved,
                "/v1/projects/" + p.id)).toList();
        return new ProjectList(kind, LIST_TITLES.get(kind), ps.size(),
                count(ps, p -> p.status == ProjectStatus.COMPLETED), achieved,
                count(ps, p -> p.achieved == Achievement.NO), count(ps, p -> p.achieved == Achievement.NOT_ASSESSED),
                Percent.of(achieved, ps.size()), m.budget, m.spend, m.remaining, rows);
    }

    /** The subject of a finding about one project: "ACTION_PLAN-12" with the project's title. */
    static Finding.Subject subject(Project p) {
        return Finding.Subject.of(SubjectKind.PROJECT, p.planKind.code() + "-" + p.number, p.title);
    }

    /** The project as the report's findings name it: "โครงการตามแผนปฏิบัติการ ที่ 12 โครงการ…". */
    static String projectLabel(Project p) {
        return p.planKind.labelTh() + " ที่ " + p.number + " " + p.title;
    }

    /** The figures printed above a list against what the list's rows give; {@code area} is what the findings are about. */
    public static void listFindings(ProjectList list, ReportedListFigures r, Finding.Subject area, List<Finding> out) {
        String table = list.titleTh();
        if (r.reportedCount() != null && r.reportedCount() != list.projects()) {
            out.add(Finding.of(LIST_COUNT, SOURCE, area).at(table, "จำนวนโครงการ", null)
                    .counts(r.reportedCount(), list.projects())
                    .says("พิมพ์ไว้เหนือตารางว่ามี " + r.reportedCount() + " โครงการ แต่ในตารางมี " + list.projects()
                                    + " โครงการ",
                            "the list is said to have " + r.reportedCount() + " projects; " + list.projects()
                                    + " are listed"));
        }
        if (r.reportedAchievedPercent() != null && (list.achievedPercent() == null
                || r.reportedAchievedPercent().compareTo(list.achievedPercent()) != 0)) {
            out.add(Finding.of(ACHIEVED_PERCENT, SOURCE, area).at(table, "ร้อยละของโครงการที่บรรลุ", null)
                    .numbers(r.reportedAchievedPercent(), list.achievedPercent())
                    .says("รายงานว่าบรรลุร้อยละ " + r.reportedAchievedPercent().toPlainString() + " แต่โครงการที่บรรลุมี "
                                    + list.achieved() + " จาก " + list.projects() + " โครงการ (ยังไม่ประเมิน "
                                    + list.notAssessed() + " ไม่บรรลุ " + list.notAchieved() + ")",
                            "reported achieved " + r.reportedAchievedPercent().toPlainString() + "%, but "
                                    + list.achieved() + " of " + list.projects() + " projects are marked achieved ("
                                    + list.notAssessed() + " not assessed, " + list.notAchieved() + " not achieved)"));
        }
        if (r.reportedCarriedOut() != null && r.reportedCarriedOut() != list.completed()) {
            out.add(Finding.of(CARRIED_OUT, SOURCE, area).at(table, "จำนวนโครงการที่ดำเนินการแล้ว", null)
                    .counts(r.reportedCarriedOut(), list.completed())
                    .says("รายงานว่าดำเนินการแล้ว " + r.reportedCarriedOut() + " โครงการ แต่บันทึกว่าดำเนินการแล้ว "
                                    + list.completed() + " โครงการ",
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
            boolean overspent = p.actualSpend != null && p.actualSpend.compareTo(p.budget) > 0;
            out.add(Finding.of(BUDGET_TWICE_REPORTED, SOURCE, subject(p))
                    .at(table + " / " + DETAIL_PAGE, projectLabel(p) + " [งบประมาณในตารางกับหน้ารายละเอียดไม่ตรงกัน]",
                            "งบประมาณ")
                    .numbers(p.reportedBudget, p.budget)
                    .says("ตารางระบุงบประมาณ " + p.budget.toPlainString() + " บาท แต่หน้ารายละเอียดโครงการระบุ "
                                    + p.reportedBudget.toPlainString() + " บาท ระบบใช้งบประมาณตามตาราง"
                                    + (overspent ? " และใช้จริง " + p.actualSpend.toPlainString() + " บาท เกินงบประมาณ" : ""),
                            "the list gives a budget of " + p.budget.toPlainString() + ", the project's page "
                                    + p.reportedBudget.toPlainString() + "; Khet keeps the list's budget"
                                    + (overspent ? " and the spend " + p.actualSpend.toPlainString() + " exceeds it" : "")));
        }
        if (p.reportedRemaining != null && p.actualSpend != null) {
            BigDecimal pageBudget = p.reportedBudget != null ? p.reportedBudget : p.budget;
            BigDecimal computed = pageBudget.subtract(p.actualSpend);
            if (computed.compareTo(p.reportedRemaining) != 0) {
                out.add(Finding.of(REMAINING, SOURCE, subject(p))
                        .at(DETAIL_PAGE, projectLabel(p) + " [คงเหลือไม่เท่ากับงบประมาณ − ใช้จริง]", "คงเหลือ")
                        .numbers(p.reportedRemaining, computed)
                        .says("รายงานคงเหลือ " + p.reportedRemaining.toPlainString() + " บาท แต่งบประมาณ "
                                        + pageBudget.toPlainString() + " − ใช้จริง " + p.actualSpend.toPlainString()
                                        + " = " + computed.toPlainString() + " บาท",
                                "remaining is reported as " + p.reportedRemaining.toPlainString() + " but budget "
                                        + pageBudget.toPlainString() + " − spend " + p.actualSpend.toPlainString() + " = "
                                        + computed.toPlainString()));
            }
        }
    }

    static final String OWNERS_TABLE = "ผู้รับผิดชอบโครงการ (ทะเบียนบุคลากรในสำนักงานเขตพื้นที่)";

    /**
     * Owners (distinct names, whitespace and title normalised) of the year who are not on the area's office staff:
     * listed with the projects they answer for, and together one finding of the year, not one per name or per
     * project row (the seed's register lists the executives, so most owners of a real year are not on it).
     */
    public static OwnerCheck ownerFindings(Finding.Subject area, List<Project> ps, Predicate<ProjectOwner> known,
                                           List<Finding> out) {
        return ownerFindings(area, ps, known, null, out);
    }

    /**
     * As {@link #ownerFindings(Finding.Subject, List, Predicate, List)}, judged against a register of that
     * {@code quality} (null: a real one). A register mostly of placeholders cannot say who is not on the staff:
     * the owners are still checked and listed, and the finding is one minor {@value #STAFF_REGISTER_PLACEHOLDERS}
     * saying so, not one naming the owners as missing (ADR 0024).
     */
    public static OwnerCheck ownerFindings(Finding.Subject area, List<Project> ps, Predicate<ProjectOwner> known,
                                           StaffRegister.Quality quality, List<Finding> out) {
        Map<String, ProjectOwner> first = new LinkedHashMap<>();
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
        if (!unlisted.isEmpty() && quality != null && !quality.realEnough()) {
            int n = unlisted.size();
            out.add(Finding.of(STAFF_REGISTER_PLACEHOLDERS, SOURCE, area)
                    .at(OWNERS_TABLE, "ทะเบียนบุคลากรที่เป็นชื่อสมมติ", null)
                    .numbers(BigDecimal.valueOf(quality.placeholders()), null)
                    .severity(Severity.MINOR)
                    .says("ทะเบียนบุคลากรในสำนักงานเขตพื้นที่ " + area.code() + " เป็นชื่อสมมติ " + quality.placeholders()
                                    + " จาก " + quality.members() + " คน จึงไม่ใช้ตรวจว่าผู้รับผิดชอบโครงการอยู่ในทะเบียนหรือไม่ (ไม่พบ "
                                    + n + " จาก " + inRegister.size() + " คน)",
                            quality.placeholders() + " of the " + quality.members() + " names on the office staff register of area "
                                    + area.code() + " are placeholders, so it cannot say whether project owners are on the staff ("
                                    + n + " of " + inRegister.size() + " are not found; owners.notInRegisterNames lists them)"));
        } else if (!unlisted.isEmpty()) {
            int n = unlisted.size();
            String names = unlisted.stream().limit(3).map(UnlistedOwner::nameTh).collect(Collectors.joining(", "));
            out.add(Finding.of(OWNER_NOT_IN_STAFF_REGISTER, SOURCE, area)
                    .at(OWNERS_TABLE, "ผู้รับผิดชอบโครงการที่ไม่อยู่ในทะเบียนบุคลากร", null)
                    .numbers(BigDecimal.valueOf(n), null)
                    .says("ผู้รับผิดชอบโครงการ " + n + " จาก " + inRegister.size()
                                    + " คน ไม่อยู่ในทะเบียนบุคลากรในสำนักงานเขตพื้นที่ " + area.code() + ": " + names
                                    + (n > 3 ? " และอีก " + (n - 3) + " คน" : "")
                                    + " (owners.notInRegisterNames แสดงแต่ละคนพร้อมโครงการ)",
                            n + " of " + inRegister.size() + " project owners are not on the office staff register of area "
                                    + area.code() + ": " + names + (n > 3 ? " and " + (n - 3) + " more" : "")
                                    + " (owners.notInRegisterNames lists each with their projects)"));
        }
        return new OwnerCheck(inRegister.size(), inRegister.size() - unlisted.size(), unlisted.size(), unlisted);
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
