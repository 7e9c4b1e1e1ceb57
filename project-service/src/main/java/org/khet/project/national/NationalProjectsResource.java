package org.khet.project.national;

import org.khet.contracts.read.national.ProjectsArea;
import org.khet.contracts.read.national.NationalProjectsView;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.contracts.FiscalYear;
import org.khet.kit.national.NationalAccess;
import org.khet.kit.national.NationalQuery;
import org.khet.kit.national.NationalRequest;
import org.khet.kit.national.NationalTable;
import org.khet.contracts.read.Page;
import org.khet.kit.params.KhetParamConverters;

import java.util.List;

import static org.khet.kit.national.NationalTable.column;

/** OBEC's view of project-service's data: every area's projects of a year at once. */
@Path("/v1/national/projects")
@Produces({MediaType.APPLICATION_JSON, NationalTable.CSV, NationalTable.XLSX})
@Tag(name = "national projects", description = "Every area's project count, completion and spending of a fiscal "
        + "year, for OBEC: filtered, sorted, paged, or downloaded whole as CSV or XLSX")
public class NationalProjectsResource {
    static final NationalTable<ProjectsArea> TABLE = new NationalTable<>("national-projects",
            column("areaCode", "รหัสเขต", ProjectsArea::areaCode),
            column("nameTh", "สำนักงานเขตพื้นที่การศึกษา", ProjectsArea::nameTh),
            column("affiliation", "สังกัด", ProjectsArea::affiliation),
            column("province", "จังหวัด", ProjectsArea::province),
            column("projects", "จำนวนโครงการ", ProjectsArea::projects),
            column("actionPlan", "ตามแผนปฏิบัติการ", ProjectsArea::actionPlan),
            column("additional", "เพิ่มเติม", ProjectsArea::additional),
            column("completed", "ดำเนินการแล้วเสร็จ", ProjectsArea::completed),
            column("completedPercent", "ร้อยละแล้วเสร็จ", ProjectsArea::completedPercent),
            column("achieved", "บรรลุ", ProjectsArea::achieved),
            column("achievedPercent", "ร้อยละบรรลุ", ProjectsArea::achievedPercent),
            column("budget", "งบประมาณ", ProjectsArea::budget),
            column("spent", "ใช้จริง", ProjectsArea::spent),
            column("spentPercent", "ร้อยละการใช้จ่าย", ProjectsArea::spentPercent));


    private final NationalProjects projects;
    private final NationalAccess access;

    public NationalProjectsResource(NationalProjects projects, NationalAccess access) {
        this.projects = projects;
        this.access = access;
    }

    @GET
    @Operation(operationId = "getNationalProjects",
            summary = "Every area's projects of a fiscal year: count, completion, achievement and spending",
            description = "Per area with projects that year (cancelled ones left out): how many (action-plan and "
                    + "additional), how many completed and achieved with their percentages, the budget, the actual spend "
                    + "and its percentage of the budget. Read by obec-admin and viewer; area and school officers read "
                    + "their own area's row.")
    @APIResponse(responseCode = "200", description = "The roll-up (JSON: a page; csv / xlsx: every row)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NationalProjectsView.class)),
            @Content(mediaType = NationalTable.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = NationalTable.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "403", description = "The token has no role that reads the national roll-ups")
    public Response projects(@Parameter(description = "Buddhist-era fiscal year (required)", example = "2566")
                             @QueryParam("fiscalYear") FiscalYear fiscalYear, @BeanParam NationalRequest request) {
        int year = KhetParamConverters.require("fiscalYear", fiscalYear, "2566").be();
        NationalQuery q = request.query(TABLE.keys());
        List<ProjectsArea> rows = projects.rows(year, q, access.scope(false));
        return TABLE.respond(rows, q, page -> new NationalProjectsView(year, page), String.valueOf(year));
    }
}
