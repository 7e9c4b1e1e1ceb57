package org.khet.budget.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.khet.kit.feed.FeedPipeline;
import org.khet.kit.feed.FeedResponses;
import org.khet.kit.paging.Page;
import org.khet.kit.paging.PageRequest;
import org.khet.kit.problem.ProblemException;

import java.util.Map;
import java.util.stream.Collectors;

/** Execution snapshots (ผลการเบิกจ่ายงบประมาณ ณ วันที่ …) as the finance system reports them. */
@Path("/v1/execution-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "execution-reports", description = "Disbursed and PO-committed per category, as of a date")
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
    @Operation(summary = "Snapshots, filtered by area and fiscal year, in date order")
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
    @Operation(summary = "One snapshot, with its ETag")
    public Response get(@PathParam("id") String id, @Context Request request) {
        access.requireRead();
        ExecutionReport r = service.find(Params.id("execution report", id))
                .orElseThrow(() -> ProblemException.notFound("execution report " + id + " does not exist"));
        return Conditional.read(request, r.version, BudgetMapper.executionReport(r, categories()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record one snapshot (one per area, fiscal year and date)")
    public Response create(NewExecutionReport body, @Context UriInfo uri) {
        ExecutionReport r = service.record(body);
        return Response.created(uri.getAbsolutePathBuilder().path(r.id.toString()).build())
                .tag(ETags.of(r.version)).entity(BudgetMapper.executionReport(r, categories())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a snapshot so that a corrected one can be sent (If-Match honoured)")
    public Response delete(@PathParam("id") String id, @Context Request request) {
        service.delete(Params.id("execution report", id), Conditional.change(request));
        return Response.noContent().build();
    }

    @POST
    @Path("/feed")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A feed of snapshots (CSV, XLSX or JSON; columns areaCode, fiscalYear, asOf, category, allocated, "
            + "disbursed, committed, remaining, percentDisbursed, source; category 'total' for the printed total row)")
    public Response feed(byte[] body, @QueryParam("format") String format, @HeaderParam("Content-Type") String contentType,
                         @HeaderParam("Idempotency-Key") String idempotencyKey, @HeaderParam("Prefer") String prefer) {
        return FeedResponses.accept(feeds, kind, body, format, contentType, idempotencyKey, prefer);
    }

    private static Map<String, BudgetCategory> categories() {
        return BudgetCategory.ordered().stream().collect(Collectors.toMap(c -> c.code, c -> c));
    }
}
