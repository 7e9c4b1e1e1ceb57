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

import java.util.ArrayList;
import java.util.List;
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
        return NationalReportComposer.compose(fetch(fy, affiliation, province, authorization), lang);
    }

    public NationalData fetch(FiscalYear fy, String affiliation, String province, String authorization) {
        int enrolmentYear = fy.enrolmentAcademicYear().be();
        int testYear = fy.reportedAcademicYear().be();
        int y = fy.be();
        CompletableFuture<NationalEnrolmentView> enrolment = calls.call(Upstream.SCHOOL,
                () -> school.enrolment(enrolmentYear, affiliation, province, 0, PAGE, authorization));
        CompletableFuture<NationalTestsView> tests = calls.call(Upstream.ASSESSMENT,
                () -> assessment.tests(testYear, affiliation, province, 0, PAGE, authorization));
        CompletableFuture<NationalBudgetView> money = calls.call(Upstream.BUDGET,
                () -> budget.budget(y, affiliation, province, 0, PAGE, authorization));
        CompletableFuture<ItaRankingView> ita = calls.call(Upstream.ASSESSMENT,
                () -> assessment.ita(y, affiliation, province, 0, PAGE, authorization));
        CompletableFuture<NationalProjectsView> projects = calls.call(Upstream.PROJECT,
                () -> project.projects(y, affiliation, province, 0, PAGE, authorization));
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
        return new NationalData(y, enrolmentYear, testYear, affiliation, province, e, t, testAreas, b, i, pr,
                findings.rollUp(fy, affiliation, province, authorization));
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
