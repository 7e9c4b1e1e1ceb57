package org.khet.report.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.contracts.AreaCode;
import org.khet.contracts.FiscalYear;
import org.khet.kit.etag.Conditional;
import org.khet.kit.etag.ETags;
import org.khet.kit.params.KhetParamConverters;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;
import org.khet.report.service.ReportCache;
import org.khet.report.texts.ReportText;
import org.khet.report.texts.ReportTexts;
import org.khet.report.texts.TextBlock;

import java.util.List;
import java.util.Set;

/**
 * The office's own narrative blocks of its annual report (foreword and its signatories, mandate and duties, borders
 * and districts, the policy announcement's introduction, the core values' heading, Part 4, the credits).
 */
@Path("/v1/reports/texts/{area}/{fiscalYear}/{block}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "report-texts", description = "The office's own texts of its annual report per area and fiscal year — "
        + "the foreword (คำนำ) and who signs it, the legal mandate and duties, the borders and the districts' "
        + "paragraphs, the policy announcement's introduction, the core values' heading, Part 4 (problems and "
        + "obstacles, suggestions and development approach) and the credits (คณะผู้จัดทำ) — as paragraphs and "
        + "numbered or bulleted lists; a year without its own texts reads the latest earlier year's as a draft")
public class ReportTextResource {
    private static final String BLOCKS = "foreword, signatories, mandate, borders, districts, policy-intro, "
            + "core-values, part4 or credits";

    private final ReportTexts texts;
    private final ReportCache cache;
    private final AccessControl access;

    public ReportTextResource(ReportTexts texts, ReportCache cache, AccessControl access) {
        this.texts = texts;
        this.cache = cache;
        this.access = access;
    }

    @GET
    @Operation(operationId = "getReportText", summary = "A narrative block of an area's annual report for a fiscal year",
            description = "The year's own texts, or (draft: true, version 0) the latest earlier year's, copied forward "
                    + "until the office stores its own. ETag names the version; If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The block's texts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportTexts.Answer.class)))
    @APIResponse(responseCode = "304", description = "The texts have not changed since the ETag given in If-None-Match")
    @APIResponse(responseCode = "404", description = "The block is not " + BLOCKS + ", or neither this year nor an "
            + "earlier one has texts for it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response getReportText(@Parameter(description = "the area office's code", example = "5602") @PathParam("area") AreaCode area,
                                  @Parameter(description = "the fiscal year, Buddhist era", example = "2566") @PathParam("fiscalYear") FiscalYear fiscalYear,
                                  @Parameter(description = BLOCKS, example = "part4") @PathParam("block") String block,
                                  @Context Request request) {
        access.requireRead();
        AreaCode a = KhetParamConverters.require("area", area, "5602");
        FiscalYear fy = KhetParamConverters.require("fiscalYear", fiscalYear, "2566");
        TextBlock b = block(block);
        ReportTexts.Answer answer = texts.read(a.code(), fy.be(), b).orElseThrow(() -> ProblemException.notFound(
                "area " + a.code() + " has no " + b.key() + " texts for fiscal year " + fy.be()
                        + " or an earlier one; PUT stores them"));
        return Conditional.read(request, answer.version(), answer);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putReportText", summary = "Replace a narrative block of an area's annual report for a fiscal year",
            description = "By the area's area-officer or obec-admin. Stores the year's own texts (a draft becomes the "
                    + "year's own) and drops the area's cached reports. If-Match with the ETag read (\"0\" for a draft "
                    + "or nothing) guards against overwriting another's change. elementsEn, optional, is the office's "
                    + "English version of the block: the English report prints it instead of the Thai (absent: the "
                    + "Thai under a note); it is stored, copied forward and frozen with an edition as the Thai is.")
    @APIResponse(responseCode = "200", description = "The stored texts, with their new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportTexts.Answer.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid; the problem names it (elements[i].items[j] …)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "404", description = "The block is not " + BLOCKS,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "412", description = "If-Match does not name the stored version; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response putReportText(@Parameter(description = "the area office's code", example = "5602") @PathParam("area") AreaCode area,
                                  @Parameter(description = "the fiscal year, Buddhist era", example = "2566") @PathParam("fiscalYear") FiscalYear fiscalYear,
                                  @Parameter(description = BLOCKS, example = "part4") @PathParam("block") String block,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Context Request request, ReportText body) {
        AreaCode a = KhetParamConverters.require("area", area, "5602");
        FiscalYear fy = KhetParamConverters.require("fiscalYear", fiscalYear, "2566");
        TextBlock b = block(block);
        access.requireRole(a.code(), "area-officer", "obec-admin");
        ReportText text = ReportTexts.validate(body);
        long version = texts.replace(a.code(), fy.be(), b, text, Conditional.change(request, ifMatch), access.actor());
        // later years copy these forward until they store their own: every year of the area is dropped
        cache.invalidate(a.code(), Set.of());
        ReportTexts.Answer answer = new ReportTexts.Answer(a.code(), fy.be(), b.key(), b.titleTh(), false, fy.be(),
                version, text.elements(), text.elementsEn());
        return Response.ok(answer).tag(ETags.of(version)).build();
    }

    private static TextBlock block(String key) {
        return TextBlock.byKey(key).orElseThrow(() -> new ProblemException(404, "not-found", "Not found",
                "no report text block '" + key + "'; the blocks are " + BLOCKS,
                List.of(Problem.FieldError.field("block", "must be " + BLOCKS))));
    }
}
