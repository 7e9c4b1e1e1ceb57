package org.khet.assessment.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "O-NET, NT and RT of an area for an academic year: area vs OBEC vs nation, year over year, findings")
    public AreaTestsView tests(@PathParam("code") AreaCode area, @QueryParam("academicYear") AcademicYear academicYear) {
        return reports.tests(area, KhetParamConverters.require("academicYear", academicYear, "2565"));
    }

    @GET
    @Path("/evaluations")
    @Operation(summary = "QP, AP, the ESAO standards, ITA and KRS of an area for a fiscal year: levels, averages, findings")
    public AreaEvaluationsView evaluations(@PathParam("code") AreaCode area, @QueryParam("fiscalYear") FiscalYear fiscalYear) {
        return reports.evaluations(area, KhetParamConverters.require("fiscalYear", fiscalYear, "2566"));
    }
}
