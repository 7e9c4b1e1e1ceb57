package org.khet.report.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.khet.contracts.AreaCode;
import org.khet.contracts.FiscalYear;
import org.khet.kit.params.KhetParamConverters;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;
import org.khet.report.domain.Lang;
import org.khet.report.domain.Report;
import org.khet.report.editions.Edition;
import org.khet.report.editions.EditionService;
import org.khet.report.render.JsonRenderer;
import org.khet.report.render.RenderOptions;
import org.khet.report.render.ReportFormat;
import org.khet.report.service.ReportCache;

import java.net.URI;
import java.util.List;

/**
 * Published editions of an area's annual report (ADR 0019): publishing freezes the live draft; an edition is read in
 * every format from its frozen model, without a token ({@code khet.security.public-paths}).
 */
@Path("/v1/reports/editions/{area}/{fiscalYear}")
@Tag(name = "report-editions", description = "Published editions of an area's annual report: the draft frozen with "
        + "every figure and text, the data versions it came from and a SHA-256 content hash, numbered per area and "
        + "fiscal year; readable without a token (the public copy the office links from its website)")
public class EditionResource {

    /** The editions of an area and year. */
    @Schema(name = "ReportEditions", description = "The published editions of an area's report for a fiscal year")
    public record Editions(
            @Schema(description = "the area office's code") String areaCode,
            @Schema(description = "the fiscal year, Buddhist era") int fiscalYear,
            @Schema(description = "how many were published") int count,
            @Schema(description = "oldest first") List<Edition> editions) {
    }

    private final EditionService editions;
    private final AccessControl access;

    public EditionResource(EditionService editions, AccessControl access) {
        this.editions = editions;
        this.access = access;
    }

    @POST
    @Operation(operationId = "publishReportEdition", summary = "Publish the area's annual report for a fiscal year as its next edition",
            description = "By the area's area-officer or obec-admin. Composes the report as GET /v1/reports/annual does "
                    + "(with the caller's token) and freezes it: every figure and text, the years and round asked for, "
                    + "each upstream answer's ETag and SHA-256, a SHA-256 of the frozen JSON, who published and when. "
                    + "Editions are numbered 1, 2, 3 per area and year. A report identical to the latest edition is "
                    + "not published again (409).")
    @APIResponse(responseCode = "201", description = "Published; Location names the edition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Edition.class)))
    @APIResponse(responseCode = "404", description = "school-service knows no area with this code")
    @APIResponse(responseCode = "409", description = "Nothing changed since the latest edition (same content hash); "
            + "nothing was published")
    @APIResponse(responseCode = "502", description = "An upstream service answered wrongly; the detail names it")
    @APIResponse(responseCode = "503", description = "An upstream service cannot be reached; the detail names it")
    public Response publish(@Parameter(description = "the area office's code", example = "5602") @PathParam("area") AreaCode area,
                            @Parameter(description = "the fiscal year, Buddhist era", example = "2566") @PathParam("fiscalYear") FiscalYear fiscalYear,
                            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        AreaCode a = KhetParamConverters.require("area", area, "5602");
        FiscalYear fy = KhetParamConverters.require("fiscalYear", fiscalYear, "2566");
        access.requireRole(a.code(), "area-officer", "obec-admin");
        Edition e = editions.publish(a.code(), fy, authorization, access.actor());
        return Response.created(URI.create(e.path())).type(MediaType.APPLICATION_JSON_TYPE).entity(e).build();
    }

    @GET
    @Operation(operationId = "listReportEditions", summary = "The published editions of an area's annual report for a fiscal year",
            description = "Oldest first, each with its number, content hash, publisher, time and data versions; "
                    + "empty when none was published. Open without a token.")
    @APIResponse(responseCode = "200", description = "The editions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Editions.class)))
    public Response list(@Parameter(description = "the area office's code", example = "5602") @PathParam("area") AreaCode area,
                         @Parameter(description = "the fiscal year, Buddhist era", example = "2566") @PathParam("fiscalYear") FiscalYear fiscalYear) {
        AreaCode a = KhetParamConverters.require("area", area, "5602");
        FiscalYear fy = KhetParamConverters.require("fiscalYear", fiscalYear, "2566");
        List<Edition> list = editions.list(a.code(), fy.be());
        return Response.ok(new Editions(a.code(), fy.be(), list.size(), list), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{number}")
    @Operation(operationId = "getReportEdition", summary = "A published edition of an area's annual report",
            description = "Rendered from the frozen model, never recomputed: a later data change or text edit does "
                    + "not change it. JSON (the frozen bytes themselves: their SHA-256 is the edition's contentSha256), "
                    + "print-ready HTML, DOCX, XLSX or PDF, chosen by ?format= or else the Accept header. Open without "
                    + "a token. ?lang=en reads its English copy, composed and frozen at publication from the same "
                    + "answers and texts (contentSha256 is the Thai copy's). X-Khet-Edition and X-Khet-Content-Sha256 "
                    + "name it; strong ETag, If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The edition in the format asked for", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ReportFormat.DOCX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportFormat.XLSX_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportFormat.PDF_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "The edition in this format is the one named in If-None-Match")
    @APIResponse(responseCode = "400", description = "number, thaiDigits or lang is not valid; the problem names it")
    @APIResponse(responseCode = "404", description = "No such edition was published, or its English copy was asked for "
            + "and it was published before reports had one")
    @APIResponse(responseCode = "406", description = "Neither ?format= nor the Accept header names a format offered")
    @APIResponse(responseCode = "503", description = "The PDF cannot be printed (Chromium missing, failing or too slow)")
    public Response get(@Parameter(description = "the area office's code", example = "5602") @PathParam("area") AreaCode area,
                        @Parameter(description = "the fiscal year, Buddhist era", example = "2566") @PathParam("fiscalYear") FiscalYear fiscalYear,
                        @Parameter(description = "the edition's number", example = "1") @PathParam("number") String number,
                        @Parameter(description = "json, html, docx, xlsx or pdf (overrides Accept)") @QueryParam("format") String format,
                        @Parameter(description = "print Thai digits (๐–๙) in HTML, DOCX and XLSX text (the Thai copy only)") @QueryParam("thaiDigits") String thaiDigits,
                        @Parameter(description = "th (default) or en: the edition's Thai or English copy, both frozen when it "
                                + "was published", example = "th") @QueryParam("lang") String lang,
                        @Context Request request) {
        AreaCode a = KhetParamConverters.require("area", area, "5602");
        FiscalYear fy = KhetParamConverters.require("fiscalYear", fiscalYear, "2566");
        int n = number("number", number);
        Lang language = ReportResource.language(lang);
        ReportFormat f = ReportResource.negotiate(format, request);
        Edition e = editions.edition(a.code(), fy.be(), n);
        ReportCache.Rendered r = editions.render(a.code(), fy.be(), n, f,
                new RenderOptions(ReportResource.flag("thaiDigits", thaiDigits) && language == Lang.TH)
                        .edition(n, e.publishedAt().atZoneSameInstant(ReportResource.BANGKOK).toLocalDate()), language);
        return ReportResource.answer(request, r, "khet-annual-report-" + a + "-" + fy.be() + "-edition-" + n
                        + ReportResource.suffix(language))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600")
                .header("X-Khet-Edition", n)
                .header("X-Khet-Content-Sha256", e.contentSha256()).build();
    }

    @GET
    @Path("/{number}/diff")
    @Operation(operationId = "compareReportEditions", summary = "What changed from one published edition of an area's report to another",
            description = "Walks both frozen models: tables only in one; each figure (table, row label, column, before, "
                    + "after) changed, added or removed, project pages' budget lines included; each text (paragraph, list "
                    + "item, heading, project page text) changed, added or removed, section by section. Open without a token.")
    @APIResponse(responseCode = "200", description = "The changes from edition `against` to edition `number`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EditionService.Comparison.class)))
    @APIResponse(responseCode = "404", description = "One of the two editions was not published")
    public Response compare(@Parameter(description = "the area office's code", example = "5602") @PathParam("area") AreaCode area,
                            @Parameter(description = "the fiscal year, Buddhist era", example = "2566") @PathParam("fiscalYear") FiscalYear fiscalYear,
                            @Parameter(description = "the edition compared (after)", example = "2") @PathParam("number") String number,
                            @Parameter(description = "the edition to compare it against (before)", example = "1", required = true)
                            @QueryParam("against") String against) {
        AreaCode a = KhetParamConverters.require("area", area, "5602");
        FiscalYear fy = KhetParamConverters.require("fiscalYear", fiscalYear, "2566");
        int n = number("number", number);
        int m = number("against", against);
        return Response.ok(JsonRenderer.write(editions.compare(a.code(), fy.be(), n, m)), ReportFormat.JSON.contentType())
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600").build();
    }

    /** A positive edition number, else a 400 naming the parameter. */
    static int number(String name, String value) {
        if (value != null && value.matches("[1-9][0-9]{0,8}")) {
            return Integer.parseInt(value);
        }
        throw ProblemException.validation(name + " must be an edition number (1, 2, 3 …)",
                List.of(Problem.FieldError.field(name, "expected a positive whole number, got "
                        + (value == null ? "nothing" : "'" + value + "'"))));
    }
}
