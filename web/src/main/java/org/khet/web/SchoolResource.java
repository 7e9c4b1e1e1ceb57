package org.khet.web;

import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.khet.contracts.FeedResult;
import org.khet.web.client.ApiException;
import org.khet.web.client.api.KhetApi;
import org.khet.web.client.model.Reopening;
import org.khet.web.client.model.RoundView;
import org.khet.web.client.model.SchoolDto;
import org.khet.web.client.model.SchoolSubmissionView;
import org.khet.web.client.model.WarningAck;
import org.khet.web.client.model.WarningAcks;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A school's side of the collection ritual: its rounds; one round's submission with the template to download, the
 * upload of the filled template (each error and warning at its row and column), the warnings to acknowledge with
 * reasons, the director's certification; and the area's acknowledgement of the submission.
 */
@Path("/")
@Blocking
public class SchoolResource {
    /** The feed each round kind of school-service is sent to (the filled template goes there unchanged). */
    static final Map<String, String> FEEDS = Map.of(
            "enrolment", "/api/v1/enrolment-rounds/feed",
            "staffing", "/api/v1/staffing/feed",
            "admissions", "/api/v1/admissions/feed",
            "transitions", "/api/v1/transitions/feed");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Gateway gateway;

    public SchoolResource(Gateway gateway) {
        this.gateway = gateway;
    }

    @GET
    @Path("schools/{school}")
    public Response school(@PathParam("school") String school, @QueryParam("lang") String langParam,
                           @CookieParam(Lang.COOKIE) String langCookie, @CookieParam(Session.COOKIE) String cookie) {
        String here = "/schools/" + Gateway.seg(school);
        Optional<Session> session = Console.session(cookie);
        if (session.isEmpty()) {
            return Console.signIn(here);
        }
        Lang lang = Lang.of(langParam, langCookie);
        KhetApi api = gateway.api(session.get());
        List<Templates.SchoolRound> rounds = new ArrayList<>();
        ProblemView problem = null;
        try {
            SchoolDto s = api.getSchool(school);
            for (RoundView r : api.listCollectionRounds(null, s.getAreaCode(), null)) {
                try {
                    rounds.add(new Templates.SchoolRound(r, api.getRoundSubmission(r.getId(), school), null));
                } catch (ApiException e) {
                    rounds.add(new Templates.SchoolRound(r, null, ProblemView.of(e, lang.msg())));
                }
            }
        } catch (ApiException e) {
            problem = ProblemView.of(e, lang.msg());
        }
        return Console.page(Console.status(problem), Templates.school(Page.of(lang, session.get(), here), school, rounds,
                problem), lang);
    }

    @GET
    @Path("rounds/{id}/schools/{school}")
    public Response submission(@PathParam("id") java.util.UUID id, @PathParam("school") String school,
                               @QueryParam("lang") String langParam, @CookieParam(Lang.COOKIE) String langCookie,
                               @CookieParam(Session.COOKIE) String cookie) {
        Optional<Session> session = Console.session(cookie);
        if (session.isEmpty()) {
            return Console.signIn(here(id, school));
        }
        return render(session.get(), Lang.of(langParam, langCookie), id, school, null, null);
    }

    /** The board's drill-down: a school's code typed in → that school's submission. */
    @GET
    @Path("rounds/{id}/school")
    public Response drill(@PathParam("id") java.util.UUID id, @QueryParam("school") String school) {
        return Console.seeOther(here(id, school == null ? "" : school.strip()));
    }

    /** The round's template for this school, prefilled (XLSX, or CSV with {@code format=csv}). */
    @GET
    @Path("rounds/{id}/schools/{school}/template")
    public Response template(@PathParam("id") java.util.UUID id, @PathParam("school") String school,
                             @QueryParam("format") String format, @QueryParam("lang") String langParam,
                             @CookieParam(Lang.COOKIE) String langCookie, @CookieParam(Session.COOKIE) String cookie) {
        Optional<Session> session = Console.session(cookie);
        if (session.isEmpty()) {
            return Console.signIn(here(id, school));
        }
        Lang lang = Lang.of(langParam, langCookie);
        try {
            RoundView r = gateway.api(session.get()).getCollectionRound(id);
            Gateway.Download d = gateway.download(session.get(), "/api/v1/areas/" + Gateway.seg(r.getAreaCode())
                            + "/templates/" + Gateway.seg(r.getKind()),
                    Map.of("academicYear", String.valueOf(r.getAcademicYear()), "round", String.valueOf(r.getRound()),
                            "school", school, "format", "csv".equals(format) ? "csv" : "xlsx"));
            return file(d, r.getKind() + "-" + school + ("csv".equals(format) ? ".csv" : ".xlsx"));
        } catch (ApiException e) {
            return render(session.get(), lang, id, school, null, ProblemView.of(e, lang.msg()));
        }
    }

    @POST
    @Path("rounds/{id}/schools/{school}/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") java.util.UUID id, @PathParam("school") String school,
                           @RestForm("file") FileUpload file, @QueryParam("lang") String langParam,
                           @CookieParam(Lang.COOKIE) String langCookie, @CookieParam(Session.COOKIE) String cookie) {
        Optional<Session> session = Console.session(cookie);
        if (session.isEmpty()) {
            return Console.signIn(here(id, school));
        }
        Lang lang = Lang.of(langParam, langCookie);
        Messages msg = lang.msg();
        if (file == null || file.fileName() == null || file.fileName().isBlank() || file.size() == 0) {
            return render(session.get(), lang, id, school, new Templates.Upload("", null,
                    new ProblemView(400, msg.uploadNoFile(), "", List.of())), null);
        }
        String name = file.fileName();
        try {
            RoundView r = gateway.api(session.get()).getCollectionRound(id);
            String feed = FEEDS.get(r.getKind());
            if (feed == null) {
                return render(session.get(), lang, id, school, new Templates.Upload(name, null,
                        new ProblemView(400, msg.uploadKindUnknown(r.getKind()), "", List.of())), null);
            }
            byte[] body = Files.readAllBytes(file.uploadedFile());
            String type = name.toLowerCase().endsWith(".csv") ? "text/csv" : XLSX;
            FeedResult result = gateway.sendFeed(session.get(), feed, body, type);
            return render(session.get(), lang, id, school, new Templates.Upload(name, result, null), null);
        } catch (ApiException e) {
            return render(session.get(), lang, id, school, new Templates.Upload(name, null, ProblemView.of(e, msg)), null);
        } catch (IOException e) {
            return render(session.get(), lang, id, school, new Templates.Upload(name, null,
                    new ProblemView(400, msg.uploadUnreadable(), e.getMessage(), List.of())), null);
        }
    }

    /** The school officer acknowledges warnings: each {@code reason-<seq>} field filled in is one acknowledgement. */
    @POST
    @Path("rounds/{id}/schools/{school}/warnings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response warnings(@PathParam("id") java.util.UUID id, @PathParam("school") String school,
                             MultivaluedMap<String, String> form, @QueryParam("lang") String langParam,
                             @CookieParam(Lang.COOKIE) String langCookie, @CookieParam(Session.COOKIE) String cookie) {
        Optional<Session> session = Console.session(cookie);
        if (session.isEmpty()) {
            return Console.signIn(here(id, school));
        }
        Lang lang = Lang.of(langParam, langCookie);
        WarningAcks acks = new WarningAcks();
        form.forEach((k, v) -> {
            if (k.startsWith("reason-") && !v.isEmpty() && !v.get(0).isBlank()) {
                try {
                    acks.addWarningsItem(new WarningAck().seq(Integer.parseInt(k.substring(7))).reason(v.get(0).strip()));
                } catch (NumberFormatException ignored) {
                    // not one of the page's fields
                }
            }
        });
        if (acks.getWarnings().isEmpty()) {
            return render(session.get(), lang, id, school, null,
                    new ProblemView(400, lang.msg().warningsNoReason(), "", List.of()));
        }
        return act(session.get(), lang, id, school, api -> api.acknowledgeSubmissionWarnings(id, school, acks));
    }

    @POST
    @Path("rounds/{id}/schools/{school}/certify")
    public Response certify(@PathParam("id") java.util.UUID id, @PathParam("school") String school,
                            @QueryParam("lang") String langParam, @CookieParam(Lang.COOKIE) String langCookie,
                            @CookieParam(Session.COOKIE) String cookie) {
        Optional<Session> session = Console.session(cookie);
        if (session.isEmpty()) {
            return Console.signIn(here(id, school));
        }
        return act(session.get(), Lang.of(langParam, langCookie), id, school, api -> api.certifyRoundSubmission(id, school));
    }

    @POST
    @Path("rounds/{id}/schools/{school}/acknowledge")
    public Response acknowledge(@PathParam("id") java.util.UUID id, @PathParam("school") String school,
                                @QueryParam("lang") String langParam, @CookieParam(Lang.COOKIE) String langCookie,
                                @CookieParam(Session.COOKIE) String cookie) {
        Optional<Session> session = Console.session(cookie);
        if (session.isEmpty()) {
            return Console.signIn(here(id, school));
        }
        return act(session.get(), Lang.of(langParam, langCookie), id, school, api -> api.acknowledgeRoundSubmission(id, school));
    }

    /** The area reopens a submission for changes, with the reason the form gives (required). */
    @POST
    @Path("rounds/{id}/schools/{school}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(@PathParam("id") java.util.UUID id, @PathParam("school") String school,
                           @jakarta.ws.rs.FormParam("reason") String reason, @QueryParam("lang") String langParam,
                           @CookieParam(Lang.COOKIE) String langCookie, @CookieParam(Session.COOKIE) String cookie) {
        Optional<Session> session = Console.session(cookie);
        if (session.isEmpty()) {
            return Console.signIn(here(id, school));
        }
        Lang lang = Lang.of(langParam, langCookie);
        if (reason == null || reason.isBlank()) {
            return render(session.get(), lang, id, school, null,
                    new ProblemView(400, lang.msg().reopenNoReason(), "", List.of()));
        }
        return act(session.get(), lang, id, school,
                api -> api.reopenRoundSubmission(id, school, new Reopening().reason(reason.strip())));
    }

    interface Step {
        SchoolSubmissionView run(KhetApi api) throws ApiException;
    }

    /** One step of the ritual: done → back to the submission's page (303); refused → the page with the problem. */
    private Response act(Session session, Lang lang, java.util.UUID id, String school, Step step) {
        try {
            step.run(gateway.api(session));
            return Console.seeOther(here(id, school));
        } catch (ApiException e) {
            return render(session, lang, id, school, null, ProblemView.of(e, lang.msg()));
        }
    }

    private Response render(Session session, Lang lang, java.util.UUID id, String school, Templates.Upload upload,
                            ProblemView problem) {
        KhetApi api = gateway.api(session);
        RoundView round = null;
        SchoolSubmissionView submission = null;
        ProblemView shown = problem;
        try {
            round = api.getCollectionRound(id);
            submission = api.getRoundSubmission(id, school);
        } catch (ApiException e) {
            shown = shown != null ? shown : ProblemView.of(e, lang.msg());
        }
        int status = upload != null && upload.problem() != null ? Console.status(upload.problem()) : Console.status(shown);
        return Console.page(status, Templates.submission(Page.of(lang, session, here(id, school)), round, school,
                submission, upload, shown), lang);
    }

    static String here(java.util.UUID id, String school) {
        return "/rounds/" + id + "/schools/" + Gateway.seg(school);
    }

    /** A file from the API, passed on with its type and name. */
    static Response file(Gateway.Download d, String fallbackName) {
        return Response.ok(d.body()).type(d.contentType())
                .header("Content-Disposition", d.disposition().orElse("attachment; filename=\"" + fallbackName + "\""))
                .build();
    }
}
