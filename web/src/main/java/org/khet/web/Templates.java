package org.khet.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.khet.contracts.FeedResult;
import org.khet.web.client.model.FindingsReport;
import org.khet.web.client.model.ReportEditionComparison;
import org.khet.web.client.model.ReportEditions;
import org.khet.web.client.model.RoundCompleteness;
import org.khet.web.client.model.RoundView;
import org.khet.web.client.model.SchoolSubmissionView;

import java.util.List;

/** The console's pages (src/main/resources/templates/*.html), checked against these parameters at build time. */
@CheckedTemplate
public class Templates {

    /** One round on the board: its completeness, or the problem that kept it from being read. */
    public record Board(RoundView round, RoundCompleteness completeness, ProblemView problem) {
    }

    /** One round on a school's page: its submission, or the problem that kept it from being read. */
    public record SchoolRound(RoundView round, SchoolSubmissionView submission, ProblemView problem) {
    }

    /** What an upload came to: the feed's answer, or the problem with each bad row and column. */
    public record Upload(String fileName, FeedResult result, ProblemView problem) {
    }

    /** A report text block on the report page. */
    public record Block(String key, String label) {
    }

    public static native TemplateInstance signin(Page page, boolean enabled, List<String> roles, String role, String org,
                                                 String name, String next, ProblemView problem);

    public static native TemplateInstance area(Page page, String area, int fiscalYear, List<Board> boards,
                                               ProblemView roundsProblem, FindingsReport findings, ProblemView findingsProblem);

    public static native TemplateInstance school(Page page, String school, List<SchoolRound> rounds, ProblemView problem);

    public static native TemplateInstance submission(Page page, RoundView round, String school, SchoolSubmissionView submission,
                                                     Upload upload, ProblemView problem);

    public static native TemplateInstance report(Page page, String area, int fiscalYear, ReportEditions editions,
                                                 List<Block> blocks, ReportEditionComparison comparison, ProblemView problem);

    public static native TemplateInstance text(Page page, String area, int fiscalYear, String block, String title,
                                               String body, long version, boolean draft, ProblemView problem, boolean saved);

    public static native TemplateInstance dashboard(Page page, String area, int fiscalYear, int academicYear, int testsYear,
                                                    int round, DashboardResource.Sections sections);

    public static native TemplateInstance national(Page page, NationalResource.Ask ask, List<String> kinds,
                                                   org.khet.web.client.model.NationalRoundsView view, int pages,
                                                   int fiscalYear, ProblemView problem);

    public static native TemplateInstance history(Page page, String school, org.khet.web.client.model.SchoolDto dto,
                                                  List<org.khet.web.client.model.StatusHistoryDto> statuses,
                                                  ProblemView statusProblem, List<HistoryResource.RoundHistory> rounds,
                                                  ProblemView problem);
}
