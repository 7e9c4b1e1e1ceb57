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
import org.khet.web.client.model.FigureChangePage;
import org.khet.web.client.model.RoundView;
import org.khet.web.client.model.SchoolDto;
import org.khet.web.client.model.SchoolSubmissionView;
import org.khet.web.client.model.StatusHistoryDto;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A school's history: its submissions across the rounds of its area (latest first) with each status change — who,
 * when, why — and the figures each feed changed; and the school's own status history in the register.
 */
@Path("/schools/{school}/history")
@Blocking
public class HistoryResource {
    /** The figure changes shown per round (the API's largest page); more are counted, not listed. */
    static final int CHANGES = 500;

    private final Gateway gateway;

    public HistoryResource(Gateway gateway) {
        this.gateway = gateway;
    }

    /** One round the school took part in: its submission and the figures it changed, or the problem reading them. */
    public record RoundHistory(RoundView round, SchoolSubmissionView submission, FigureChangePage changes,
                               ProblemView problem) {
    }

    @GET
    public Response history(@PathParam("school") String school, @QueryParam("lang") String langParam,
                            @CookieParam(Lang.COOKIE) String langCookie, @CookieParam(Session.COOKIE) String cookie) {
        String here = "/schools/" + Gateway.seg(school) + "/history";
        Optional<Session> session = Console.session(cookie);
        if (session.isEmpty()) {
            return Console.signIn(here);
        }
        Lang lang = Lang.of(langParam, langCookie);
        Messages msg = lang.msg();
        KhetApi api = gateway.api(session.get());
        SchoolDto dto = null;
        List<StatusHistoryDto> statuses = List.of();
        List<RoundHistory> rounds = new ArrayList<>();
        ProblemView problem = null;
        ProblemView statusProblem = null;
        try {
            dto = api.getSchool(school);
            try {
                statuses = api.listSchoolStatusHistory(school);
            } catch (ApiException e) {
                statusProblem = ProblemView.of(e, msg);
            }
            List<RoundView> list = new ArrayList<>(api.listCollectionRounds(null, dto.getAreaCode(), null));
            list.sort(Comparator.comparing(RoundView::getAcademicYear, Comparator.reverseOrder())
                    .thenComparing(RoundView::getRound, Comparator.reverseOrder())
                    .thenComparing(RoundView::getKind));
            for (RoundView r : list) {
                try {
                    SchoolSubmissionView s = api.getRoundSubmission(r.getId(), school);
                    FigureChangePage changes = api.listSubmissionFigureChanges(r.getId(), school, "0", String.valueOf(CHANGES));
                    rounds.add(new RoundHistory(r, s, changes, null));
                } catch (ApiException e) {
                    if (e.getCode() != 404) {
                        rounds.add(new RoundHistory(r, null, null, ProblemView.of(e, msg)));
                    }
                    // 404: the school was neither expected in this round nor sent to it
                }
            }
        } catch (ApiException e) {
            problem = ProblemView.of(e, msg);
        }
        return Console.page(Console.status(problem), Templates.history(Page.of(lang, session.get(), here), school, dto,
                statuses, statusProblem, rounds, problem), lang);
    }
}
