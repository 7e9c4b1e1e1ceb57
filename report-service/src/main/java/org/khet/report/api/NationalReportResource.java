package org.khet.report.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.contracts.FiscalYear;
import org.khet.kit.national.NationalRequest;
import org.khet.kit.params.KhetParamConverters;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;
import org.khet.report.domain.Lang;
import org.khet.report.domain.Report;
import org.khet.report.national.NationalFindings;
import org.khet.report.national.NationalReportService;
import org.khet.report.render.RenderOptions;
import org.khet.report.render.ReportFormat;
import org.khet.report.service.ReportCache;
import org.khet.report.service.ReportService;

import java.util.ArrayList;
import java.util.List;

/** The national report: every area office compared, from the national roll-ups. */
@Path("/v1/reports/national")
@Tag(name = "reports")
public class NationalReportResource {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(NationalReportResource.class);
    private final NationalReportService national;
    private final ReportService reports;
    private final AccessControl access;
    private final NationalFindings findings;

    public NationalReportResource(NationalReportService national, ReportService reports, AccessControl access,
                                  NationalFindings findings) {
        this.findings = findings;
        this.national = national;
        this.reports = reports;
        this.access = access;
    }

    @GET
    @Operation(operationId = "getNationalReport",
            summary = "The national report: every area office compared for a fiscal year, in Thai or English",
            description = "Composed from the national roll-ups (school-, assessment-, budget- and project-service, read "
                    + "with the caller's token): schools, students and classrooms by size class per area with the "
                    + "total; each national test's takers-weighted national means beside OBEC's published ones, and "
                    + "every area's mean and rank per subject; budget disbursement ranked; the ITA ranking computed "
                    + "from the scores beside each area's reported rank; projects; each area's report findings counted "
                    + "by code (as GET /v1/reports/national/findings). The findings are the roll-ups' own "
                    + "(OBEC's published mean disagreeing with the computed one). obec-admin and viewer read every "
                    + "area; an area or school officer reads the ITA ranking and national test figures whole and the "
                    + "other tables' rows of their own area only (ADR 0015). JSON, HTML, DOCX, XLSX or PDF by "
                    + "?format= or Accept; strong ETag.")
    @APIResponse(responseCode = "200", description = "The national report in the format asked for", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ReportFormat.DOCX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportFormat.XLSX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportFormat.PDF_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Not changed since the ETag given in If-None-Match")
    @APIResponse(responseCode = "502", description = "A roll-up answered with an error or a body that does not fit its "
            + "read contract; the detail names the service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response national(@Parameter(description = "the fiscal year, Buddhist era", example = "2566")
                             @QueryParam("fiscalYear") FiscalYear fiscalYear,
                             @Parameter(description = "only primary (สพป.) or only secondary (สพม.) areas", example = "primary")
                             @QueryParam("affiliation") String affiliation,
                             @Parameter(description = "only the areas of this province", example = "พะเยา")
                             @QueryParam("province") String province,
                             @Parameter(description = "th (default) or en", example = "th")
                             @QueryParam("lang") String lang,
                             @Parameter(description = "json, html, docx, xlsx or pdf (overrides Accept)")
                             @QueryParam("format") String format,
                             @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                             @Context Request request) {
        access.requireRead();
        FiscalYear fy = KhetParamConverters.require("fiscalYear", fiscalYear, "2566");
        List<Problem.FieldError> errors = new ArrayList<>();
        String aff = NationalRequest.affiliation(affiliation, errors);
        Lang language = Lang.param(lang, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation("The national report's parameters are not valid", errors);
        }
        ReportFormat f = ReportResource.negotiate(format, request);
        Report report = national.report(fy, aff, NationalRequest.blankToNull(province), language, authorization);
        long t0 = System.nanoTime();
        ReportCache.Rendered r = reports.render(report, f, new RenderOptions(false));
        LOG.infof("national report %d: rendered as %s in %.0f ms, %,d bytes", fy.be(), f.key(), (System.nanoTime() - t0) / 1e6,
                r.body().length);
        return ReportResource.answer(request, r, "khet-national-report-" + fy.be() + "-" + language.code())
                .header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    @GET
    @Path("/findings")
    @Operation(operationId = "getNationalFindings",
            summary = "The data-quality roll-up: every area's report findings of a fiscal year, counted by code",
            description = "The findings each area's annual report prints (the same composed report, cached), for every "
                    + "area of school-service's register (filtered by affiliation and province): per area how many, "
                    + "major and minor, and how many of each code; per code in how many areas and how often. An area "
                    + "whose report cannot be composed is listed as unavailable with the problem's status.")
    @APIResponse(responseCode = "200", description = "The roll-up", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NationalFindings.NationalFindingsView.class)))
    @APIResponse(responseCode = "502", description = "school-service's register answered wrongly",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public NationalFindings.NationalFindingsView findings(
            @Parameter(description = "the fiscal year, Buddhist era", example = "2566") @QueryParam("fiscalYear") FiscalYear fiscalYear,
            @Parameter(description = "only primary (สพป.) or only secondary (สพม.) areas", example = "primary")
            @QueryParam("affiliation") String affiliation,
            @Parameter(description = "only the areas of this province", example = "พะเยา") @QueryParam("province") String province,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.requireRead();
        FiscalYear fy = KhetParamConverters.require("fiscalYear", fiscalYear, "2566");
        List<Problem.FieldError> errors = new ArrayList<>();
        String aff = NationalRequest.affiliation(affiliation, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation("The roll-up's parameters are not valid", errors);
        }
        return findings.rollUp(fy, aff, NationalRequest.blankToNull(province), authorization);
    }
}
