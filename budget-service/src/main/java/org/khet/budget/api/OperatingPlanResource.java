package org.khet.budget.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.khet.kit.security.AccessControl;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.budget.service.BudgetSummaryService;
import org.khet.contracts.AreaCode;
import org.khet.contracts.FiscalYear;
import org.khet.budget.service.OperatingPlanFeed;
import org.khet.kit.feed.FeedPipeline;
import org.khet.kit.feed.FeedResponses;
import org.khet.kit.problem.ProblemException;

/** The office's operating plan (แผนการใช้จ่ายงบประมาณ): line items planned vs spent, with subtotals. */
@Path("/v1/operating-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "operating-plans", description = "The area office's operating plan, planned vs spent")
public class OperatingPlanResource {
    private final AccessControl access;
    private final OperatingPlanFeed kind;
    private final FeedPipeline feeds;
    private final BudgetSummaryService summaries;

    public OperatingPlanResource(OperatingPlanFeed kind, FeedPipeline feeds, BudgetSummaryService summaries,
                                 AccessControl access) {
        this.access = access;
        this.kind = kind;
        this.feeds = feeds;
        this.summaries = summaries;
    }

    @GET
    @Path("/{areaCode}/{fiscalYear}")
    @Operation(summary = "The plan of an area and year: sections, groups, lines, subtotals and the total, computed")
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
    @Operation(summary = "The whole plan of one area and year (CSV, XLSX or JSON; columns areaCode, fiscalYear, rowType, "
            + "lineNo, section, group, item, planned, spent); replaces the stored plan (If-Match: the version read), "
            + "the same plan again is a no-op")
    public Response feed(byte[] body, @QueryParam("format") String format, @HeaderParam("Content-Type") String contentType,
                         @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String idempotencyKey,
                         @HeaderParam("Prefer") String prefer) {
        return FeedResponses.accept(feeds, kind.revising(ifMatch), body, format, contentType, idempotencyKey, prefer);
    }
}
