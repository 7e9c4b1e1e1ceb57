package org.khet.report.mapping;

import org.khet.contracts.read.project.Achievement;
import org.khet.contracts.read.project.PhotoView;
import org.khet.contracts.read.project.PlanKind;
import org.khet.contracts.read.project.ProjectOwner;
import org.khet.contracts.read.project.ProjectSummary;
import org.khet.contracts.read.project.ProjectView;
import org.khet.contracts.read.project.QuantitativeResult;
import org.khet.contracts.read.project.StrategicPlanView;
import org.khet.report.domain.Block;
import org.khet.report.domain.Column;
import org.khet.report.domain.Heading;
import org.khet.report.domain.ItemList;
import org.khet.report.domain.Paragraph;
import org.khet.report.domain.ProjectPage;
import org.khet.report.domain.Section;
import org.khet.report.words.Words;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.khet.report.mapping.SchoolMapping.nz;
import static org.khet.report.mapping.SchoolMapping.orEmpty;

/**
 * project-service → part 2 ({@code GET /v1/areas/{area}/strategic-plan/{fiscalYear}}), part 3's project
 * section ({@code …/projects/summary}: both project lists with their counts; {@code …/projects}: one page per
 * project, grouped by strategy) and part 4 (the problems and suggestions the projects reported).
 */
public final class ProjectMapping {
    static final String SRC = "project-service";
    /** The core values' list title, which the office's own heading (text block core-values) replaces. */
    public static final String CORE_VALUES = "ค่านิยมหลักขององค์กร";

    private ProjectMapping() {
    }

    public static List<Section> part2(Words w, StrategicPlanView plan) {
        List<Section> out = new ArrayList<>();
        String v = plan == null ? null : plan.vision();
        out.add(new Section("p2-vision", w.tr("วิสัยทัศน์ / พันธกิจ / เป้าประสงค์"), List.of(
                new Paragraph(w.tr("วิสัยทัศน์"), v == null ? "-" : "“" + v + "”"),
                new ItemList(w.tr("พันธกิจ"), true, nonBlank(plan == null ? null : plan.missions())),
                new ItemList(w.tr("เป้าประสงค์"), true, nonBlank(plan == null ? null : plan.goals())))));

        List<String> strategies = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<Block> policies = new ArrayList<>();
        if (plan != null) {
            for (StrategicPlanView.Strategy s : orEmpty(plan.strategies())) {
                strategies.add(s.textTh());
            }
            for (StrategicPlanView.CoreValue cv : orEmpty(plan.coreValues())) {
                values.add(nz(cv.letter()) + " – " + nz(cv.nameEn()) + " "
                        + nz(cv.meaningTh()));
            }
            for (StrategicPlanView.PolicyArea p : orEmpty(plan.policies())) {
                List<String> items = new ArrayList<>();
                for (StrategicPlanView.PolicyItem i : orEmpty(p.items())) {
                    items.add(nz(i.number()) + " " + nz(i.textTh()));
                }
                policies.add(new ItemList(p.number() + ". " + nz(p.titleTh()), false, items));
            }
        }
        out.add(new Section("p2-strategies", w.tr("กลยุทธ์ / ค่านิยมหลักขององค์กร"), List.of(
                new ItemList(w.tr("กลยุทธ์"), true, strategies), new ItemList(w.tr(CORE_VALUES), false, values))));
        policies.add(new ItemList(w.tr("จุดเน้น"), true, nonBlank(plan == null ? null : plan.focusPoints())));
        out.add(new Section("p2-policies", w.tr("นโยบายและจุดเน้น"), policies));
        return out;
    }

    /** The non-blank texts of a list, in order. */
    static List<String> nonBlank(List<String> list) {
        return orEmpty(list).stream().filter(t -> t != null && !t.isBlank()).toList();
    }

    /** Part 4: the problems and suggestions of the year, as the projects reported them. */
    public static List<Section> part4(Words w, ProjectSummary summary) {
        return List.of(new Section("p4-problems", w.tr("ปัญหา/อุปสรรค ข้อเสนอแนะ และแนวทางการพัฒนา"), List.of(
                new ItemList(w.tr("ปัญหาและอุปสรรค"), true, remarks(w, summary == null ? null : summary.problems())),
                new ItemList(w.tr("ข้อเสนอแนะและแนวทางการพัฒนา"), true,
                        remarks(w, summary == null ? null : summary.suggestions())))));
    }

    private static List<String> remarks(Words w, List<ProjectSummary.Remark> remarks) {
        List<String> out = new ArrayList<>();
        for (ProjectSummary.Remark r : orEmpty(remarks)) {
            out.add(w.tr("{0} ({1} ที่ {2} {3})", unnumbered(r.text()), kindName(w, r.planKind()), r.number(), nz(r.title())));
        }
        if (out.isEmpty()) {
            out.add(w.tr("- ไม่มี -"));
        }
        return out;
    }

    /** A project's own marker ("1. ", "- ", "๒) ") dropped: the numbered list prints its numbers once. */
    static String unnumbered(String text) {
        return text == null ? "" : LEADING_MARKER.matcher(text).replaceFirst("");
    }

    private static final java.util.regex.Pattern LEADING_MARKER =
            java.util.regex.Pattern.compile("^\\s*(?:[0-9๐-๙]{1,3}\\s*[.)](?![0-9])|[-•*])\\s*");

    /** The list a project is in, as the report names it (a project without a kind is an action-plan one). */
    private static String kindName(Words w, PlanKind planKind) {
        return w.label(planKind == null ? PlanKind.ACTION_PLAN : planKind);
    }

    /** Part 3, 6. ผลการดำเนินงานโครงการตามกลยุทธ์. */
    public static Section projects(Words w, ProjectSummary summary, List<ProjectView> projects, StrategicPlanView plan,
                                   int fiscalYear) {
        List<Block> blocks = new ArrayList<>();
        int n = 0;
        for (ProjectSummary.ProjectList l : summary == null ? List.<ProjectSummary.ProjectList>of() : orEmpty(summary.lists())) {
            String kind = l.planKind() == null ? "" : l.planKind().code();
            Tables t = Tables.of(w, "t3.6-" + kind.toLowerCase().replace('_', '-'),
                    w.tr("{0} ประจำปีงบประมาณ พ.ศ. {1}", l.titleTh() != null && w.thai() ? l.titleTh() : kindName(w, l.planKind()), fiscalYear), SRC,
                    Column.text("no", w.tr("ที่")), Column.text("project", w.tr("โครงการ")), Column.baht("budget", w.tr("งบประมาณ")),
                    Column.baht("actualSpend", w.tr("ใช้จริง")), Column.baht("remaining", w.tr("คงเหลือ")),
                    Column.text("owners", w.tr("ผู้รับผิดชอบโครงการ")), Column.text("achieved", w.tr("บรรลุ/ไม่บรรลุ")));
            for (ProjectSummary.Row r : orEmpty(l.rows())) {
                t.row(Integer.toString(r.number()), r.title(), r.budget(), r.actualSpend(), r.remaining(),
                        String.join(", ", owners(r.owners())), achieved(w, r.achieved()));
            }
            String achievedPercent = AssessmentMapping.fmt(l.achievedPercent());
            if (t.dataRows() > 0) {
                t.totalRow(w.tr("รวม {0} โครงการ", l.projects()), Arrays.asList(null, "", l.budget(), l.actualSpend(),
                        l.remaining(), "", w.tr("บรรลุ {0} (ร้อยละ {1})", l.achieved(), achievedPercent)));
            }
            t.note(w.tr("โครงการ {0} โครงการ ดำเนินการแล้ว {1} โครงการ บรรลุผลสัมฤทธิ์ {2} โครงการ คิดเป็นร้อยละ {3}",
                    l.projects(), l.completed(), l.achieved(), achievedPercent));
            t.note(spendCoverage(w, l));
            blocks.add(t.build());
            n++;
        }
        if (n == 0) {
            blocks.add(Paragraph.of(w.tr("ยังไม่มีข้อมูลโครงการของปีงบประมาณ {0}", fiscalYear)));
        }

        Map<Integer, String> strategyNames = new TreeMap<>();
        for (StrategicPlanView.Strategy s : plan == null ? List.<StrategicPlanView.Strategy>of() : orEmpty(plan.strategies())) {
            strategyNames.put(s.number(), s.textTh());
        }
        // pages by strategy (unassigned last), action-plan projects before additional ones, then by number
        Map<Integer, List<ProjectView>> byStrategy = new TreeMap<>();
        List<ProjectView> items = new ArrayList<>(orEmpty(projects));
        items.sort(Comparator.comparing((ProjectView p) -> p.planKind() == null ? "" : p.planKind().code())
                .thenComparingInt(ProjectView::number));
        for (ProjectView p : items) {
            Integer st = p.strategyNumber();
            byStrategy.computeIfAbsent(st == null ? Integer.MAX_VALUE : st, k -> new ArrayList<>()).add(p);
        }
        // a project that reported nothing beyond its list row gets no page, and a heading without pages is not printed
        for (Map.Entry<Integer, List<ProjectView>> e : byStrategy.entrySet()) {
            String name = strategyNames.get(e.getKey());
            List<ProjectPage> pages = new ArrayList<>();
            for (ProjectView p : e.getValue()) {
                ProjectPage page = page(p, pages.size() + 1, name);
                if (page.reported()) {
                    pages.add(page);
                }
            }
            if (pages.isEmpty()) {
                continue;
            }
            blocks.add(new Heading(e.getKey() == Integer.MAX_VALUE ? w.tr("โครงการที่ไม่ได้ระบุกลยุทธ์")
                    : w.tr("กลยุทธ์ที่ {0}", e.getKey()) + (name == null ? "" : " " + name)));
            blocks.addAll(pages);
        }
        return new Section("p3-projects", w.tr("6. ผลการดำเนินงานโครงการตามกลยุทธ์ ประจำปีงบประมาณ พ.ศ. {0}", fiscalYear), blocks);
    }

    /**
     * The list's spend and remainder total only the projects that reported spend (project-service sums them so): the
     * table says so where some did not, so a reader never sets the whole budget against part of the spend.
     */
    static String spendCoverage(Words w, ProjectSummary.ProjectList l) {
        List<ProjectSummary.Row> rows = orEmpty(l.rows());
        long reported = rows.stream().filter(r -> r.actualSpend() != null).count();
        if (rows.isEmpty() || reported == rows.size()) {
            return null;
        }
        return w.tr("ใช้จริงและคงเหลือ รวมเฉพาะ {0} โครงการที่รายงานผลการใช้จ่าย จาก {1} โครงการ", reported, rows.size());
    }

    private static List<String> owners(List<ProjectOwner> owners) {
        return nonBlank(orEmpty(owners).stream().map(ProjectOwner::nameTh).toList());
    }

    private static String achieved(Words w, Achievement a) {
        return a == null ? "-" : w.label(a);
    }

    private static ProjectPage page(ProjectView p, int i, String strategy) {
        List<String> quantitative = orEmpty(p.quantitativeResults()).stream().map(QuantitativeResult::statement).toList();
        List<ProjectPage.Photo> photos = new ArrayList<>();
        for (PhotoView ph : orEmpty(p.photos())) {
            photos.add(new ProjectPage.Photo(ph.caption(), ph.href()));
        }
        Achievement a = p.achieved();
        // the page prints its own budget and remainder where the office's page stated them (the list's are the
        // list table's; the disagreement is project-service's finding)
        BigDecimal budget = p.reportedBudget() != null ? p.reportedBudget() : p.budget();
        BigDecimal remaining = p.reportedBudget() == null ? p.remaining()
                : p.reportedRemaining() != null ? p.reportedRemaining()
                : p.actualSpend() != null ? p.reportedBudget().subtract(p.actualSpend()) : null;
        return new ProjectPage((p.planKind() == null ? null : p.planKind().code()) + "-" + p.number(), i + ".", p.title(),
                strategy, budget, p.actualSpend(), remaining, owners(p.owners()),
                a == null || a == Achievement.NOT_ASSESSED ? null : a == Achievement.YES, quantitative,
                nonBlank(p.qualitativeResults()), nonBlank(p.problems()), nonBlank(p.suggestions()), photos);
    }
}
