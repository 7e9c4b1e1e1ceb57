package org.khet.report.national;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.khet.contracts.FiscalYear;
import org.khet.contracts.read.Page;
import org.khet.contracts.read.national.ItaRankingView;
import org.khet.contracts.read.national.NationalBudgetView;
import org.khet.contracts.read.national.NationalEnrolmentView;
import org.khet.contracts.read.national.NationalProjectsView;
import org.khet.contracts.read.national.NationalTestsView;
import org.khet.contracts.read.national.TestArea;
import org.khet.kit.problem.ProblemException;
import org.khet.report.client.Upstream;
import org.khet.report.client.UpstreamCalls;
import org.khet.report.domain.Report;
import org.khet.report.service.ReportService;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads the five national roll-ups at once (with the caller's token, so each service's national access rules hold:
 * an area officer's report shows the published ITA ranking and national test figures whole, and of the rest only
 * its own area's rows — ADR 0015) and composes the national report. Every page of a roll-up is read (500 areas a
 * page: all 245 in one); nothing is cached, the roll-ups are each one query.
 */
@ApplicationScoped
public class NationalReportService {
    private static final Logger LOG = Logger.getLogger(NationalReportService.class);
    static final int PAGE = 500;

    private final NationalSchoolClient school;
    private final NationalAssessmentClient assessment;
    private final NationalBudgetClient budget;
    private final NationalProjectClient project;
    private final UpstreamCalls calls;
    private final NationalFindings findings;

    public NationalReportService(@RestClient NationalSchoolClient school, @RestClient NationalAssessmentClient assessment,
                                 @RestClient NationalBudgetClient budget, @RestClient NationalProjectClient project,
                                 UpstreamCalls calls, NationalFindings findings) {
        this.findings = findings;
        this.school = school;
        this.assessment = assessment;
        this.budget = budget;
        this.project = project;
        this.calls = calls;
    }

    public Report report(FiscalYear fy, String affiliation, String province, org.khet.report.domain.Lang lang,
                         String authorization) {
        NationalData data = fetch(fy, affiliation, province, authorization);
        long t0 = System.nanoTime();
        Report report = NationalReportComposer.compose(data, lang);
        LOG.infof("national report %d: composed from the roll-ups in %.0f ms", fy.be(), (System.nanoTime() - t0) / 1e6);
        return report;
    }

    public NationalData fetch(FiscalYear fy, String affiliation, String province, String authorization) {
        int enrolmentYear = fy.enrolmentAcademicYear().be();
        int testYear = fy.reportedAcademicYear().be();
        int y = fy.be();
        long t0 = System.nanoTime();
        Map<Upstream, Long> before = calls.started();
        Map<String, Long> took = new ConcurrentHashMap<>();
        CompletableFuture<NationalEnrolmentView> enrolment = timed("enrolment", t0, took, calls.call(Upstream.SCHOOL,
                () -> school.enrolment(enrolmentYear, affiliation, province, 0, PAGE, authorization)));
        CompletableFuture<NationalTestsView> tests = timed("tests", t0, took, calls.call(Upstream.ASSESSMENT,
                () -> assessment.tests(testYear, affiliation, province, 0, PAGE, authorization)));
        CompletableFuture<NationalBudgetView> money = timed("budget", t0, took, calls.call(Upstream.BUDGET,
                () -> budget.budget(y, affiliation, province, 0, PAGE, authorization)));
        CompletableFuture<ItaRankingView> ita = timed("ita", t0, took, calls.call(Upstream.ASSESSMENT,
                () -> assessment.ita(y, affiliation, province, 0, PAGE, authorization)));
        CompletableFuture<NationalProjectsView> projects = timed("projects", t0, took, calls.call(Upstream.PROJECT,
                () -> project.projects(y, affiliation, province, 0, PAGE, authorization)));
        NationalTestsView t = join(tests);
        List<TestArea> testAreas = t == null ? List.of() : rest(t.areas(),
                (p, size) -> join(calls.call(Upstream.ASSESSMENT, () -> assessment.tests(testYear, affiliation, province, p, size,
                        authorization))).areas());
        NationalEnrolmentView e = join(enrolment);
        ItaRankingView i = join(ita);
        NationalBudgetView b = join(money);
        NationalProjectsView pr = join(projects);
        // a roll-up longer than a page (more than 500 areas) is read whole; so far only the tests' rows are
        for (Page<?> p : new Page<?>[]{e == null ? null : e.areas(), i == null ? null : i.areas(),
                b == null ? null : b.areas(), pr == null ? null : pr.areas()}) {
            if (p != null && p.total() > p.items().size()) {
                throw new IllegalStateException("a national roll-up has more than " + PAGE + " areas: " + p.total());
            }
        }
        long rollUps = System.nanoTime() - t0;
        // Part 6 (every area's report composed) after the roll-ups: read beside it, a roll-up's one query waited
        // behind the areas' calls past its time limit on a loaded machine
        ReportService.Phases phases = new ReportService.Phases();
        NationalFindings.NationalFindingsView quality = findings.rollUp(fy, affiliation, province, authorization, phases);
        Map<Upstream, Long> after = calls.started();
        StringBuilder perService = new StringBuilder();
        after.forEach((u, n) -> perService.append(perService.isEmpty() ? "" : ", ").append(u.serviceName()).append(' ')
                .append(n - before.get(u)));
        LOG.infof("national report %d: read in %.1f s; roll-ups %.1f s (each answered after, ms: %s); Part 6 %.1f s (%s);"
                        + " upstream calls: %s", y, (System.nanoTime() - t0) / 1e9, rollUps / 1e9, new TreeMap<>(took),
                (System.nanoTime() - t0 - rollUps) / 1e9, phases, perService);
        return new NationalData(y, enrolmentYear, testYear, affiliation, province, e, t, testAreas, b, i, pr, quality);
    }

    /** {@code call}, its time from {@code t0} to its answer (or failure) noted in {@code took} under {@code name}. */
    private static <T> CompletableFuture<T> timed(String name, long t0, Map<String, Long> took, CompletableFuture<T> call) {
        return call.whenComplete((a, f) -> took.put(name, (System.nanoTime() - t0) / 1_000_000));
    }

    /** What reads page {@code page} of {@code size} rows. */
    interface PageReader<T> {
        Page<T> read(int page, int size);
    }

    /** The first page's items and those of every further page, in the page size the service answered with. */
    static <T> List<T> rest(Page<T> first, PageReader<T> reader) {
        List<T> all = new ArrayList<>(first.items());
        for (int p = 1; (long) p * first.size() < first.total(); p++) {
            all.addAll(reader.read(p, first.size()).items());
        }
        return all;
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ProblemException p) {
                throw p;
            }
            throw e;
        }
    }
}
