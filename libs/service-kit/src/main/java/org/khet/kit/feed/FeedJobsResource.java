package org.khet.kit.feed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.kit.problem.ProblemException;

import java.util.UUID;

/** {@code GET /v1/feed-jobs/{id}}: the state of a feed accepted as a background job. */
@Path("/v1/feed-jobs")
@Tag(name = "feed-jobs", description = "Large feeds processed in the background")
public class FeedJobsResource {
    private final FeedJobs jobs;

    public FeedJobsResource(FeedJobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getFeedJob", summary = "A feed job: queued, running, succeeded (with its result) or failed (with its problem)")
    public FeedJobs.Job get(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("feed job '" + id + "' does not exist");
        }
        return jobs.find(uuid).orElseThrow(() -> ProblemException.notFound("feed job " + id + " does not exist"));
    }
}
