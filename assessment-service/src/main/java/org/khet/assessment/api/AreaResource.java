package org.khet.assessment.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.assessment.service.AreaReportService;
import org.khet.contracts.AcademicYear;
import org.khet.contracts.AreaCode;
import org.khet.contracts.FiscalYear;
import org.khet.contracts.read.assessment.AreaEvaluationsView;
import org.khet.contracts.read.assessment.AreaTestsView;
import org.khet.kit.params.KhetParamConverters;

/** The computed tables of an area, as the annual report prints them. */
@Path("/v1/areas/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "area results", description = "Computed test and evaluation tables of an area, with data-quality findings")
public class AreaResource {
    private final AreaReportService reports;

    public AreaResource(AreaReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("/tests")
    @Operation(operationId = "getAreaTests",
            summary = "O-NET, NT and RT of an area for an academic year: area vs OBEC vs nation, year over year, findings",
            description = "Per test of the catalogue with figures for the area: each subject's area mean (the published "
                    + "one, or the takers-weighted mean of the area's schools), OBEC's and the nation's with the "
                    + "differences, the mean over subjects, the previous year's and the change, all joined by subject "
                    + "code; and the findings where printed figures disagree with them.")
    public AreaTestsView tests(@Parameter(description = "The area's code", example = "5602") @PathParam("code") AreaCode area,
                               @Parameter(description = "Buddhist-era academic year (required)", example = "2565")
                               @QueryParam("academicYear") AcademicYear academicYear) {
        return reports.tests(area, KhetParamConverters.require("academicYear", academicYear, "2565"));
    }

    @GET
    @Path("/evaluations")
    @Operation(operationId = "getAreaEvaluations",
            summary = "QP, AP, the ESAO standards, ITA and KRS of an area for a fiscal year: levels, averages, findings",
            description = "Per framework with results for the area: each indicator's score (its own, the mean of its "
                    + "rounds or of its children), the level kept and the rubric's, targets and outcomes, ITA's grade, "
                    + "rank and change; the average over the scored indicators; and the findings.")
    public AreaEvaluationsView evaluations(@Parameter(description = "The area's code", example = "5602") @PathParam("code") AreaCode area,
                                           @Parameter(description = "Buddhist-era fiscal year (required)", example = "2566")
                                           @QueryParam("fiscalYear") FiscalYear fiscalYear) {
        return reports.evaluations(area, KhetParamConverters.require("fiscalYear", fiscalYear, "2566"));
    }
}
