package org.khet.school.api;

import org.khet.kit.feed.FeedRequest;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
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
import org.khet.school.service.FactsQueries;
import org.khet.kit.feed.FeedPipeline;
import org.khet.school.service.StaffingFeed;

import java.util.List;

/** {@code /v1/staffing}: schools' staff counts by position and contract type, per round. */
@Path("/v1/staffing")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "staffing", description = "Schools' staff counts by position (directors, deputies, teachers) and "
        + "contract type, per round: tables 1.1.4 and 1.1.5")
public class StaffingResource {
    private final FeedPipeline feeds;
    private final StaffingFeed kind;
    private final FactsQueries facts;
    private final SchoolConfig config;

    public StaffingResource(FeedPipeline feeds, StaffingFeed kind, FactsQueries facts, SchoolConfig config) {
        this.feeds = feeds;
        this.kind = kind;
        this.facts = facts;
        this.config = config;
    }

    @POST
    @Path("/feed")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "submitStaffingFeed",
            summary = "Staffing feed: schools' staff counts by position and contract type, per round",
            description = "Columns: schoolCode, academicYear, round, staffType (director, deputy, teacher, "
                    + "government-employee, school-clerk, janitor …), count. Announced as "
                    + "school.StaffingSubmitted.v1; a closed school is refused." + ApiDocs.FEED)
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    example = "schoolCode,academicYear,round,staffType,count\n"
                            + "1056020001,2566,1,director,1\n"
                            + "1056020001,2566,1,teacher,13\n"),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY),
                    example = "[{\"schoolCode\":\"1056020001\",\"academicYear\":2566,\"round\":1,"
                            + "\"staffType\":\"teacher\",\"count\":13}]"),
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
    @Operation(operationId = "getSchoolStaffing",
            summary = "One school's staff counts of a round, by type in report order")
    public List<FactsQueries.StaffCount> get(@PathParam("school") String school, @PathParam("year") AcademicYear year,
                                             @Parameter(description = "1 (10 June) or 2 (10 November)",
                                                     schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                                             @PathParam("round") String round) {
        return facts.staffing(school, year.be(), Responses.round(round, config.maxRound()));
    }
}
