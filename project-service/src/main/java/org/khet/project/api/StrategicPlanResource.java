package org.khet.project.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.contracts.AreaCode;
import org.khet.contracts.FiscalYear;
import org.khet.kit.etag.ETags;
import org.khet.project.api.PlanDtos.StrategicPlanHeader;
import org.khet.project.api.PlanDtos.StrategicPlanInput;
import org.khet.contracts.read.project.StrategicPlanView;
import org.khet.project.service.StrategicPlanService;

import java.net.URI;
import java.util.List;

/** The strategic plan of an area's fiscal year (Part 2 of the report). */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "strategic-plan", description = "Vision, missions, goals, strategies, core values, policies, focus points")
public class StrategicPlanResource {
    private final StrategicPlanService service;

    public StrategicPlanResource(StrategicPlanService service) {
        this.service = service;
    }

    @GET
    @Path("/areas/{code}/strategic-plan/{fiscalYear}")
    @Operation(summary = "The area's strategic plan of a fiscal year, with its ETag")
    public Response get(@PathParam("code") AreaCode code, @PathParam("fiscalYear") FiscalYear fiscalYear,
                        @Context Request request) {
        StrategicPlanView v = service.get(code.code(), fiscalYear.be());
        return Preconditions.read(request, v, ETags.of(v.version())).build();
    }

    @PUT
    @Path("/areas/{code}/strategic-plan/{fiscalYear}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store or replace the plan (201 when new; If-Match when replacing, stale → 412)")
    public Response put(@PathParam("code") AreaCode code, @PathParam("fiscalYear") FiscalYear fiscalYear,
                        @HeaderParam("If-Match") String ifMatch, @Context Request request, StrategicPlanInput in) {
        StrategicPlanService.Stored s = service.put(code.code(), fiscalYear.be(), Preconditions.ifMatch(request, ifMatch), in);
        Response.ResponseBuilder r = s.created()
                ? Response.created(URI.create("/v1/areas/" + code + "/strategic-plan/" + s.view().fiscalYear()))
                : Response.ok();
        return r.entity(s.view()).tag(ETags.of(s.view().version())).build();
    }

    @GET
    @Path("/strategic-plans")
    @Operation(summary = "The stored plans, filtered by area and fiscal year")
    public List<StrategicPlanHeader> list(@QueryParam("areaCode") AreaCode areaCode,
                                          @QueryParam("fiscalYear") FiscalYear fiscalYear) {
        return service.list(areaCode == null ? null : areaCode.code(), fiscalYear == null ? null : fiscalYear.be());
    }
}
