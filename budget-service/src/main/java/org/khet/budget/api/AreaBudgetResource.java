package org.khet.budget.api;

import jakarta.ws.rs.GET;
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
import org.khet.kit.etag.CachedReads;
import org.khet.kit.security.AccessControl;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.budget.api.Dtos.CurvePoint;
import org.khet.contracts.AreaCode;
import org.khet.contracts.Finding;
import org.khet.contracts.FiscalYear;
import org.khet.contracts.read.budget.AreaBudgetView;
import org.khet.budget.service.BudgetSummaryService;
import org.khet.kit.params.KhetParamConverters;

import java.time.LocalDate;
import java.util.List;

/** An area's budget for a fiscal year, computed from the stored facts, as the annual report prints it. */
@Path("/v1/areas/{code}/budget")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "area-budget", description = "An area office's budget for a fiscal year as the annual report prints it "
        + "(part 3 §5), computed from the stored facts, with the data-quality findings")
public class AreaBudgetResource {
    private final AccessControl access;
    private final BudgetSummaryService service;
    private final CachedReads cached;

    public AreaBudgetResource(BudgetSummaryService service, AccessControl access, CachedReads cached) {
        this.cached = cached;
        this.access = access;
        this.service = service;
    }

    @GET
    @Operation(operationId = "getAreaBudget", summary = "An area's budget tables for a fiscal year, computed, with the findings",
            description = "Execution by category (allocated, disbursed, PO-committed, remaining, %) with the total row, "
            + "the operating plan with subtotals, project funding, and the findings; asOf picks the latest snapshot on or before it. "
            + "Strong ETag; If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The area's budget tables, with their ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaBudgetView.class)))
    @APIResponse(responseCode = "304", description = "The client's copy (If-None-Match) is current")
    public Response summary(@PathParam("code") AreaCode area, @QueryParam("fiscalYear") FiscalYear fiscalYear,
                            @QueryParam("asOf") String asOf, @Context Request request) {
        access.requireRead();
        int year = required(fiscalYear);
        LocalDate date = Params.date("asOf", asOf);
        return cached.read(request, new SummaryKey(area.code(), year, date), () -> service.summary(area.code(), year, date));
    }

    /** What an area's budget depends on: nothing of the caller's past {@code requireRead}. */
    private record SummaryKey(String area, int fiscalYear, LocalDate asOf) {
    }

    @GET
    @Path("/findings")
    @Operation(operationId = "listAreaBudgetFindings", summary = "Only the data-quality findings of the area's budget tables")
    public List<Finding> findings(@PathParam("code") AreaCode area, @QueryParam("fiscalYear") FiscalYear fiscalYear,
                                  @QueryParam("asOf") String asOf) {
        access.requireRead();
        return service.summary(area.code(), required(fiscalYear), Params.date("asOf", asOf)).findings();
    }

    @GET
    @Path("/curve")
    @Operation(operationId = "getAreaBudgetCurve", summary = "The disbursement curve: each snapshot's totals through the year")
    public List<CurvePoint> curve(@PathParam("code") AreaCode area, @QueryParam("fiscalYear") FiscalYear fiscalYear) {
        access.requireRead();
        return service.curve(area.code(), required(fiscalYear));
    }

    private static int required(FiscalYear fiscalYear) {
        return KhetParamConverters.require("fiscalYear", fiscalYear, "2566").be();
    }
}
