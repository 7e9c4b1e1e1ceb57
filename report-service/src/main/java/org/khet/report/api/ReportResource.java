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
import jakarta.ws.rs.core.Variant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.contracts.AreaCode;
import org.khet.contracts.FiscalYear;
import org.khet.kit.params.KhetParamConverters;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;
import org.khet.report.domain.Lang;
import org.khet.report.domain.Report;
import org.khet.report.render.RenderOptions;
import org.khet.report.render.ReportFormat;
import org.khet.report.service.ReportCache;
import org.khet.report.service.ReportService;

import java.util.Arrays;
import java.util.List;

/** The annual report of an area office and its data-quality findings. */
@Path("/v1/reports")
@Tag(name = "reports", description = "The annual report (รายงานผลการดำเนินงาน) of an area office composed from every "
        + "service's figures, as JSON, print-ready HTML, DOCX or XLSX, and the data-quality findings of every service")
public class ReportResource {
    private static final String DOCX = ReportFormat.DOCX_MEDIA_TYPE;
    private static final String XLSX = ReportFormat.XLSX_MEDIA_TYPE;
    private static final String PDF = ReportFormat.PDF_MEDIA_TYPE;
    private static final String NO_AREA = "school-service knows no area with this code";
    private static final String UPSTREAM_FAILED = "An upstream service answered with an error, an empty body or a body "
            + "that does not fit its read contract; the detail names the service and the request";
    private static final String UPSTREAM_UNAVAILABLE = "An upstream service cannot be reached, did not answer in time or "
            + "keeps failing; the detail names it";
    /** The formats in the order an Accept of {@code *}{@code /*} (or none) picks them: JSON first. */
    private static final List<Variant> VARIANTS = Arrays.stream(ReportFormat.values())
            .map(f -> new Variant(MediaType.valueOf(f.mediaType()), (String) null, null)).toList();

    /** The offices' day: the draft's and an edition's date printed on their pages. */
    static final java.time.ZoneId BANGKOK = java.time.ZoneId.of("Asia/Bangkok");

    private final ReportService reports;
    private final AccessControl access;

    public ReportResource(ReportService reports, AccessControl access) {
        this.reports = reports;
        this.access = access;
    }

    @GET
    @Path("/annual")
    @Operation(operationId = "getAnnualReport",
            summary = "The annual report (รายงานผลการดำเนินงาน) of an area for a fiscal year",
            description = "JSON (the report's tree of parts, sections and blocks), print-ready A4 HTML, DOCX, XLSX or "
                    + "an A4 PDF (Thai font embedded, page numbers, contents with page numbers; printed by Chromium), "
                    + "chosen by ?format= or else the Accept header. Academic-year data is that of the academic year "
                    + "the fiscal year reports on. Composed from school-, assessment-, budget- and project-service "
                    + "(called at once, with the caller's token); a service without data for the year leaves its "
                    + "tables marked empty. Strong ETag; If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The report in the format asked for", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "The report has not changed since the ETag given in If-None-Match")
    @APIResponse(responseCode = "400", description = "A parameter is not valid (area, fiscalYear, thaiDigits, or lang "
            + "other than th or en); the problem names it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = NO_AREA,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "406", description = "Neither ?format= nor the Accept header names a format offered "
            + "(json, html, docx, xlsx, pdf)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "502", description = UPSTREAM_FAILED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = UPSTREAM_UNAVAILABLE + "; or the PDF cannot be printed (Chromium "
            + "missing, failing or too slow)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response annual(@Parameter(description = "the area office's code", example = "5602")
                           @QueryParam("area") AreaCode area,
                           @Parameter(description = "the fiscal year, Buddhist era", example = "2566")
                           @QueryParam("fiscalYear") FiscalYear fiscalYear,
                           @Parameter(description = "json, html, docx, xlsx or pdf (overrides Accept)")
                           @QueryParam("format") String format,
                           @Parameter(description = "print Thai digits (๐–๙) in HTML, DOCX and XLSX text (the Thai report only)")
                           @QueryParam("thaiDigits") String thaiDigits,
                           @Parameter(description = "th (default) or en: the language of the report's own words "
                                   + "(headings, labels, status words, findings' messages, dates); names the data holds "
                                   + "only in Thai and the office's texts stay Thai", example = "th")
                           @QueryParam("lang") String lang,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @Context Request request) {
        access.requireRead();
        AreaCode a = KhetParamConverters.require("area", area, "5602");
        FiscalYear fy = KhetParamConverters.require("fiscalYear", fiscalYear, "2566");
        Lang language = language(lang);
        ReportFormat f = negotiate(format, request);
        RenderOptions options = new RenderOptions(flag("thaiDigits", thaiDigits) && language == Lang.TH)
                .draft(java.time.LocalDate.now(BANGKOK));
        ReportService.Result result = reports.annual(a.code(), fy, language, f, options, authorization);
        return answer(request, result.rendered(), "khet-annual-report-" + a + "-" + fy.be() + suffix(language))
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .header("X-Khet-Cache", result.cached() ? "hit" : "miss")
                .build();
    }

    /**
     * A rendered report (the draft or an edition): 200 with its bytes, or 304 when If-None-Match names its ETag;
     * Vary: Accept, and the files (DOCX, XLSX, PDF) as attachments named {@code fileName.<format>}.
     */
    static Response.ResponseBuilder answer(Request request, ReportCache.Rendered r, String fileName) {
        ReportFormat f = r.format();
        Response.ResponseBuilder notModified = request.evaluatePreconditions(r.etag());
        Response.ResponseBuilder b = notModified != null ? notModified : Response.ok(r.body(), f.contentType());
        b.tag(r.etag()).header(HttpHeaders.VARY, "Accept");
        if (f == ReportFormat.DOCX || f == ReportFormat.XLSX || f == ReportFormat.PDF) {
            b.header("Content-Disposition", "attachment; filename=\"" + fileName + "." + f.key() + "\"");
        }
        return b;
    }

    @GET
    @Path("/findings")
    @Operation(operationId = "listReportFindings",
            summary = "Every data-quality finding of every service for an area and fiscal year",
            description = "The findings the annual report's annex prints, in the order of the report's parts: each "
                    + "names its check (code), the service, what it is about, the table, row and column, the reported "
                    + "figure, what Khet computes and the difference, in Thai and in English. Strong ETag; "
                    + "If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The findings with their count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportService.FindingsReport.class)))
    @APIResponse(responseCode = "304", description = "The findings have not changed since the ETag given in If-None-Match")
    @APIResponse(responseCode = "404", description = NO_AREA,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "502", description = UPSTREAM_FAILED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = UPSTREAM_UNAVAILABLE, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response findings(@Parameter(description = "the area office's code", example = "5602")
                             @QueryParam("area") AreaCode area,
                             @Parameter(description = "the fiscal year, Buddhist era", example = "2566")
                             @QueryParam("fiscalYear") FiscalYear fiscalYear,
                             @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                             @Context Request request) {
        access.requireRead();
        AreaCode a = KhetParamConverters.require("area", area, "5602");
        FiscalYear fy = KhetParamConverters.require("fiscalYear", fiscalYear, "2566");
        ReportCache.Rendered r = reports.findings(a.code(), fy, authorization);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(r.etag());
        Response.ResponseBuilder b = notModified != null ? notModified : Response.ok(r.body(), ReportFormat.JSON.contentType());
        return b.tag(r.etag()).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    /** The {@code lang} parameter: th (default) or en; anything else a 400 problem naming {@code lang}. */
    static Lang language(String lang) {
        List<Problem.FieldError> errors = new java.util.ArrayList<>();
        Lang l = Lang.param(lang, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation("lang must be th or en", errors);
        }
        return l;
    }

    /** The file name's language suffix: none for Thai (the names files always had), "-en" for English. */
    static String suffix(Lang lang) {
        return lang == Lang.TH ? "" : "-" + lang.code();
    }

    static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ProblemException.validation(name + " must be true or false",
                    List.of(Problem.FieldError.field(name, "expected true or false, got '" + value + "'")));
        };
    }

    /** ?format= wins; otherwise JAX-RS picks from the Accept header by quality; no Accept at all means JSON. */
    static ReportFormat negotiate(String format, Request request) {
        if (format != null && !format.isBlank()) {
            return ReportFormat.byKey(format).orElseThrow(() -> notAcceptable("format '" + format + "' is not offered"));
        }
        Variant v = request.selectVariant(VARIANTS);
        if (v == null) {
            throw notAcceptable("none of the media types the Accept header names is offered");
        }
        return ReportFormat.byMediaType(v.getMediaType().getType() + "/" + v.getMediaType().getSubtype())
                .orElseThrow();
    }

    private static ProblemException notAcceptable(String what) {
        return new ProblemException(406, "not-acceptable", "Not acceptable", what
                + "; the report is offered as json (application/json), html (text/html), docx ("
                + DOCX + "), xlsx (" + XLSX + ") and pdf (" + PDF + ")", null);
    }
}
