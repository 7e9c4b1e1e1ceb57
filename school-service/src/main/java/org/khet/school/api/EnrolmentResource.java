package org.khet.school.api;

import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.contracts.AcademicYear;
import org.khet.school.config.SchoolConfig;
import org.khet.school.service.EnrolmentFeed;
import org.khet.school.service.EnrolmentService;
import org.khet.school.service.Versioned;
import org.khet.kit.feed.FeedPipeline;
import org.khet.kit.feed.FeedResponses;

/** {@code /v1/enrolment-rounds}: enrolment feeds, one school's round, and the area certifying and locking rounds. */
@Path("/v1/enrolment-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "enrolment", description = "Students by grade × gender and classrooms, per school and round")
public class EnrolmentResource {
    private final FeedPipeline feeds;
    private final EnrolmentFeed kind;
    private final EnrolmentService service;
    private final SchoolConfig config;

    public EnrolmentResource(FeedPipeline feeds, EnrolmentFeed kind, EnrolmentService service, SchoolConfig config) {
        this.feeds = feeds;
        this.kind = kind;
        this.service = service;
        this.config = config;
    }

    @POST
    @Path("/feed")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Enrolment feed (CSV, XLSX or JSON): schoolCode, academicYear, round, grade, boys, girls, classrooms "
            + "[, snapshotDate]. Validated whole; large feeds answer 202 with /v1/feed-jobs/{id}")
    public Response feed(byte[] body, @QueryParam("format") String format, @HeaderParam("Content-Type") String contentType,
                         @HeaderParam("Idempotency-Key") String key, @HeaderParam("Prefer") String prefer) {
        return FeedResponses.accept(feeds, kind, body, format, contentType, key, prefer);
    }

    @GET
    @Path("/{school}/{year}/{round}")
    @Operation(summary = "One school's round: grades, totals, size class and status")
    public Response round(@PathParam("school") String school, @PathParam("year") AcademicYear year,
                          @PathParam("round") String round, @Context Request request) {
        EnrolmentService.RoundDto r = service.round(school, year.be(), Responses.round(round, config.maxRound()));
        return Responses.read(request, new Versioned<>(r, r.version(), false));
    }

    @POST
    @Path("/certify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The area certifies its schools' rounds (all of a year and round, or the listed schools)")
    public EnrolmentService.DecisionResult certify(EnrolmentService.RoundDecision d) {
        return service.certify(d);
    }

    @POST
    @Path("/lock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The area locks rounds: afterwards every change to them is refused (409)")
    public EnrolmentService.DecisionResult lock(EnrolmentService.RoundDecision d) {
        return service.lock(d);
    }
}
