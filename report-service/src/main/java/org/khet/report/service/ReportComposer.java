package org.khet.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.contracts.Finding;
import org.khet.contracts.FiscalYear;
import org.khet.kit.problem.ProblemException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.khet.contracts.read.assessment.AreaEvaluationsView;
import org.khet.contracts.read.assessment.AreaTestsView;
import org.khet.contracts.read.budget.AreaBudgetView;
import org.khet.contracts.read.project.ProjectSummary;
import org.khet.contracts.read.project.ProjectView;
import org.khet.contracts.read.project.StrategicPlanView;
import org.khet.contracts.read.Page;
import org.khet.contracts.read.school.AreaProfile;
import org.khet.contracts.read.school.AreaSummary;
import org.khet.contracts.read.school.OfficeStaffMember;
import org.khet.contracts.read.school.SchoolNetwork;
import org.khet.report.client.AssessmentClient;
import org.khet.report.client.BudgetClient;
import org.khet.report.client.ProjectClient;
import org.khet.report.client.SchoolClient;
import org.khet.report.client.Upstream;
import org.khet.report.client.UpstreamCalls;
import org.khet.report.client.UpstreamReads;
import org.khet.report.checks.ReportChecks;
import org.khet.report.domain.Lang;
import org.khet.report.domain.Paragraph;
import org.khet.report.domain.Part;
import org.khet.report.domain.Report;
import org.khet.report.domain.Section;
import org.khet.report.mapping.AssessmentMapping;
import org.khet.report.mapping.BudgetMapping;
import org.khet.report.mapping.FindingMapping;
import org.khet.report.mapping.ProjectMapping;
import org.khet.report.mapping.Provenances;
import org.khet.report.mapping.SchoolMapping;
import org.khet.report.texts.OfficeTexts;
import org.khet.report.texts.ReportText;
import org.khet.report.texts.TextBlock;
import org.khet.report.words.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Composes the annual report from the services' summary endpoints, called in parallel. The academic-year data
 * (enrolment, tests) is that of the academic year the fiscal year reports on, as the printed report does.
 */
@ApplicationScoped
public class ReportComposer {
    /** Projects asked for per page (the kit's largest page). */
    private static final int PAGE = 500;
    private final UpstreamCalls calls;
    private final SchoolClient school;
    private final AssessmentClient assessment;
    private final BudgetClient budget;
    private final ProjectClient project;

    public ReportComposer(UpstreamCalls calls, @RestClient SchoolClient school, @RestClient AssessmentClient assessment,
                          @RestClient BudgetClient budget, @RestClient ProjectClient project) {
        this.calls = calls;
        this.school = school;
        this.assessment = assessment;
        this.budget = budget;
        this.project = project;
    }

    /** Calls every upstream at once (the report takes as long as the slowest call, not their sum). */
    public UpstreamData fetch(String area, FiscalYear fy, String authorization) {
        return fetch(area, fy, authorization, null);
    }

    /** As {@link #fetch(String, FiscalYear, String)}, each answer filed in {@code reads} (null: not recorded). */
    public UpstreamData fetch(String area, FiscalYear fy, String authorization, UpstreamReads.Recorder reads) {
        return start(area, fy, authorization, reads).await();
    }

    /**
     * Starts every upstream call at once and returns without waiting, so that the caller can do its own reads (the
     * office's texts) while the upstreams answer; {@link Pending#await} then gives their answers.
     */
    public Pending start(String area, FiscalYear fy, String authorization, UpstreamReads.Recorder reads) {
        return new Pending(area, fy, authorization, UpstreamReads.id(reads));
    }

    /** The calls of one composition, under way. */
    public final class Pending {
        private final String area;
        private final int y;
        private final String authorization;
        private final String r;
        private final CompletableFuture<AreaProfile> profile;
        private final CompletableFuture<List<SchoolNetwork>> networks;
        private final CompletableFuture<List<OfficeStaffMember>> staff;
        private final CompletableFuture<AreaSummary> summary;
        private final CompletableFuture<AreaTestsView> tests;
        private final CompletableFuture<AreaEvaluationsView> evaluations;
        private final CompletableFuture<AreaBudgetView> areaBudget;
        private final CompletableFuture<ProjectSummary> projects;
        private final CompletableFuture<Page<ProjectView>> firstPage;
        private final CompletableFuture<StrategicPlanView> plan;

        private Pending(String area, FiscalYear fy, String authorization, String r) {
            this.area = area;
            this.y = fy.be();
            this.authorization = authorization;
            this.r = r;
            int ay = fy.reportedAcademicYear().be();
            int enrolmentYear = fy.enrolmentAcademicYear().be();
            profile = calls.call(Upstream.SCHOOL, () -> school.area(area, authorization, r));
            networks = calls.call(Upstream.SCHOOL, () -> school.networks(area, authorization, r));
            staff = calls.call(Upstream.SCHOOL, () -> school.staff(area, authorization, r));
            summary = calls.call(Upstream.SCHOOL, () -> school.summary(area, enrolmentYear, authorization, r));
            tests = calls.call(Upstream.ASSESSMENT, () -> assessment.tests(area, ay, authorization, r));
            evaluations = calls.call(Upstream.ASSESSMENT, () -> assessment.evaluations(area, y, authorization, r));
            areaBudget = calls.call(Upstream.BUDGET, () -> budget.budget(area, y, authorization, r));
            projects = calls.call(Upstream.PROJECT, () -> project.summary(area, y, authorization, r));
            firstPage = calls.call(Upstream.PROJECT, () -> project.projects(area, y, PAGE, null, authorization, r));
            plan = calls.call(Upstream.PROJECT, () -> project.strategicPlan(area, y, authorization, r));
        }

        /** Waits for every answer; fails with the first failure in call order, or 404 when there is no such area. */
        public UpstreamData await() {
            awaitAll(profile, networks, staff, summary, tests, evaluations, areaBudget, projects, firstPage, plan);
            if (profile.join() == null) {
                throw ProblemException.notFound("school-service knows no area '" + area + "'");
            }
            return new UpstreamData(profile.join(), networks.join(), staff.join(), summary.join(), tests.join(),
                    evaluations.join(), areaBudget.join(), projects.join(),
                    allPages(firstPage.join(), area, y, authorization, r), plan.join());
        }
    }

    /**
     * Waits for every call, then fails with the first failure in call order (so the message names the same
     * service every time); afterwards each call's {@code join()} gives its answer at once.
     */
    private static void awaitAll(CompletableFuture<?>... calls) {
        try {
            CompletableFuture.allOf(calls).handle((r, e) -> null).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(503, "upstream-unavailable", "An upstream service is unavailable",
                    "interrupted while composing the report", null);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        for (CompletableFuture<?> f : calls) {
            try {
                f.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof ProblemException p) {
                    throw p;
                }
                throw e;
            }
        }
    }

    /** The project list is paged: every project of every page (null when project-service had no data). */
    private List<ProjectView> allPages(Page<ProjectView> first, String area, int fiscalYear, String authorization,
                                       String read) {
        if (first == null) {
            return null;
        }
        List<ProjectView> items = new ArrayList<>(first.items());
        for (int page = 1; items.size() < first.total(); page++) {
            int p = page;
            CompletableFuture<Page<ProjectView>> call = calls.call(Upstream.PROJECT,
                    () -> project.projects(area, fiscalYear, PAGE, p, authorization, read));
            awaitAll(call);
            Page<ProjectView> next = call.join();
            if (next == null || next.items().isEmpty()) {
                break;
            }
            items.addAll(next.items());
        }
        return items;
    }

    public Report compose(String area, FiscalYear fy, UpstreamData d) {
        return compose(area, fy, d, Map.of(), Lang.TH);
    }

    /**
     * The report in {@code lang} with the office's stored texts where their blocks belong ({@link OfficeTexts}). The
     * findings are the same in both languages: the checks read the Thai parts (a year in a Thai title is what they
     * look for), so the English report composes them in Thai for its checks.
     */
    public Report compose(String area, FiscalYear fy, UpstreamData d, Map<TextBlock, ReportText> texts, Lang lang) {
        int ay = fy.reportedAcademicYear().be();
        String name = SchoolMapping.areaName(d.area(), d.school());
        Words w = Words.of(lang);
        OfficeTexts office = new OfficeTexts(w, texts);
        List<Part> parts = parts(w, fy, d, texts);

        List<Finding> findings = new ArrayList<>(findings(d));
        findings.addAll(ReportChecks.run(area, fy, d, texts, w.thai() ? parts : parts(Words.TH, fy, d, texts)));
        List<Section> appendix = new ArrayList<>(AssessmentMapping.appendix(w, d.evaluations(), fy.be()));
        appendix.add(FindingMapping.annex(w, findings));
        parts.add(new Part("appendix", w.tr("ภาคผนวก"), office.appendix(appendix)));

        List<Report.Source> sources = List.of(
                source("school-service", "/v1/areas/{area}", d.area()),
                source("school-service", "/v1/areas/{area}/networks", d.networks()),
                source("school-service", "/v1/areas/{area}/summary?academicYear=" + fy.enrolmentAcademicYear().be(), d.school()),
                source("assessment-service", "/v1/areas/{area}/tests?academicYear=" + ay, d.tests()),
                source("assessment-service", "/v1/areas/{area}/evaluations?fiscalYear=" + fy.be(), d.evaluations()),
                source("budget-service", "/v1/areas/{area}/budget?fiscalYear=" + fy.be(), d.budget()),
                source("project-service", "/v1/areas/{area}/projects/summary?fiscalYear=" + fy.be(), d.projects()),
                source("project-service", "/v1/areas/{area}/projects?fiscalYear=" + fy.be(), d.projectPages()),
                source("project-service", "/v1/areas/{area}/strategic-plan/" + fy.be(), d.strategicPlan()));
        Integer round = d.school() == null ? null : d.school().round();
        return new Report(area, name, fy.be(), ay, w.tr("รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. {0}", fy.be()),
                name == null ? area : name, Provenances.stamp(parts, area, fy, round), findings, sources, lang);
    }

    /** Parts 1–4 (and the foreword where the office wrote one) in {@code w}'s language. */
    private static List<Part> parts(Words w, FiscalYear fy, UpstreamData d, Map<TextBlock, ReportText> texts) {
        int ay = fy.reportedAcademicYear().be();
        OfficeTexts office = new OfficeTexts(w, texts);
        List<Part> parts = new ArrayList<>();
        Optional.ofNullable(office.foreword()).ifPresent(parts::add);
        List<Section> part1 = new ArrayList<>();
        if (!w.thai()) {
            part1.add(aboutEnglish(w, fy));
        }
        part1.addAll(office.part1(SchoolMapping.part1(w, d.area(), d.networks(), d.school(), fy.enrolmentAcademicYear().be())));
        parts.add(new Part("part-1", w.tr("ส่วนที่ 1 ข้อมูลพื้นฐาน"), part1));
        parts.add(new Part("part-2", w.tr("ส่วนที่ 2 ทิศทางการพัฒนาการศึกษา"), office.part2(ProjectMapping.part2(w, d.strategicPlan()))));
        parts.add(new Part("part-3", w.tr("ส่วนที่ 3 ผลการดำเนินงาน"), List.of(
                SchoolMapping.management(w, d.school()),
                AssessmentMapping.quality(w, d.tests(), ay),
                SchoolMapping.opportunity(w, d.school(), fy.be(), ay),
                AssessmentMapping.efficiency(w, d.evaluations(), fy.be()),
                BudgetMapping.budget(w, d.budget(), fy.be()),
                ProjectMapping.projects(w, d.projects(), d.projectPages(), d.strategicPlan(), fy.be()))));
        parts.add(new Part("part-4", w.tr("ส่วนที่ 4 ปัญหา/อุปสรรค ข้อเสนอแนะ และแนวทางการพัฒนา"),
                office.part4(ProjectMapping.part4(w, d.projects()))));
        return parts;
    }

    /**
     * The English report's own note (ADR 0027): years stay Buddhist era as the data names them (a Thai fiscal year
     * runs October to September, so no single Common Era year names it), dates are Common Era, and names the data
     * holds only in Thai stay Thai.
     */
    private static Section aboutEnglish(Words w, FiscalYear fy) {
        java.time.LocalDate start = java.time.LocalDate.of(fy.be() - 544, 10, 1);
        java.time.LocalDate end = java.time.LocalDate.of(fy.be() - 543, 9, 30);
        return new Section("p1-about-english", w.tr("เกี่ยวกับฉบับภาษาอังกฤษ"), List.of(
                Paragraph.of(w.tr("ปีงบประมาณและปีการศึกษาเป็นพุทธศักราช (พ.ศ. = ค.ศ. + 543) ปีงบประมาณ {0} คือ {1} ถึง {2} วันที่เป็นคริสต์ศักราช",
                        fy.be(), w.date(start), w.date(end))),
                Paragraph.of(w.tr("ชื่อโรงเรียน บุคคล หน่วยงาน และโครงการ ซึ่งข้อมูลมีเป็นภาษาไทยเท่านั้น พิมพ์เป็นภาษาไทย"))));
    }

    private static Report.Source source(String service, String endpoint, Object answer) {
        return new Report.Source(service, endpoint, answer != null);
    }

    /** Every service's findings as each summary gives them, in the order of the report's parts. */
    static List<Finding> findings(UpstreamData d) {
        List<Finding> all = new ArrayList<>();
        Optional.ofNullable(d.school()).map(AreaSummary::findings).ifPresent(all::addAll);
        Optional.ofNullable(d.tests()).map(AreaTestsView::findings).ifPresent(all::addAll);
        Optional.ofNullable(d.evaluations()).map(AreaEvaluationsView::findings).ifPresent(all::addAll);
        Optional.ofNullable(d.budget()).map(AreaBudgetView::findings).ifPresent(all::addAll);
        Optional.ofNullable(d.projects()).map(ProjectSummary::findings).ifPresent(all::addAll);
        return all;
    }

}
