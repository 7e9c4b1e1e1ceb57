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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.khet.kit.security.AccessControl;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.budget.api.Dtos.AllotmentDto;
import org.khet.budget.api.Dtos.NewAllotment;
import org.khet.budget.domain.Allotment;
import org.khet.budget.mapping.BudgetMapper;
import org.khet.budget.service.AllocationService;
import org.khet.budget.service.AllocationsFeed;
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

/** Allotments of budget to an area (การจัดสรรงบประมาณ): the allocation on a date is their sum. */
@Path("/v1/allocations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "allocations", description = "Allotments (การจัดสรรงบประมาณ) of budget to an area office per fiscal year and "
        + "budget category; the allocation on a date is the sum of the allotments dated on or before it")
public class AllocationResource {
    private final AccessControl access;
    private final AllocationService service;
    private final FeedPipeline feeds;
    private final AllocationsFeed kind;

    public AllocationResource(AllocationService service, AccessControl access, FeedPipeline feeds, AllocationsFeed kind) {
        this.access = access;
        this.service = service;
        this.feeds = feeds;
        this.kind = kind;
    }

    @GET
    @Operation(operationId = "listAllocations", summary = "Allotments, filtered by area, fiscal year and category, in date order")
    public Page<AllotmentDto> list(@QueryParam("areaCode") AreaCode areaCode, @QueryParam("fiscalYear") FiscalYear fiscalYear,
                                   @QueryParam("category") String category, @QueryParam("page") String page,
                                   @QueryParam("size") String size) {
        access.requireRead();
        var cats = categories();
        return service.list(areaCode == null ? null : areaCode.code(), fiscalYear == null ? null : fiscalYear.be(), category,
                        PageRequest.of(page, size))
                .map(a -> BudgetMapper.allotment(a, cats));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAllocation", summary = "One allotment, with its ETag")
    @APIResponse(responseCode = "200", description = "The allotment; its version is the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AllotmentDto.class)))
    @APIResponse(responseCode = "304", description = "The client's copy (If-None-Match) is the current version")

    public Response get(@PathParam("id") String id, @Context Request request) {
        access.requireRead();
        Allotment a = service.find(Params.id("allotment", id))
                .orElseThrow(() -> ProblemException.notFound("allotment " + id + " does not exist"));
        return Conditional.read(request, a.version, BudgetMapper.allotment(a, categories()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAllocation", summary = "Record one allotment (negative amount for a transfer out)",
            description = "Always a new allotment; a document number already recorded for the area, year and category is a 409.")
    @APIResponse(responseCode = "201", description = "The allotment recorded; Location is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AllotmentDto.class)))
    @APIResponse(responseCode = "409", description = "The document number is already recorded for the area, year and category",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))

    public Response create(NewAllotment body, @Context UriInfo uri) {
        Allotment a = service.record(body);
        return Response.created(uri.getAbsolutePathBuilder().path(a.id.toString()).build())
                .tag(ETags.of(a.version)).entity(BudgetMapper.allotment(a, categories())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "cancelAllocation", summary = "Cancel an allotment entered by mistake (If-Match honoured)")
    @APIResponse(responseCode = "204", description = "Cancelled; budget.AllocationCancelled.v1 is published")
    @APIResponse(responseCode = "412", description = "If-Match does not hold the allotment's current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))

    public Response delete(@PathParam("id") String id, @Context Request request) {
        service.cancel(Params.id("allotment", id), Conditional.change(request));
        return Response.noContent().build();
    }

    @POST
    @Path("/feed")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "submitAllocationsFeed", summary = "Load allotments from a CSV, XLSX or JSON feed",
            description = "Columns areaCode, fiscalYear, category (code or Thai name), date, amount (required; negative "
                    + "for a transfer out), documentNo, note. Validated whole: every bad cell is named by row and column "
                    + "and nothing is stored. An allotment already recorded (the same document number, or without one the "
                    + "same date, amount and note) is counted unchanged and not stored again; a recorded document with "
                    + "another date or amount is a 400 naming the row")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), example = FeedDocs.ALLOCATIONS_CSV),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY), example = FeedDocs.ALLOCATIONS_JSON),
            @Content(mediaType = FeedDocs.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = FeedDocs.OK,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedResult.class)))
    public Response feed(byte[] body, @BeanParam FeedRequest request) {
        return request.accept(feeds, kind, body);
    }

    private Map<String, org.khet.budget.domain.BudgetCategory> categories() {
        return org.khet.budget.domain.BudgetCategory.ordered().stream().collect(Collectors.toMap(c -> c.code, c -> c));
    }
}
