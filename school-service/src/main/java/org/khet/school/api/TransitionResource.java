package org.khet.school.api;

import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.kit.feed.FeedPipeline;
import org.khet.kit.feed.FeedResponses;
import org.khet.school.service.TransitionsFeed;

/** {@code /v1/transitions/feed}: where P6 and M3 graduates went. */
@Path("/v1/transitions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "transitions")
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
    @Operation(summary = "Transitions feed: schoolCode, academicYear (of graduation), stage (P6|M3), graduates, notContinuing, "
            + "continued (P6) or general, vocational, equivalent (M3)")
    public Response feed(byte[] body, @QueryParam("format") String format, @HeaderParam("Content-Type") String contentType,
                         @HeaderParam("Idempotency-Key") String key, @HeaderParam("Prefer") String prefer) {
        return FeedResponses.accept(feeds, kind, body, format, contentType, key, prefer);
    }
}
