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
import org.khet.web.client.model.FindingsReport;
import org.khet.web.client.model.RoundState;
import org.khet.web.client.model.RoundView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The area home: the round board (each round's expected / submitted / certified / acknowledged / late for the area,
 * each district and each network, the missing schools with a link to each) and the findings to review.
 */
@Path("/areas/{area}")
@Blocking
public class AreaResource {
    private final Gateway gateway;
    private final WebConfig config;

    public AreaResource(Gateway gateway, WebConfig config) {
        this.gateway = gateway;
        this.config = config;
    }

    @GET
    public Response board(@PathParam("area") String area, @QueryParam("fiscalYear") Integer fiscalYear,
                          @QueryParam("lang") String langParam, @CookieParam(Lang.COOKIE) String langCookie,
                          @CookieParam(Session.COOKIE) String cookie) {
        String here = "/areas/" + Gateway.seg(area);
        Optional<Session> session = Console.session(cookie);
        if (session.isEmpty()) {
            return Console.signIn(here);
        }
        Lang lang = Lang.of(langParam, langCookie);
        int fy = fiscalYear == null ? config.fiscalYear() : fiscalYear;
        KhetApi api = gateway.api(session.get());
        List<Templates.Board> boards = new ArrayList<>();
        ProblemView roundsProblem = null;
        try {
            List<RoundView> rounds = new ArrayList<>(api.listCollectionRounds(null, area, null));
            // open rounds first, then the latest
            rounds.sort(Comparator.comparing((RoundView r) -> r.getState() != RoundState.OPEN)
                    .thenComparing(RoundView::getAcademicYear, Comparator.reverseOrder())
                    .thenComparing(RoundView::getRound, Comparator.reverseOrder()));
            for (RoundView r : rounds) {
                try {
                    boards.add(new Templates.Board(r, api.getRoundCompleteness(r.getId()), null));
                } catch (ApiException e) {
                    boards.add(new Templates.Board(r, null, ProblemView.of(e, lang.msg())));
                }
            }
        } catch (ApiException e) {
            roundsProblem = ProblemView.of(e, lang.msg());
        }
        FindingsReport findings = null;
        ProblemView findingsProblem = null;
        try {
            findings = api.listReportFindings(area, fy);
        } catch (ApiException e) {
            findingsProblem = ProblemView.of(e, lang.msg());
        }
        return Console.page(Templates.area(Page.of(lang, session.get(), here), area, fy, boards, roundsProblem,
                findings, findingsProblem), lang);
    }
}
