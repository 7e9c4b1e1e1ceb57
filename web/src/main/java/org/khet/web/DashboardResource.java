package org.khet.web;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.khet.web.client.ApiException;
import org.khet.web.client.api.KhetApi;
import org.khet.web.client.model.AreaSummary;
import org.khet.web.client.model.AreaTestsView;
import org.khet.web.client.model.CurvePoint;
import org.khet.web.client.model.ProjectSummary;
import org.khet.web.client.model.TestTable;

import java.util.List;
import java.util.Optional;

/**
 * An area's dashboards (where people would rather look than read): enrolment by size class and by district, O-NET
 * area vs OBEC vs nation, the budget disbursement curve, the projects' completion. Four reads of the gateway's API; a
 * read refused shows its problem in its own section and the others still show.
 */
@Path("/areas/{area}/dashboard")
@Blocking
public class DashboardResource {
    private final Gateway gateway;
    private final WebConfig config;

    public DashboardResource(Gateway gateway, WebConfig config) {
        this.gateway = gateway;
        this.config = config;
    }

    /** One O-NET test: its chart and its figures. */
    public record Onet(TestTable test, Charts.Chart chart) {
    }

    /** The page's sections: each its data and chart(s), or the problem that kept it from being read. */
    public record Sections(AreaSummary summary, Charts.Chart sizeClasses, Charts.Chart districts, ProblemView summaryProblem,
                           AreaTestsView tests, List<Onet> onet, ProblemView testsProblem,
                           List<CurvePoint> curve, Charts.Chart curveChart, ProblemView curveProblem,
                           ProjectSummary projects, Charts.Chart projectsChart, ProblemView projectsProblem) {
    }

    @GET
    public Response dashboard(@PathParam("area") String area, @QueryParam("fiscalYear") Integer fiscalYear,
                              @QueryParam("round") Integer round, @QueryParam("lang") String langParam,
                              @CookieParam(Lang.COOKIE) String langCookie, @CookieParam(Session.COOKIE) String cookie) {
        int fy = fiscalYear == null ? config.fiscalYear() : fiscalYear;
        int r = round == null || round < 1 ? 1 : round;
        String here = "/areas/" + Gateway.seg(area) + "/dashboard?fiscalYear=" + fy + "&round=" + r;
        Optional<Session> session = Console.session(cookie);
        if (session.isEmpty()) {
            return Console.signIn(here);
        }
        Lang lang = Lang.of(langParam, langCookie);
        Messages msg = lang.msg();
        KhetApi api = gateway.api(session.get());
        // the fiscal year's report reads the enrolment of the academic year that opens in it (10 June) and the tests
        // of the academic year before (report-service: FiscalYear.reportedAcademicYear)
        int academicYear = fy;
        int testsYear = fy - 1;

        AreaSummary summary = null;
        Charts.Chart sizes = null;
        Charts.Chart districts = null;
        ProblemView summaryProblem = null;
        try {
            summary = api.getAreaSummary(area, academicYear, null, r);
            sizes = Dashboards.sizeClasses(summary, msg);
            districts = Dashboards.studentsByDistrict(summary, msg);
        } catch (ApiException e) {
            summaryProblem = ProblemView.of(e, msg);
        }

        AreaTestsView tests = null;
        List<Onet> onet = List.of();
        ProblemView testsProblem = null;
        try {
            tests = api.getAreaTests(area, testsYear);
            onet = Dashboards.onet(tests).stream().map(t -> new Onet(t, Dashboards.onetChart(t, msg))).toList();
        } catch (ApiException e) {
            testsProblem = ProblemView.of(e, msg);
        }

        List<CurvePoint> curve = null;
        Charts.Chart curveChart = null;
        ProblemView curveProblem = null;
        try {
            curve = api.getAreaBudgetCurve(area, fy);
            curveChart = Dashboards.budgetCurve(curve, fy, msg);
        } catch (ApiException e) {
            curveProblem = ProblemView.of(e, msg);
        }

        ProjectSummary projects = null;
        Charts.Chart projectsChart = null;
        ProblemView projectsProblem = null;
        try {
            projects = api.getAreaProjectsSummary(area, fy);
            projectsChart = Dashboards.projects(projects, msg);
        } catch (ApiException e) {
            projectsProblem = ProblemView.of(e, msg);
        }
        Sections sections = new Sections(summary, sizes, districts, summaryProblem, tests, onet, testsProblem, curve,
                curveChart, curveProblem, projects, projectsChart, projectsProblem);
        return Console.page(Templates.dashboard(Page.of(lang, session.get(), here), area, fy, academicYear, testsYear, r,
                sections), lang);
    }
}
