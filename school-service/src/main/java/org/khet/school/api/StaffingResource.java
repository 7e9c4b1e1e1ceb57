package org.khet.school.api;

import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.contracts.AcademicYear;
import org.khet.school.config.SchoolConfig;
import org.khet.school.service.FactsQueries;
import org.khet.kit.feed.FeedPipeline;
import org.khet.kit.feed.FeedResponses;
import org.khet.school.service.StaffingFeed;

import java.util.List;

/** {@code /v1/staffing}: schools' staff counts by position and contract type, per round. */
@Path("/v1/staffing")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "staffing")
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
    @Operation(summary = "Staffing feed: schoolCode, academicYear, round, staffType, count")
    public Response feed(byte[] body, @QueryParam("format") String format, @HeaderParam("Content-Type") String contentType,
                         @HeaderParam("Idempotency-Key") String key, @HeaderParam("Prefer") String prefer) {
        return FeedResponses.accept(feeds, kind, body, format, contentType, key, prefer);
    }

    @GET
    @Path("/{school}/{year}/{round}")
    public List<FactsQueries.StaffCount> get(@PathParam("school") String school, @PathParam("year") AcademicYear year,
                                             @PathParam("round") String round) {
        return facts.staffing(school, year.be(), Responses.round(round, config.maxRound()));
    }
}
