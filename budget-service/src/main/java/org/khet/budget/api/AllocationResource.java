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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import org.khet.kit.feed.FeedPipeline;
import org.khet.kit.feed.FeedResponses;
import org.khet.kit.paging.Page;
import org.khet.kit.paging.PageRequest;
import org.khet.kit.problem.ProblemException;

import java.util.Map;
import java.util.stream.Collectors;

/** Allotments of budget to an area (การจัดสรรงบประมาณ): the allocation on a date is their sum. */
@Path("/v1/allocations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "allocations", description = "Allotments per area, fiscal year and budget category")
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
    @Operation(summary = "Allotments, filtered by area, fiscal year and category, in date order")
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
    @Operation(summary = "One allotment, with its ETag")
    public Response get(@PathParam("id") String id, @Context Request request) {
        access.requireRead();
        Allotment a = service.find(Params.id("allotment", id))
                .orElseThrow(() -> ProblemException.notFound("allotment " + id + " does not exist"));
        return Conditional.read(request, a.version, BudgetMapper.allotment(a, categories()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record one allotment (negative amount for a transfer out)")
    public Response create(NewAllotment body, @Context UriInfo uri) {
        Allotment a = service.record(body);
        return Response.created(uri.getAbsolutePathBuilder().path(a.id.toString()).build())
                .tag(ETags.of(a.version)).entity(BudgetMapper.allotment(a, categories())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Cancel an allotment entered by mistake (If-Match honoured)")
    public Response delete(@PathParam("id") String id, @Context Request request) {
        service.cancel(Params.id("allotment", id), Conditional.change(request));
        return Response.noContent().build();
    }

    @POST
    @Path("/feed")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A feed of allotments (CSV, XLSX or JSON; columns areaCode, fiscalYear, category, date, amount, "
            + "documentNo, note): validated whole, stored whole or not at all; a re-sent feed is a no-op")
    public Response feed(byte[] body, @QueryParam("format") String format, @HeaderParam("Content-Type") String contentType,
                         @HeaderParam("Idempotency-Key") String idempotencyKey, @HeaderParam("Prefer") String prefer) {
        return FeedResponses.accept(feeds, kind, body, format, contentType, idempotencyKey, prefer);
    }

    private Map<String, org.khet.budget.domain.BudgetCategory> categories() {
        return org.khet.budget.domain.BudgetCategory.ordered().stream().collect(Collectors.toMap(c -> c.code, c -> c));
    }
}
