package org.khet.school.api;

import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.school.service.AdmissionsFeed;
import org.khet.kit.feed.FeedPipeline;
import org.khet.kit.feed.FeedResponses;

/** {@code /v1/admissions/feed}: admissions against the plan (kindergarten, P1, M1). */
@Path("/v1/admissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admissions")
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
    @Operation(summary = "Admissions feed: schoolCode, academicYear, level (kindergarten|P1|M1), plannedRooms, plannedStudents, admittedRooms, admittedStudents")
    public Response feed(byte[] body, @QueryParam("format") String format, @HeaderParam("Content-Type") String contentType,
                         @HeaderParam("Idempotency-Key") String key, @HeaderParam("Prefer") String prefer) {
        return FeedResponses.accept(feeds, kind, body, format, contentType, key, prefer);
    }
}
