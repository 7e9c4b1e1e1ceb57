package org.khet.school.templates;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.contracts.AcademicYear;
import org.khet.contracts.AreaCode;
import org.khet.kit.national.NationalTable;
import org.khet.kit.feed.FeedTemplate;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.params.KhetParamConverters;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;
import org.khet.school.config.SchoolConfig;

import java.util.List;

/** {@code /v1/areas/{area}/templates/{kind}}: the school-level feeds' templates, to fill in and upload as the feed. */
@Path("/v1/areas/{area}/templates/{kind}")
@Tag(name = "feed templates", description = "Templates of the school-level feeds (แบบฟอร์มนำเข้าข้อมูล) as XLSX or CSV: "
        + "one line per expected school, Thai headers, the previous round's figures as a hint; filled in, a template "
        + "uploads to its feed's endpoint unchanged")
public class TemplateResource {
    private final SchoolTemplates templates;
    private final AccessControl access;
    private final OrgDirectory directory;
    private final SchoolConfig config;

    public TemplateResource(SchoolTemplates templates, AccessControl access, OrgDirectory directory, SchoolConfig config) {
        this.templates = templates;
        this.access = access;
        this.directory = directory;
        this.config = config;
    }

    @GET
    @Produces({NationalTable.XLSX, NationalTable.CSV})
    @Operation(operationId = "downloadFeedTemplate",
            summary = "A school-level feed's template for one school or the whole area, as XLSX or CSV",
            description = "kind enrolment, staffing, admissions or transitions. One line per expected school (the "
                    + "collection round's, else those open in the register at the round's snapshot date) and grade, "
                    + "staff type, admission level or graduating stage, with the school's code and Thai name; each "
                    + "header cell is the Thai label over the feed's column name. The figures are empty: the school's "
                    + "previous round is a hint in the XLSX only (a comment on each cell and the sheet ข้อมูลรอบก่อน, "
                    + "which the upload never reads). XLSX checks whole numbers ≥ 0 and the code lists and freezes "
                    + "the header row. Filled in, the file is sent as it is to the kind's feed (POST /v1/enrolment-rounds/feed, "
                    + "/v1/staffing/feed, /v1/admissions/feed, /v1/transitions/feed). Whoever may send the feed for the "
                    + "school or the area may download it.")
    @APIResponse(responseCode = "200", description = "The template, as an attachment", content = {
            @Content(mediaType = NationalTable.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = NationalTable.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "403", description = "The caller may not send this feed for the school or the area")
    public Response download(@Parameter(description = "The area's code", example = "5602") @PathParam("area") AreaCode area,
                             @Parameter(description = "enrolment, staffing, admissions or transitions", example = "enrolment")
                             @PathParam("kind") String kind,
                             @Parameter(description = "Buddhist-era academic year (required)", example = "2566")
                             @QueryParam("academicYear") AcademicYear academicYear,
                             @Parameter(description = "The round: 1 (default) or 2; enrolment and staffing only", example = "1")
                             @QueryParam("round") String round,
                             @Parameter(description = "One school's code: its lines only", example = "1056020002")
                             @QueryParam("school") String school,
                             @Parameter(description = "xlsx (default) or csv", example = "xlsx")
                             @QueryParam("format") String format) {
        int year = KhetParamConverters.require("academicYear", academicYear, "2566").be();
        directory.requireArea(area.code());
        if (!SchoolTemplates.KINDS.contains(kind)) {
            throw ProblemException.notFound("no template of feed kind '" + kind + "'; the kinds are " + SchoolTemplates.KINDS);
        }
        boolean annual = kind.equals("admissions") || kind.equals("transitions");
        int max = annual ? 1 : config.maxRound();
        int r = round == null || round.isBlank() ? 1 : round.strip().matches("[0-9]{1,2}") ? Integer.parseInt(round.strip()) : -1;
        String fmt = format == null || format.isBlank() ? "xlsx" : format.strip().toLowerCase(java.util.Locale.ROOT);
        List<Problem.FieldError> errors = new java.util.ArrayList<>();
        if (r < 1 || r > max) {
            errors.add(Problem.FieldError.field("round", "must be a round from 1 to " + max + " for " + kind + ", got '" + round + "'"));
        }
        if (!fmt.equals("xlsx") && !fmt.equals("csv")) {
            errors.add(Problem.FieldError.field("format", "must be xlsx or csv, got '" + format + "'"));
        }
        String code = school == null || school.isBlank() ? null : school.strip();
        if (code != null && !code.matches("[0-9]{8}|[0-9]{10}")) {
            errors.add(Problem.FieldError.field("school", "must be a school's 8- or 10-digit code, got '" + school + "'"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation("the template's parameters are not valid", errors);
        }
        access.requireWrite(code == null ? area.code() : code);
        FeedTemplate t = templates.template(kind, area.code(), year, r, code);
        String file = kind + "-" + (code == null ? area.code() : code) + "-" + year + (annual ? "" : "-" + r) + "." + fmt;
        return Response.ok(fmt.equals("csv") ? t.csv() : t.xlsx(), fmt.equals("csv") ? NationalTable.CSV : NationalTable.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }
}
