package org.khet.school.api;

import org.khet.kit.feed.FeedRequest;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.contracts.FeedResult;
import org.khet.contracts.AcademicYear;
import org.khet.school.config.SchoolConfig;
import org.khet.school.service.EnrolmentFeed;
import org.khet.school.service.EnrolmentService;
import org.khet.school.service.Versioned;
import org.khet.kit.feed.FeedPipeline;

/** {@code /v1/enrolment-rounds}: enrolment feeds, one school's round, and the area certifying and locking rounds. */
@Path("/v1/enrolment-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "enrolment", description = "Enrolment rounds (10 June, 10 November): students by grade and gender, and "
        + "classrooms, per school; the area certifies and locks them")
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
    @Operation(operationId = "submitEnrolmentFeed",
            summary = "Enrolment feed: students by grade and gender, and classrooms, of schools' rounds",
            description = "Columns: schoolCode, academicYear, round, grade (K1–M6), boys, girls, classrooms, and "
                    + "optionally snapshotDate. A school's round is replaced whole and announced as "
                    + "school.EnrolmentSubmitted.v2; a locked round is refused." + ApiDocs.FEED)
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    example = "schoolCode,academicYear,round,snapshotDate,grade,boys,girls,classrooms\n"
                            + "1056020001,2566,1,2023-06-10,K1,3,3,1\n"
                            + "1056020001,2566,1,2023-06-10,P1,14,12,1\n"),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY),
                    example = "[{\"schoolCode\":\"1056020001\",\"academicYear\":2566,\"round\":1,"
                            + "\"snapshotDate\":\"2023-06-10\",\"grade\":\"K1\",\"boys\":3,\"girls\":3,\"classrooms\":1}]"),
            @Content(mediaType = ApiDocs.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = ApiDocs.FEED_STORED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedResult.class)))
    @APIResponse(responseCode = "409", description = ApiDocs.FEED_LOCKED_OR_BUSY,
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public Response feed(byte[] body, @BeanParam FeedRequest request) {
        return request.accept(feeds, kind, body);
    }

    @GET
    @Path("/{school}/{year}/{round}")
    @Operation(operationId = "getEnrolmentRound", summary = "One school's round: grades, totals, size class and status")
    @APIResponse(responseCode = "200", description = "The round, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EnrolmentService.RoundDto.class)))
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED)
    public Response round(@PathParam("school") String school,
                          @PathParam("year") AcademicYear year,
                          @Parameter(description = "1 (10 June) or 2 (10 November)",
                                  schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                          @PathParam("round") String round, @Context Request request) {
        EnrolmentService.RoundDto r = service.round(school, year.be(), Responses.round(round, config.maxRound()));
        return Responses.read(request, new Versioned<>(r, r.version(), false));
    }

    @POST
    @Path("/certify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "certifyEnrolmentRounds", summary = "The area certifies its schools' rounds",
            description = "All rounds of a year and round, or the listed schools'; from submitted (or certified "
                    + "already). Publishes school.EnrolmentRoundCertified.v1.")
    @APIResponse(responseCode = "200", description = "The rounds certified",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EnrolmentService.DecisionResult.class)))
    @APIResponse(responseCode = "409", description = "A round is locked",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public EnrolmentService.DecisionResult certify(EnrolmentService.RoundDecision d) {
        return service.certify(d);
    }

    @POST
    @Path("/lock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "lockEnrolmentRounds",
            summary = "The area locks rounds: afterwards every change to them is refused",
            description = "All rounds of a year and round, or the listed schools'. Publishes school.EnrolmentRoundLocked.v1.")
    public EnrolmentService.DecisionResult lock(EnrolmentService.RoundDecision d) {
        return service.lock(d);
    }
}
