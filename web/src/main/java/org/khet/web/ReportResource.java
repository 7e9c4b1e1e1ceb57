package org.khet.web;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.khet.web.client.ApiException;
import org.khet.web.client.api.KhetApi;
import org.khet.web.client.model.ReportEditionComparison;
import org.khet.web.client.model.ReportEditions;
import org.khet.web.client.model.ReportText;
import org.khet.web.client.model.ReportTextAnswer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The area's annual report: the draft previewed (report-service's own HTML), its office texts edited, editions
 * published, listed and compared, and the draft or an edition downloaded as PDF, DOCX or XLSX.
 */
@Path("/reports/{area}/{fiscalYear}")
@Blocking
public class ReportResource {
    /** The office's narrative blocks (report-service's texts API), in the report's order. */
    static final List<String> BLOCKS = List.of("foreword", "signatories", "mandate", "borders", "districts",
            "policy-intro", "core-values", "part4", "credits");
    static final Set<String> FORMATS = Set.of("pdf", "docx", "xlsx", "html");

    private final Gateway gateway;

    public ReportResource(Gateway gateway) {
        this.gateway = gateway;
    }

    @GET
    public Response page(@PathParam("area") String area, @PathParam("fiscalYear") int fiscalYear,
                         @QueryParam("number") Integer number, @QueryParam("against") Integer against,
                         @QueryParam("lang") String langParam, @CookieParam(Lang.COOKIE) String langCookie,
                         @CookieParam(Session.COOKIE) String cookie) {
        Optional<Session> session = Console.session(cookie);
        if (session.isEmpty()) {
            return Console.signIn(here(area, fiscalYear));
        }
        return render(session.get(), Lang.of(langParam, langCookie), area, fiscalYear, number, against, null);
    }

    @POST
    @Path("editions")
    public Response publish(@PathParam("area") String area, @PathParam("fiscalYear") int fiscalYear,
                            @QueryParam("lang") String langParam, @CookieParam(Lang.COOKIE) String langCookie,
                            @CookieParam(Session.COOKIE) String cookie) {
        Optional<Session> session = Console.session(cookie);
        if (session.isEmpty()) {
            return Console.signIn(here(area, fiscalYear));
        }
        Lang lang = Lang.of(langParam, langCookie);
        try {
            gateway.api(session.get()).publishReportEdition(area, fiscalYear);
            return Console.seeOther(here(area, fiscalYear));
        } catch (ApiException e) {
            return render(session.get(), lang, area, fiscalYear, null, null, ProblemView.of(e, lang.msg()));
        }
    }

    /** The draft ({@code edition} absent) or a published edition, as PDF, DOCX, XLSX or the report's own HTML. */
    @GET
    @Path("download")
    public Response download(@PathParam("area") String area, @PathParam("fiscalYear") int fiscalYear,
                             @QueryParam("format") String format, @QueryParam("edition") Integer edition,
                             @QueryParam("lang") String langParam, @CookieParam(Lang.COOKIE) String langCookie,
                             @CookieParam(Session.COOKIE) String cookie) {
        Optional<Session> session = Console.session(cookie);
        if (session.isEmpty()) {
            return Console.signIn(here(area, fiscalYear));
        }
        Lang lang = Lang.of(langParam, langCookie);
        String f = format != null && FORMATS.contains(format) ? format : "pdf";
        try {
            Gateway.Download d = edition == null
                    ? gateway.download(session.get(), "/api/v1/reports/annual",
                    Map.of("area", area, "fiscalYear", String.valueOf(fiscalYear), "format", f))
                    : gateway.download(session.get(), "/api/v1/reports/editions/" + Gateway.seg(area) + "/" + fiscalYear
                    + "/" + edition, Map.of("format", f));
            if (f.equals("html")) {
                // the report's own page, shown in the preview frame: no script of its own runs there
                return Response.ok(d.body()).type(d.contentType())
                        .header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:")
                        .build();
            }
            return SchoolResource.file(d, "report-" + area + "-" + fiscalYear + (edition == null ? "" : "-" + edition) + "." + f);
        } catch (ApiException e) {
            return render(session.get(), lang, area, fiscalYear, null, null, ProblemView.of(e, lang.msg()));
        }
    }

    @GET
    @Path("texts/{block}")
    public Response text(@PathParam("area") String area, @PathParam("fiscalYear") int fiscalYear,
                         @PathParam("block") String block, @QueryParam("saved") boolean saved,
                         @QueryParam("lang") String langParam, @CookieParam(Lang.COOKIE) String langCookie,
                         @CookieParam(Session.COOKIE) String cookie) {
        Optional<Session> session = Console.session(cookie);
        String here = here(area, fiscalYear) + "/texts/" + Gateway.seg(block);
        if (session.isEmpty()) {
            return Console.signIn(here);
        }
        Lang lang = Lang.of(langParam, langCookie);
        Page page = Page.of(lang, session.get(), here);
        try {
            ReportTextAnswer a = gateway.api(session.get()).getReportText(area, block, fiscalYear);
            return Console.page(Templates.text(page, area, fiscalYear, block, a.getTitleTh(), TextCodec.toText(a.getElements()),
                    a.getVersion() == null ? 0 : a.getVersion(), Boolean.TRUE.equals(a.getDraft()), null, saved), lang);
        } catch (ApiException e) {
            ProblemView p = ProblemView.of(e, lang.msg());
            if (e.getCode() == 404 && BLOCKS.contains(block)) {
                // no text yet, this year or before: an empty block to write
                return Console.page(Templates.text(page, area, fiscalYear, block, block, "", 0, true, null, false), lang);
            }
            return Console.page(Console.status(p), Templates.text(page, area, fiscalYear, block, block, "", 0, false, p, false), lang);
        }
    }

    @POST
    @Path("texts/{block}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveText(@PathParam("area") String area, @PathParam("fiscalYear") int fiscalYear,
                             @PathParam("block") String block, @FormParam("body") String body,
                             @FormParam("version") long version, @FormParam("title") String title,
                             @QueryParam("lang") String langParam, @CookieParam(Lang.COOKIE) String langCookie,
                             @CookieParam(Session.COOKIE) String cookie) {
        Optional<Session> session = Console.session(cookie);
        String here = here(area, fiscalYear) + "/texts/" + Gateway.seg(block);
        if (session.isEmpty()) {
            return Console.signIn(here);
        }
        Lang lang = Lang.of(langParam, langCookie);
        try {
            gateway.api(session.get()).putReportText(area, block, fiscalYear,
                    new ReportText().elements(TextCodec.fromText(body)), "\"" + version + "\"");
            return Console.seeOther(here + "?saved=true");
        } catch (ApiException e) {
            ProblemView p = ProblemView.of(e, lang.msg());
            return Console.page(Console.status(p), Templates.text(Page.of(lang, session.get(), here), area, fiscalYear,
                    block, title == null ? block : title, body == null ? "" : body, version, false, p, false), lang);
        }
    }

    private Response render(Session session, Lang lang, String area, int fiscalYear, Integer number, Integer against,
                            ProblemView problem) {
        KhetApi api = gateway.api(session);
        ReportEditions editions = null;
        ReportEditionComparison comparison = null;
        ProblemView shown = problem;
        try {
            editions = api.listReportEditions(area, fiscalYear);
            if (number != null && against != null) {
                comparison = api.compareReportEditions(area, fiscalYear, String.valueOf(number), String.valueOf(against));
            }
        } catch (ApiException e) {
            shown = shown != null ? shown : ProblemView.of(e, lang.msg());
        }
        Messages msg = lang.msg();
        Map<String, String> labels = new LinkedHashMap<>();
        BLOCKS.forEach(b -> labels.put(b, msg.block(b)));
        List<Templates.Block> blocks = labels.entrySet().stream().map(e -> new Templates.Block(e.getKey(), e.getValue())).toList();
        return Console.page(Console.status(shown), Templates.report(Page.of(lang, session, here(area, fiscalYear)), area,
                fiscalYear, editions, blocks, comparison, shown), lang);
    }

    static String here(String area, int fiscalYear) {
        return "/reports/" + Gateway.seg(area) + "/" + fiscalYear;
    }
}
