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
import org.khet.kit.feed.FeedPipeline;
import org.khet.school.service.TransitionsFeed;

/** {@code /v1/transitions/feed}: where P6 and M3 graduates went. */
@Path("/v1/transitions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "transitions", description = "Where P6 and M3 graduates went (เรียนต่อ): tables 3.2 and 3.3")
public class TransitionResource {
    private final FeedPipeline feeds;
    private final TransitionsFeed kind;

    public TransitionResource(FeedPipeline feeds, TransitionsFeed kind) {
        this.feeds = feeds;
        this.kind = kind;
    }

    @POST
    @Path("/feed")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "submitTransitionsFeed",
            summary = "Transitions feed: where a school's P6 and M3 graduates went",
            description = "Columns: schoolCode, academicYear (of graduation), stage (P6 or M3), graduates, "
                    + "notContinuing, and continued (P6) or general, vocational, equivalent (M3). Announced as "
                    + "school.TransitionsSubmitted.v1; a closed school is refused." + ApiDocs.FEED)
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    example = "schoolCode,academicYear,stage,graduates,continued,general,vocational,equivalent,"
                            + "notContinuing\n"
                            + "1056020024,2565,P6,105,105,,,,0\n"),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY),
                    example = "[{\"schoolCode\":\"1056020024\",\"academicYear\":2565,\"stage\":\"P6\","
                            + "\"graduates\":105,\"continued\":105,\"notContinuing\":0}]"),
            @Content(mediaType = ApiDocs.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = ApiDocs.FEED_STORED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedResult.class)))
    public Response feed(byte[] body, @BeanParam FeedRequest request) {
        return request.accept(feeds, kind, body);
    }
}
