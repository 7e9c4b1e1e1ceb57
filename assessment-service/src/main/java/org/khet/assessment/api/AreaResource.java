package org.khet.assessment.api;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.assessment.service.AreaReportService;
import org.khet.contracts.AcademicYear;
import org.khet.contracts.AreaCode;
import org.khet.contracts.FiscalYear;
import org.khet.contracts.read.assessment.AreaEvaluationsView;
import org.khet.contracts.read.assessment.AreaTestsView;
import org.khet.kit.etag.CachedReads;
import org.khet.kit.params.KhetParamConverters;

/** The computed tables of an area, as the annual report prints them. */
@Path("/v1/areas/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "area results", description = "Computed test and evaluation tables of an area, with data-quality findings")
public class AreaResource {
    private final AreaReportService reports;
    private final CachedReads cached;

    public AreaResource(AreaReportService reports, CachedReads cached) {
        this.reports = reports;
        this.cached = cached;
    }

    @GET
    @Path("/tests")
    @Operation(operationId = "getAreaTests",
            summary = "O-NET, NT and RT of an area for an academic year: area vs OBEC vs nation, year over year, findings",
            description = "Per test of the catalogue with figures for the area: each subject's area mean (the published "
                    + "one, or the takers-weighted mean of the area's schools), OBEC's and the nation's with the "
                    + "differences, the mean over subjects, the previous year's and the change, all joined by subject "
                    + "code; and the findings where printed figures disagree with them. Strong ETag; If-None-Match "
                    + "answers 304.")
    @APIResponse(responseCode = "200", description = "The area's tests, with their ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaTestsView.class)))
    @APIResponse(responseCode = "304", description = DefinitionsResource.NOT_MODIFIED)
    public Response tests(@Parameter(description = "The area's code", example = "5602") @PathParam("code") AreaCode area,
                          @Parameter(description = "Buddhist-era academic year (required)", example = "2565")
                          @QueryParam("academicYear") AcademicYear academicYear,
                          @Context Request request) {
        AcademicYear year = KhetParamConverters.require("academicYear", academicYear, "2565");
        return cached.read(request, new TestsKey(area.code(), year.be()), () -> reports.tests(area, year));
    }

    /** What an area's tests depend on: nothing of the caller's (any authenticated client reads them). */
    private record TestsKey(String area, int academicYear) {
    }

    @GET
    @Path("/evaluations")
    @Operation(operationId = "getAreaEvaluations",
            summary = "QP, AP, the ESAO standards, ITA and KRS of an area for a fiscal year: levels, averages, findings",
            description = "Per framework with results for the area: each indicator's score (its own, the mean of its "
                    + "rounds or of its children), the level kept and the rubric's, targets and outcomes, ITA's grade, "
                    + "rank and change; the average over the scored indicators; and the findings. Strong ETag; "
                    + "If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The area's evaluations, with their ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaEvaluationsView.class)))
    @APIResponse(responseCode = "304", description = DefinitionsResource.NOT_MODIFIED)
    public Response evaluations(@Parameter(description = "The area's code", example = "5602") @PathParam("code") AreaCode area,
                                @Parameter(description = "Buddhist-era fiscal year (required)", example = "2566")
                                @QueryParam("fiscalYear") FiscalYear fiscalYear,
                                @Context Request request) {
        FiscalYear year = KhetParamConverters.require("fiscalYear", fiscalYear, "2566");
        // kept as the tests are (ADR 0035): its ITA rank ranks every area of the country (ADR 0047)
        return cached.read(request, new EvaluationsKey(area.code(), year.be()), () -> reports.evaluations(area, year));
    }

    /** What an area's evaluations depend on: nothing of the caller's (any authenticated client reads them). */
    private record EvaluationsKey(String area, int fiscalYear) {
    }
}
