package org.khet.web;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.khet.web.client.ApiException;
import org.khet.web.client.model.NationalRoundsView;

import java.util.List;
import java.util.Optional;

/**
 * OBEC's page: every area's completeness in a collection round of a kind and year (expected / submitted / certified /
 * acknowledged / late / missing), from school-service's national read in one call, paged, with a link to each area's
 * round board and report.
 */
@Path("/national")
@Blocking
public class NationalResource {
    static final List<String> KINDS = List.of("enrolment", "staffing", "admissions", "transitions");
    static final int PAGE_SIZE = 50;

    private final Gateway gateway;
    private final WebConfig config;

    public NationalResource(Gateway gateway, WebConfig config) {
        this.gateway = gateway;
        this.config = config;
    }

    /** What the page asked for, checked: a known kind (else enrolment), a year, a round from 1, a page from 0. */
    public record Ask(String kind, int academicYear, int round, int page, String sort) {
        /** The page's number as people count (from 1). */
        public int number() {
            return page + 1;
        }

        public String previous() {
            return at(page - 1);
        }

        public String next() {
            return at(page + 1);
        }

        /** This page's address with another page number. */
        public String at(int otherPage) {
            return "/national?kind=" + kind + "&academicYear=" + academicYear + "&round=" + round + "&page=" + otherPage
                    + (sort == null ? "" : "&sort=" + Gateway.seg(sort));
        }
    }

    @GET
    public Response national(@QueryParam("kind") String kind, @QueryParam("academicYear") Integer academicYear,
                             @QueryParam("round") Integer round, @QueryParam("page") Integer page,
                             @QueryParam("sort") String sort, @QueryParam("lang") String langParam,
                             @CookieParam(Lang.COOKIE) String langCookie, @CookieParam(Session.COOKIE) String cookie) {
        Ask ask = new Ask(kind != null && KINDS.contains(kind) ? kind : "enrolment",
                academicYear == null ? config.fiscalYear() : academicYear, round == null || round < 1 ? 1 : round,
                page == null || page < 0 ? 0 : page, sort == null || sort.isBlank() ? null : sort.strip());
        String here = ask.at(ask.page());
        Optional<Session> session = Console.session(cookie);
        if (session.isEmpty()) {
            return Console.signIn(here);
        }
        Lang lang = Lang.of(langParam, langCookie);
        NationalRoundsView view = null;
        ProblemView problem = null;
        try {
            view = gateway.api(session.get()).getNationalCollectionRounds(ask.academicYear(), null, null, ask.kind(),
                    String.valueOf(ask.page()), null, String.valueOf(ask.round()), String.valueOf(PAGE_SIZE), ask.sort());
        } catch (ApiException e) {
            problem = ProblemView.of(e, lang.msg());
        }
        int pages = view == null || view.getAreas() == null || view.getAreas().getTotal() == null ? 0
                : (int) ((view.getAreas().getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
        return Console.page(Console.status(problem), Templates.national(Page.of(lang, session.get(), here), ask, KINDS,
                view, pages, config.fiscalYear(), problem), lang);
    }
}
