package org.khet.school.api;

import org.khet.kit.feed.FeedRequest;
import org.khet.kit.etag.Conditional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.contracts.FeedResult;
import org.khet.school.api.OrgDtos.*;
import org.khet.kit.feed.FeedPipeline;
import org.khet.school.service.SchoolService;
import org.khet.school.service.SchoolRegistryFeed;

import java.util.List;

/** {@code /v1/schools}: schools and their status history. */
@Path("/v1/schools")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "schools", description = "The school register (ทะเบียนโรงเรียน): schools and branches by district, their "
        + "status (open, merged, closed) and its history")
public class SchoolResource {
    private final SchoolService schools;
    private final FeedPipeline feeds;
    private final SchoolRegistryFeed registry;

    public SchoolResource(SchoolService schools, FeedPipeline feeds, SchoolRegistryFeed registry) {
        this.schools = schools;
        this.feeds = feeds;
        this.registry = registry;
    }

    @POST
    @Path("/feed")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "submitSchoolRegisterFeed",
            summary = "School register feed: schools registered or changed in one request",
            description = "Columns: code, districtCode, nameTh, and optionally nameEn, subDistrict, branchOf, "
                    + "expansion, specialArea (highland, remote), boarding, levels (the levels the school teaches: "
                    + "kindergarten, primary, lower-secondary, upper-secondary, separated by spaces; an empty cell "
                    + "leaves a registered school's levels as they are). New codes are registered, known ones "
                    + "changed where the row differs, with the events of POST and PUT /v1/schools; a branch may "
                    + "come before its main school." + ApiDocs.FEED)
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    example = "code,districtCode,nameTh,branchOf,expansion\n"
                            + "1056020001,5602-01,โรงเรียนอนุบาลจุน (บ้านบัวสถาน),,false\n"
                            + "1056020002,5602-01,โรงเรียนบ้านสระ,,true\n"),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY),
                    example = "[{\"code\":\"1056020002\",\"districtCode\":\"5602-01\",\"nameTh\":\"โรงเรียนบ้านสระ\","
                            + "\"expansion\":true}]"),
            @Content(mediaType = ApiDocs.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = ApiDocs.FEED_STORED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedResult.class)))
    public Response feed(byte[] body, @BeanParam FeedRequest request) {
        return request.accept(feeds, registry, body);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerSchool", summary = "Register a school",
            description = "Publishes school.SchoolRegistered.v1 and school.OrgUnitChanged.v1.")
    @APIResponse(responseCode = "201", description = ApiDocs.CREATED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolDto.class)))
    @APIResponse(responseCode = "409", description = "The code is registered already: change it with PUT",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public Response register(@Valid @NotNull SchoolInput in) {
        return Responses.written(schools.registerSchool(in), "/v1/schools/" + in.code());
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getSchool", summary = "A school of the register")
    @APIResponse(responseCode = "200", description = "The school, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolDto.class)))
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED)
    public Response get(@PathParam("code") String code, @Context Request request) {
        return Responses.read(request, schools.school(code));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putSchool", summary = "Change a school's record",
            description = "Neither its code nor its area can change. Publishes school.SchoolChanged.v1 when "
                    + "something did.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = ApiDocs.IF_MATCH,
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "Changed (or already so), with the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolDto.class)))
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_FAILED,
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public Response put(@PathParam("code") String code, @Valid @NotNull SchoolInput in, @Context Request request) {
        return Responses.written(schools.updateSchool(code, in, Conditional.change(request)), null);
    }

    @POST
    @Path("/{code}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeSchoolStatus", summary = "Open, merge or close a school from a date",
            description = "Kept in its status history; publishes school.SchoolChanged.v1 and school.OrgUnitChanged.v1.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = ApiDocs.IF_MATCH,
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The school in its new status, with the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolDto.class)))
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_FAILED,
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public Response status(@PathParam("code") String code, @Valid @NotNull StatusInput in, @Context Request request) {
        return Responses.written(schools.changeStatus(code, in, Conditional.change(request)), null);
    }

    @GET
    @Path("/{code}/status-history")
    @Operation(operationId = "listSchoolStatusHistory", summary = "Every status a school has had, oldest first")
    public List<StatusHistoryDto> history(@PathParam("code") String code) {
        return schools.statusHistory(code);
    }
}
