package org.khet.school.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.school.api.OrgDtos.*;
import org.khet.kit.feed.FeedPipeline;
import org.khet.kit.feed.FeedResponses;
import org.khet.school.service.SchoolService;
import org.khet.school.service.SchoolRegistryFeed;

import java.util.List;

/** {@code /v1/schools}: schools and their status history. */
@Path("/v1/schools")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "schools")
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
    @Operation(summary = "School register feed: code, districtCode, nameTh (optional nameEn, subDistrict, branchOf, expansion, "
            + "specialArea, boarding); new codes are registered, known ones changed where the row differs")
    public Response feed(byte[] body, @QueryParam("format") String format, @HeaderParam("Content-Type") String contentType,
                         @HeaderParam("Idempotency-Key") String key, @HeaderParam("Prefer") String prefer) {
        return FeedResponses.accept(feeds, registry, body, format, contentType, key, prefer);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a school; publishes school.SchoolRegistered.v1 and school.OrgUnitChanged.v1")
    public Response register(@Valid @NotNull SchoolInput in) {
        return Responses.written(schools.registerSchool(in), "/v1/schools/" + in.code());
    }

    @GET
    @Path("/{code}")
    public Response get(@PathParam("code") String code, @Context Request request) {
        return Responses.read(request, schools.school(code));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a school's record (If-Match)")
    public Response put(@PathParam("code") String code, @Valid @NotNull SchoolInput in, @Context Request request) {
        return Responses.written(schools.updateSchool(code, in, Responses.preconditions(request)), null);
    }

    @POST
    @Path("/{code}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open, merge or close a school from a date (kept in its status history)")
    public Response status(@PathParam("code") String code, @Valid @NotNull StatusInput in, @Context Request request) {
        return Responses.written(schools.changeStatus(code, in, Responses.preconditions(request)), null);
    }

    @GET
    @Path("/{code}/status-history")
    public List<StatusHistoryDto> history(@PathParam("code") String code) {
        return schools.statusHistory(code);
    }
}
