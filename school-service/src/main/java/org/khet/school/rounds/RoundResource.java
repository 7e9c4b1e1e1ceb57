package org.khet.school.rounds;

import jakarta.ws.rs.*;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.contracts.AcademicYear;
import org.khet.contracts.AreaCode;
import org.khet.contracts.read.Page;
import org.khet.kit.paging.PageRequest;
import org.khet.kit.round.Rounds;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * {@code /v1/collection-rounds}: the rounds in which schools send their school-level feeds (enrolment, staffing,
 * admissions, transitions), each school's submission through the ritual, and how complete a round is.
 */
@Path("/v1/collection-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collection-rounds", description = "Collection rounds (รอบการจัดเก็บข้อมูล): the area or OBEC opens a round, "
        + "the schools expected at its snapshot date submit their feeds, acknowledge warnings, the director certifies "
        + "(รับรอง), the area acknowledges (รับทราบ); completeness and timeliness by area, district and network")
public class RoundResource {
    static final String REFUSED = "The caller lacks the role this step needs, or acts outside its org unit: the "
            + "problem names the role and unit it needs";
    static final String WRONG_STATE = "The round or the submission is not in a state that allows this step: the "
            + "problem says which state it is in and which it needs";

    private final Rounds rounds;
    private final RoundCompletenessService completeness;

    public RoundResource(Rounds rounds, RoundCompletenessService completeness) {
        this.rounds = rounds;
        this.completeness = completeness;
    }

    /** Why an area reopens a submission. */
    public record Reopening(String reason) {
    }

    /** The warnings a school acknowledges, each by its number with a reason. */
    public record WarningAcks(List<Rounds.WarningAck> warnings) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCollectionRound", summary = "Plan a collection round of one feed kind",
            description = "kind (enrolment, staffing, admissions, transitions), academicYear, round, snapshotDate, "
                    + "opensOn, closesOn and areaCode; without areaCode the round is national (obec-admin only). "
                    + "Publishes school.CollectionRoundChanged.v1.")
    @APIResponse(responseCode = "201", description = "Planned: the round, with its Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.RoundView.class)))
    @APIResponse(responseCode = "403", description = REFUSED)
    @APIResponse(responseCode = "409", description = "The same round exists already")
    public Response create(Rounds.NewRound round) {
        Rounds.RoundView v = rounds.create(round, RoundKinds.SCHOOL_SERVICE);
        return Response.created(URI.create("/v1/collection-rounds/" + v.id())).entity(v).build();
    }

    @GET
    @Operation(operationId = "listCollectionRounds", summary = "Collection rounds, by kind, year and area")
    @APIResponse(responseCode = "200", description = "The rounds, national ones included for an area",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.RoundView[].class)))
    public List<Rounds.RoundView> list(@QueryParam("kind") String kind, @QueryParam("academicYear") AcademicYear year,
                                       @QueryParam("areaCode") AreaCode area) {
        return rounds.rounds(kind, year == null ? null : year.be(), area == null ? null : area.code());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCollectionRound", summary = "One collection round")
    @APIResponse(responseCode = "200", description = "The round",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.RoundView.class)))
    public Rounds.RoundView get(@PathParam("id") UUID id) {
        return rounds.round(id);
    }

    @POST
    @Path("/{id}/open")
    @Operation(operationId = "openCollectionRound", summary = "Open a planned round: its expected schools are fixed",
            description = "The schools open in the register at the snapshot date are expected to submit.")
    @APIResponse(responseCode = "200", description = "The round, open",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.RoundView.class)))
    @APIResponse(responseCode = "403", description = REFUSED)
    @APIResponse(responseCode = "409", description = WRONG_STATE)
    public Rounds.RoundView open(@PathParam("id") UUID id) {
        return rounds.open(id);
    }

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closeCollectionRound", summary = "Close an open round: only reopened submissions are taken after")
    @APIResponse(responseCode = "200", description = "The round, closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.RoundView.class)))
    @APIResponse(responseCode = "403", description = REFUSED)
    @APIResponse(responseCode = "409", description = WRONG_STATE)
    public Rounds.RoundView close(@PathParam("id") UUID id) {
        return rounds.close(id);
    }

    @POST
    @Path("/{id}/lock")
    @Operation(operationId = "lockCollectionRound", summary = "Lock a closed round and its submissions for good")
    @APIResponse(responseCode = "200", description = "The round, locked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.RoundView.class)))
    @APIResponse(responseCode = "403", description = REFUSED)
    @APIResponse(responseCode = "409", description = WRONG_STATE)
    public Rounds.RoundView lock(@PathParam("id") UUID id) {
        return rounds.lock(id);
    }

    @GET
    @Path("/{id}/completeness")
    @Operation(operationId = "getRoundCompleteness",
            summary = "Completeness and timeliness of a round: the whole, each area, district and network",
            description = "Expected, submitted, certified, acknowledged and late schools, the on-time rate and the "
                    + "missing schools; a national round has one line per area.")
    @APIResponse(responseCode = "200", description = "The round's completeness",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RoundCompletenessService.RoundCompleteness.class)))
    public RoundCompletenessService.RoundCompleteness completeness(@PathParam("id") UUID id) {
        return completeness.of(id);
    }

    @GET
    @Path("/{id}/submissions/{school}")
    @Operation(operationId = "getRoundSubmission", summary = "One school's submission: status, warnings and history")
    @APIResponse(responseCode = "200", description = "The submission",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.SubmissionView.class)))
    public Rounds.SubmissionView submission(@PathParam("id") UUID id, @PathParam("school") String school) {
        return rounds.submission(id, school);
    }

    @GET
    @Path("/{id}/submissions/{school}/changes")
    @Operation(operationId = "listSubmissionFigureChanges",
            summary = "The audit trail: who changed which figure of the school from what to what, when, through which feed",
            description = "Oldest first, paged; the school itself (officer, director) and its area read it. A figure "
                    + "is named as the feed has it (P1.boys, teacher, P1.admittedStudents, M3.vocational); before is "
                    + "null for a figure first sent, after null for one a whole-round feed no longer sends.")
    @APIResponse(responseCode = "200", description = "A page of changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FigureChangePage.class)))
    @APIResponse(responseCode = "403", description = REFUSED)
    public Page<Rounds.FigureChange> changes(@PathParam("id") UUID id, @PathParam("school") String school,
                                             @Parameter(description = "from 0") @QueryParam("page") String page,
                                             @Parameter(description = "1–500, default 50") @QueryParam("size") String size) {
        return rounds.figureChanges(id, school, PageRequest.of(page, size));
    }

    /** A page of figure changes, as the API document shows it. */
    public record FigureChangePage(List<Rounds.FigureChange> items, int page, int size, long total) {
    }

    @POST
    @Path("/{id}/submissions/{school}/warnings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acknowledgeSubmissionWarnings",
            summary = "The school acknowledges warnings of its submission, each with a reason",
            description = "school-officer or school-director of the school. When none is left the submission is "
                    + "warnings-acknowledged.")
    @APIResponse(responseCode = "200", description = "The submission",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.SubmissionView.class)))
    @APIResponse(responseCode = "403", description = REFUSED)
    @APIResponse(responseCode = "409", description = WRONG_STATE)
    public Rounds.SubmissionView acknowledgeWarnings(@PathParam("id") UUID id, @PathParam("school") String school,
                                                    WarningAcks acks) {
        return rounds.acknowledgeWarnings(id, school, acks == null ? null : acks.warnings());
    }

    @POST
    @Path("/{id}/submissions/{school}/certify")
    @Operation(operationId = "certifyRoundSubmission", summary = "The school's director certifies its submission (รับรอง)",
            description = "school-director of the school only; refused while a warning is unacknowledged.")
    @APIResponse(responseCode = "200", description = "The submission, certified",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.SubmissionView.class)))
    @APIResponse(responseCode = "403", description = REFUSED)
    @APIResponse(responseCode = "409", description = WRONG_STATE)
    public Rounds.SubmissionView certify(@PathParam("id") UUID id, @PathParam("school") String school) {
        return rounds.certify(id, school);
    }

    @POST
    @Path("/{id}/submissions/{school}/acknowledge")
    @Operation(operationId = "acknowledgeRoundSubmission", summary = "The area acknowledges a certified submission (รับทราบ)",
            description = "area-officer of the school's area, or obec-admin.")
    @APIResponse(responseCode = "200", description = "The submission, acknowledged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.SubmissionView.class)))
    @APIResponse(responseCode = "403", description = REFUSED)
    @APIResponse(responseCode = "409", description = WRONG_STATE)
    public Rounds.SubmissionView acknowledge(@PathParam("id") UUID id, @PathParam("school") String school) {
        return rounds.acknowledge(id, school);
    }

    @POST
    @Path("/{id}/submissions/{school}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reopenRoundSubmission", summary = "The area reopens one school's submission, with a reason",
            description = "Drops the certification and acknowledgement; the school may submit again, also after the "
                    + "round closed.")
    @APIResponse(responseCode = "200", description = "The submission, reopened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.SubmissionView.class)))
    @APIResponse(responseCode = "403", description = REFUSED)
    @APIResponse(responseCode = "409", description = WRONG_STATE)
    public Rounds.SubmissionView reopen(@PathParam("id") UUID id, @PathParam("school") String school,
                                        @Parameter(description = "why") Reopening body) {
        return rounds.reopen(id, school, body == null ? null : body.reason());
    }
}
