package org.khet.budget.api;

import jakarta.ws.rs.BeanParam;
import org.khet.kit.feed.FeedRequest;
import org.khet.kit.etag.Conditional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.khet.kit.security.AccessControl;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.budget.service.BudgetSummaryService;
import org.khet.contracts.FeedResult;
import org.khet.contracts.read.budget.AreaBudgetView.PlanSummary;
import org.khet.kit.problem.Problem;
import org.khet.contracts.AreaCode;
import org.khet.contracts.FiscalYear;
import org.khet.budget.service.OperatingPlanFeed;
import org.khet.kit.feed.FeedPipeline;
import org.khet.kit.problem.ProblemException;

/** The office's operating plan (แผนการใช้จ่ายงบประมาณ): line items planned vs spent, with subtotals. */
@Path("/v1/operating-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operating-plans", description = "The area office's operating plan (แผนการใช้จ่ายงบประมาณ): line items "
        + "planned vs spent, with group and section subtotals; a feed holds the whole plan of one area and year")
public class OperatingPlanResource {
    private final AccessControl access;
    private final OperatingPlanFeed.Revisions kinds;
    private final FeedPipeline feeds;
    private final BudgetSummaryService summaries;

    public OperatingPlanResource(OperatingPlanFeed.Revisions kinds, FeedPipeline feeds, BudgetSummaryService summaries,
                                 AccessControl access) {
        this.access = access;
        this.kinds = kinds;
        this.feeds = feeds;
        this.summaries = summaries;
    }

    @GET
    @Path("/{areaCode}/{fiscalYear}")
    @Operation(operationId = "getOperatingPlan", summary = "The plan of an area and year: sections, groups, lines, subtotals and the total, computed")
    @APIResponse(responseCode = "200", description = "The plan; its version is the ETag (the If-Match of a revision)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanSummary.class)))
    @APIResponse(responseCode = "304", description = "The client's copy (If-None-Match) is the current version")

    public Response get(@PathParam("areaCode") AreaCode areaCode, @PathParam("fiscalYear") FiscalYear fiscalYear,
                        @Context Request request) {
        access.requireRead();
        var summary = summaries.summary(areaCode.code(), fiscalYear.be(), null);
        if (summary.operatingPlan() == null) {
            throw ProblemException.notFound("no operating plan of " + areaCode + " for fiscal year " + fiscalYear);
        }
        return Conditional.read(request, summary.operatingPlan().version(), summary.operatingPlan());
    }

    @POST
    @Path("/feed")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "submitOperatingPlanFeed", summary = "Load the whole operating plan of one area and year from a CSV, XLSX or JSON feed",
            description = "Columns areaCode, fiscalYear, rowType (item, group-total, section-total, total), planned, "
                    + "spent (required), lineNo, section, group, item (an item row needs all four). Replaces the stored "
                    + "plan (If-Match: the version read; the plan is counted updated); the same plan again is counted "
                    + "unchanged and publishes nothing. Validated whole: every bad cell is named by row and column")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), example = FeedDocs.PLAN_CSV),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY), example = FeedDocs.PLAN_JSON),
            @Content(mediaType = FeedDocs.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = FeedDocs.OK,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedResult.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not hold the stored plan's current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response feed(byte[] body, @Parameter(description = "The version of the stored plan this revision replaces (its ETag)")
                         @HeaderParam("If-Match") String ifMatch,
                         @BeanParam FeedRequest request) {
        return request.accept(feeds, kinds.revising(ifMatch), body);
    }
}
