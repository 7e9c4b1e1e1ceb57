package org.khet.assessment.rounds;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.khet.kit.round.DirectoryCompleteness;
import org.khet.kit.round.RoundApi;
import org.khet.kit.round.Rounds;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * {@code /v1/test-result-rounds}: the collection rounds of the schools' test results (the test-statistics feed's
 * SCHOOL rows), each school's submission through the ritual, and how complete a round is — the kit's
 * {@link Rounds}, as school-service exposes its own kinds' at {@code /v1/collection-rounds}.
 */
@Path("/v1/test-result-rounds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "test-result rounds", description = "Collection rounds of the schools' test results (รอบการจัดเก็บผลการ"
        + "ทดสอบ): the area or OBEC opens a round, the schools open in the org directory submit their results through "
        + "the test-statistics feed, acknowledge warnings, the director certifies (รับรอง), the area acknowledges "
        + "(รับทราบ); completeness by area, district and network")
public class TestResultRoundResource {
    static final List<String> KINDS = List.of(TestResultRules.KIND);

    private final Rounds rounds;
    private final DirectoryCompleteness completeness;

    public TestResultRoundResource(Rounds rounds, DirectoryCompleteness completeness) {
        this.rounds = rounds;
        this.completeness = completeness;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTestResultRound", summary = "Plan a collection round of the schools' test results",
            description = "kind test-statistics, academicYear (of the tests), round 1, snapshotDate, opensOn, closesOn and "
                    + "areaCode; without areaCode the round is national (obec-admin only). Publishes "
                    + "assessment.CollectionRoundChanged.v1.")
    @APIResponse(responseCode = "201", description = "Planned: the round, with its Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.RoundView.class)))
    @APIResponse(responseCode = "403", description = RoundApi.REFUSED)
    @APIResponse(responseCode = "409", description = "The same round exists already")
    public Response create(Rounds.NewRound round) {
        Rounds.RoundView v = rounds.create(round, KINDS);
        return Response.created(URI.create("/v1/test-result-rounds/" + v.id())).entity(v).build();
    }

    @GET
    @Operation(operationId = "listTestResultRounds", summary = "Test-result rounds, by year and area")
    @APIResponse(responseCode = "200", description = "The rounds, national ones included for an area",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.RoundView[].class)))
    public List<Rounds.RoundView> list(@QueryParam("academicYear") AcademicYear year, @QueryParam("areaCode") AreaCode area) {
        return rounds.rounds(TestResultRules.KIND, year == null ? null : year.be(), area == null ? null : area.code());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTestResultRound", summary = "One test-result round")
    @APIResponse(responseCode = "200", description = "The round",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.RoundView.class)))
    public Rounds.RoundView get(@PathParam("id") UUID id) {
        return rounds.round(id);
    }

    @POST
    @Path("/{id}/open")
    @Operation(operationId = "openTestResultRound", summary = "Open a planned round: its expected schools are fixed",
            description = "The schools open in the org directory (this service's replica) when the round opens are "
                    + "expected; the replica keeps no status history, so the snapshot date does not change the list.")
    @APIResponse(responseCode = "200", description = "The round, open",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.RoundView.class)))
    @APIResponse(responseCode = "403", description = RoundApi.REFUSED)
    @APIResponse(responseCode = "409", description = RoundApi.WRONG_STATE)
    public Rounds.RoundView open(@PathParam("id") UUID id) {
        return rounds.open(id);
    }

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closeTestResultRound", summary = "Close an open round: only reopened submissions are taken after")
    @APIResponse(responseCode = "200", description = "The round, closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.RoundView.class)))
    @APIResponse(responseCode = "403", description = RoundApi.REFUSED)
    @APIResponse(responseCode = "409", description = RoundApi.WRONG_STATE)
    public Rounds.RoundView close(@PathParam("id") UUID id) {
        return rounds.close(id);
    }

    @POST
    @Path("/{id}/lock")
    @Operation(operationId = "lockTestResultRound", summary = "Lock a closed round and its submissions for good")
    @APIResponse(responseCode = "200", description = "The round, locked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.RoundView.class)))
    @APIResponse(responseCode = "403", description = RoundApi.REFUSED)
    @APIResponse(responseCode = "409", description = RoundApi.WRONG_STATE)
    public Rounds.RoundView lock(@PathParam("id") UUID id) {
        return rounds.lock(id);
    }

    @GET
    @Path("/{id}/completeness")
    @Operation(operationId = "getTestResultRoundCompleteness",
            summary = "Completeness and timeliness of a test-result round: the whole, each area, district and network",
            description = "Expected, submitted, certified, acknowledged and late schools, the on-time rate and the "
                    + "missing schools; a national round has one line per area. Networks are those of the round's "
                    + "academic year as school-service published them (school.NetworkChanged.v1).")
    @APIResponse(responseCode = "200", description = "The round's completeness",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DirectoryCompleteness.View.class)))
    public DirectoryCompleteness.View completeness(@PathParam("id") UUID id) {
        return completeness.of(id);
    }

    @GET
    @Path("/{id}/submissions/{school}")
    @Operation(operationId = "getTestResultSubmission", summary = "One school's test-result submission: status, warnings and history")
    @APIResponse(responseCode = "200", description = "The submission",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.SubmissionView.class)))
    public Rounds.SubmissionView submission(@PathParam("id") UUID id, @PathParam("school") String school) {
        return rounds.submission(id, school);
    }

    @GET
    @Path("/{id}/submissions/{school}/changes")
    @Operation(operationId = "listTestResultFigureChanges",
            summary = "The audit trail: who changed which of the school's results from what to what, when, through which feed",
            description = "Oldest first, paged; the school itself and its area read it. A figure is named test, "
                    + "subject and measure (ONET-P6.61.meanPercent, ONET-P6.61.takers).")
    @APIResponse(responseCode = "200", description = "A page of changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundApi.FigureChangePage.class)))
    @APIResponse(responseCode = "403", description = RoundApi.REFUSED)
    public Page<Rounds.FigureChange> changes(@PathParam("id") UUID id, @PathParam("school") String school,
                                             @Parameter(description = "from 0") @QueryParam("page") String page,
                                             @Parameter(description = "1–500, default 50") @QueryParam("size") String size) {
        return rounds.figureChanges(id, school, PageRequest.of(page, size));
    }

    @POST
    @Path("/{id}/submissions/{school}/warnings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acknowledgeTestResultWarnings",
            summary = "The school acknowledges warnings of its test results, each with a reason",
            description = "school-officer or school-director of the school. When none is left the submission is "
                    + "warnings-acknowledged.")
    @APIResponse(responseCode = "200", description = "The submission",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.SubmissionView.class)))
    @APIResponse(responseCode = "403", description = RoundApi.REFUSED)
    @APIResponse(responseCode = "409", description = RoundApi.WRONG_STATE)
    public Rounds.SubmissionView acknowledgeWarnings(@PathParam("id") UUID id, @PathParam("school") String school,
                                                    RoundApi.WarningAcks acks) {
        return rounds.acknowledgeWarnings(id, school, acks == null ? null : acks.warnings());
    }

    @POST
    @Path("/{id}/submissions/{school}/certify")
    @Operation(operationId = "certifyTestResultSubmission", summary = "The school's director certifies its test results (รับรอง)",
            description = "school-director of the school only; refused while a warning is unacknowledged.")
    @APIResponse(responseCode = "200", description = "The submission, certified",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.SubmissionView.class)))
    @APIResponse(responseCode = "403", description = RoundApi.REFUSED)
    @APIResponse(responseCode = "409", description = RoundApi.WRONG_STATE)
    public Rounds.SubmissionView certify(@PathParam("id") UUID id, @PathParam("school") String school) {
        return rounds.certify(id, school);
    }

    @POST
    @Path("/{id}/submissions/{school}/acknowledge")
    @Operation(operationId = "acknowledgeTestResultSubmission", summary = "The area acknowledges certified test results (รับทราบ)",
            description = "area-officer of the school's area, or obec-admin.")
    @APIResponse(responseCode = "200", description = "The submission, acknowledged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.SubmissionView.class)))
    @APIResponse(responseCode = "403", description = RoundApi.REFUSED)
    @APIResponse(responseCode = "409", description = RoundApi.WRONG_STATE)
    public Rounds.SubmissionView acknowledge(@PathParam("id") UUID id, @PathParam("school") String school) {
        return rounds.acknowledge(id, school);
    }

    @POST
    @Path("/{id}/submissions/{school}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reopenTestResultSubmission", summary = "The area reopens one school's test results, with a reason",
            description = "Drops the certification and acknowledgement; the school may submit again, also after the "
                    + "round closed.")
    @APIResponse(responseCode = "200", description = "The submission, reopened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rounds.SubmissionView.class)))
    @APIResponse(responseCode = "403", description = RoundApi.REFUSED)
    @APIResponse(responseCode = "409", description = RoundApi.WRONG_STATE)
    public Rounds.SubmissionView reopen(@PathParam("id") UUID id, @PathParam("school") String school,
                                        @Parameter(description = "why") RoundApi.Reopening body) {
        return rounds.reopen(id, school, body == null ? null : body.reason());
    }
}
