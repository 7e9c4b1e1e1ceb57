package org.khet.project.api;

import org.khet.kit.etag.Conditional;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.contracts.AreaCode;
import org.khet.contracts.FiscalYear;
import org.khet.kit.etag.ETags;
import org.khet.kit.problem.Problem;
import org.khet.project.api.PlanDtos.StrategicPlanHeader;
import org.khet.project.api.PlanDtos.StrategicPlanInput;
import org.khet.contracts.read.project.StrategicPlanView;
import org.khet.project.service.StrategicPlanService;

import java.net.URI;
import java.util.List;

/** The strategic plan of an area's fiscal year (Part 2 of the report). */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "strategic-plan", description = "An area's strategic plan of a fiscal year (ทิศทางการพัฒนาการศึกษา, Part 2 "
        + "of the report): vision, missions, goals, strategies, core values, policies, focus points")
public class StrategicPlanResource {
    private final StrategicPlanService service;

    public StrategicPlanResource(StrategicPlanService service) {
        this.service = service;
    }

    @GET
    @Path("/areas/{code}/strategic-plan/{fiscalYear}")
    @Operation(operationId = "getStrategicPlan", summary = "Get the area's strategic plan of a fiscal year",
            description = "Its ETag is for If-Match and If-None-Match.")
    @APIResponse(responseCode = "200", description = "The plan, with its ETag", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StrategicPlanView.class)))
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED)
    public Response get(@PathParam("code") AreaCode code, @PathParam("fiscalYear") FiscalYear fiscalYear,
                        @Context Request request) {
        StrategicPlanView v = service.get(code.code(), fiscalYear.be());
        return Conditional.read(request, ETags.of(v.version()), v).build();
    }

    @PUT
    @Path("/areas/{code}/strategic-plan/{fiscalYear}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putStrategicPlan", summary = "Store or replace the area's strategic plan of a fiscal year",
            description = "201 when new; If-Match when replacing (stale: 412). Publishes "
                    + "project.StrategicPlanPublished.v1; the same plan again keeps its version and publishes nothing.")
    @APIResponse(responseCode = "200", description = "The plan as replaced (or unchanged), with its ETag", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StrategicPlanView.class)))
    @APIResponse(responseCode = "201", description = "The plan as stored, with its ETag and Location", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StrategicPlanView.class)))
    @APIResponse(responseCode = "409", description = "Projects of the year hang on a strategy the new plan removes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "412", description = ApiDocs.STALE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response put(@PathParam("code") AreaCode code, @PathParam("fiscalYear") FiscalYear fiscalYear,
                        @HeaderParam("If-Match") String ifMatch, @Context Request request, StrategicPlanInput in) {
        StrategicPlanService.Stored s = service.put(code.code(), fiscalYear.be(), Conditional.change(request, ifMatch), in);
        Response.ResponseBuilder r = s.created()
                ? Response.created(URI.create("/v1/areas/" + code + "/strategic-plan/" + s.view().fiscalYear()))
                : Response.ok();
        return r.entity(s.view()).tag(ETags.of(s.view().version())).build();
    }

    @GET
    @Path("/strategic-plans")
    @Operation(operationId = "listStrategicPlans", summary = "List the stored strategic plans",
            description = "Filtered by area and fiscal year.")
    public List<StrategicPlanHeader> list(@QueryParam("areaCode") AreaCode areaCode,
                                          @QueryParam("fiscalYear") FiscalYear fiscalYear) {
        return service.list(areaCode == null ? null : areaCode.code(), fiscalYear == null ? null : fiscalYear.be());
    }
}
