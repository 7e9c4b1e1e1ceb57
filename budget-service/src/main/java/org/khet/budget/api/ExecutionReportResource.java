package org.khet.budget.api;

import jakarta.ws.rs.BeanParam;
import org.khet.kit.feed.FeedRequest;
import org.khet.kit.etag.Conditional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.khet.kit.security.AccessControl;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.budget.api.Dtos.ExecutionReportDto;
import org.khet.budget.api.Dtos.NewExecutionReport;
import org.khet.budget.domain.BudgetCategory;
import org.khet.budget.domain.ExecutionReport;
import org.khet.budget.mapping.BudgetMapper;
import org.khet.budget.service.ExecutionReportService;
import org.khet.budget.service.ExecutionReportsFeed;
import org.khet.contracts.AreaCode;
import org.khet.contracts.FiscalYear;
import org.khet.kit.etag.ETags;
import org.khet.contracts.FeedResult;
import org.khet.kit.feed.FeedPipeline;
import org.khet.contracts.read.Page;
import org.khet.kit.paging.PageRequest;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;

import java.util.Map;
import java.util.stream.Collectors;

/** Execution snapshots (ผลการเบิกจ่ายงบประมาณ ณ วันที่ …) as the finance system reports them. */
@Path("/v1/execution-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "execution-reports", description = "Execution snapshots (ผลการเบิกจ่ายงบประมาณ ณ วันที่ …): disbursed and "
        + "PO-committed per budget category as of a date, as the finance system reports them; one per area, year and date")
public class ExecutionReportResource {
    private final AccessControl access;
    private final ExecutionReportService service;
    private final FeedPipeline feeds;
    private final ExecutionReportsFeed kind;

    public ExecutionReportResource(ExecutionReportService service, AccessControl access, FeedPipeline feeds,
                                   ExecutionReportsFeed kind) {
        this.access = access;
        this.service = service;
        this.feeds = feeds;
        this.kind = kind;
    }

    @GET
    @Operation(operationId = "listExecutionReports", summary = "Snapshots, filtered by area and fiscal year, in date order")
    public Page<ExecutionReportDto> list(@QueryParam("areaCode") AreaCode areaCode, @QueryParam("fiscalYear") FiscalYear fiscalYear,
                                         @QueryParam("page") String page, @QueryParam("size") String size) {
        access.requireRead();
        var cats = categories();
        return service.list(areaCode == null ? null : areaCode.code(), fiscalYear == null ? null : fiscalYear.be(),
                        PageRequest.of(page, size))
                .map(r -> BudgetMapper.executionReport(r, cats));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getExecutionReport", summary = "One snapshot, with its ETag")
    @APIResponse(responseCode = "200", description = "The snapshot; its version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExecutionReportDto.class)))
    @APIResponse(responseCode = "304", description = "The client's copy (If-None-Match) is the current version")

    public Response get(@PathParam("id") String id, @Context Request request) {
        access.requireRead();
        ExecutionReport r = service.find(Params.id("execution report", id))
                .orElseThrow(() -> ProblemException.notFound("execution report " + id + " does not exist"));
        return Conditional.read(request, r.version, BudgetMapper.executionReport(r, categories()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createExecutionReport", summary = "Record one snapshot (one per area, fiscal year and date)")
    @APIResponse(responseCode = "201", description = "The snapshot recorded; Location is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExecutionReportDto.class)))
    @APIResponse(responseCode = "409", description = "A snapshot of the area, year and date is already stored (delete it to replace it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))

    public Response create(NewExecutionReport body, @Context UriInfo uri) {
        ExecutionReport r = service.record(body);
        return Response.created(uri.getAbsolutePathBuilder().path(r.id.toString()).build())
                .tag(ETags.of(r.version)).entity(BudgetMapper.executionReport(r, categories())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteExecutionReport", summary = "Delete a snapshot so that a corrected one can be sent (If-Match honoured)")
    @APIResponse(responseCode = "204", description = "Deleted; budget.ExecutionReportDeleted.v1 is published")
    @APIResponse(responseCode = "412", description = "If-Match does not hold the snapshot's current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))

    public Response delete(@PathParam("id") String id, @Context Request request) {
        service.delete(Params.id("execution report", id), Conditional.change(request));
        return Response.noContent().build();
    }

    @POST
    @Path("/feed")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "submitExecutionReportsFeed", summary = "Load execution snapshots from a CSV, XLSX or JSON feed",
            description = "Columns areaCode, fiscalYear, asOf, category, disbursed (required), allocated, committed, "
                    + "remaining, percentDisbursed, source; category total (or รวม) for the printed total row, '-' for a nil "
                    + "amount. Validated whole: every bad cell is named by row and column and nothing is stored. A snapshot "
                    + "already stored with the same figures is counted unchanged; one stored with other figures is a 409")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), example = FeedDocs.EXECUTION_CSV),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY), example = FeedDocs.EXECUTION_JSON),
            @Content(mediaType = FeedDocs.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = FeedDocs.OK,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedResult.class)))
    @APIResponse(responseCode = "409", description = "A snapshot of the feed is already stored with other figures (delete it to replace it), or the same feed is being stored by another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response feed(byte[] body, @BeanParam FeedRequest request) {
        return request.accept(feeds, kind, body);
    }

    private static Map<String, BudgetCategory> categories() {
        return BudgetCategory.ordered().stream().collect(Collectors.toMap(c -> c.code, c -> c));
    }
}
