package org.khet.school.api;

import org.khet.kit.feed.FeedRequest;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.contracts.FeedResult;
import org.khet.school.service.AdmissionsFeed;
import org.khet.kit.feed.FeedPipeline;

/** {@code /v1/admissions/feed}: admissions against the plan (kindergarten, P1, M1). */
@Path("/v1/admissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admissions",
        description = "Admissions against the plan (ผลการรับนักเรียน) for kindergarten, P1 and M1: table 3.1")
public class AdmissionResource {
    private final FeedPipeline feeds;
    private final AdmissionsFeed kind;

    public AdmissionResource(FeedPipeline feeds, AdmissionsFeed kind) {
        this.feeds = feeds;
        this.kind = kind;
    }

    @POST
    @Path("/feed")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "submitAdmissionsFeed",
            summary = "Admissions feed: rooms and students planned and admitted, per school and level",
            description = "Columns: schoolCode, academicYear, level (kindergarten, P1, M1), plannedRooms, "
                    + "plannedStudents, admittedRooms, admittedStudents. Announced as "
                    + "school.AdmissionsSubmitted.v1; a closed school is refused." + ApiDocs.FEED)
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    example = "schoolCode,academicYear,level,plannedRooms,plannedStudents,admittedRooms,admittedStudents\n"
                            + "1056020024,2566,kindergarten,2,99,2,57\n"),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY),
                    example = "[{\"schoolCode\":\"1056020024\",\"academicYear\":2566,\"level\":\"kindergarten\","
                            + "\"plannedRooms\":2,\"plannedStudents\":99,\"admittedRooms\":2,\"admittedStudents\":57}]"),
            @Content(mediaType = ApiDocs.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = ApiDocs.FEED_STORED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedResult.class)))
    public Response feed(byte[] body, @BeanParam FeedRequest request) {
        return request.accept(feeds, kind, body);
    }
}
