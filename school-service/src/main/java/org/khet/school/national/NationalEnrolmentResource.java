package org.khet.school.national;

import org.khet.school.api.Responses;
import org.khet.contracts.read.national.EnrolmentArea;
import org.khet.contracts.read.national.NationalEnrolmentView;
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
import org.khet.contracts.AcademicYear;
import org.khet.kit.national.NationalAccess;
import org.khet.kit.national.NationalQuery;
import org.khet.kit.national.NationalRequest;
import org.khet.kit.national.NationalTable;
import org.khet.contracts.read.Page;
import org.khet.kit.params.KhetParamConverters;
import org.khet.school.config.SchoolConfig;

import java.util.List;

import static org.khet.kit.national.NationalTable.column;

/** OBEC's view of school-service's data: every area's enrolment at once. */
@Path("/v1/national/enrolment")
@Produces({MediaType.APPLICATION_JSON, NationalTable.CSV, NationalTable.XLSX})
@Tag(name = "national enrolment", description = "Every area's schools, students and classrooms of a round at once, "
        + "by size class, for OBEC: filtered, sorted, paged, or downloaded whole as CSV or XLSX")
public class NationalEnrolmentResource {
    static final NationalTable<EnrolmentArea> TABLE = new NationalTable<>("national-enrolment",
            column("areaCode", "รหัสเขต", EnrolmentArea::areaCode),
            column("nameTh", "สำนักงานเขตพื้นที่การศึกษา", EnrolmentArea::nameTh),
            column("affiliation", "สังกัด", EnrolmentArea::affiliation),
            column("province", "จังหวัด", EnrolmentArea::province),
            column("schools", "จำนวนโรงเรียน", EnrolmentArea::schools),
            column("students", "จำนวนนักเรียน", EnrolmentArea::students),
            column("classrooms", "จำนวนห้องเรียน", EnrolmentArea::classrooms),
            column("small", "ขนาดเล็ก", EnrolmentArea::small),
            column("medium", "ขนาดกลาง", EnrolmentArea::medium),
            column("large", "ขนาดใหญ่", EnrolmentArea::large),
            column("extraLarge", "ขนาดใหญ่พิเศษ", EnrolmentArea::extraLarge),
            column("smallPercent", "ร้อยละโรงเรียนขนาดเล็ก", EnrolmentArea::smallPercent));


    private final NationalEnrolment enrolment;
    private final NationalAccess access;
    private final SchoolConfig config;

    public NationalEnrolmentResource(NationalEnrolment enrolment, NationalAccess access, SchoolConfig config) {
        this.enrolment = enrolment;
        this.access = access;
        this.config = config;
    }

    @GET
    @Operation(operationId = "getNationalEnrolment",
            summary = "Every area's schools, students and classrooms of a round, by size class, with the total",
            description = "Per area, the schools that sent the round, their students and classrooms, the schools by size "
                    + "class of their students (small ≤ 120, medium ≤ 600, large ≤ 1,500, extra large above) and the small "
                    + "schools' percentage; the total is that of every row the filter and the caller's scope show. Read by "
                    + "obec-admin and viewer; area and school officers read their own area's row.")
    @APIResponse(responseCode = "200", description = "The roll-up (JSON: a page and the total; csv / xlsx: every row)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NationalEnrolmentView.class)),
            @Content(mediaType = NationalTable.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = NationalTable.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "403", description = "The token has no role that reads the national roll-ups")
    public Response enrolment(@Parameter(description = "Buddhist-era academic year (required)", example = "2566")
                              @QueryParam("academicYear") AcademicYear academicYear,
                              @Parameter(description = "The round: 1 (10 June, default) or 2 (10 November)", example = "1")
                              @QueryParam("round") String round,
                              @BeanParam NationalRequest request) {
        int year = KhetParamConverters.require("academicYear", academicYear, "2566").be();
        int r = Responses.round(round == null || round.isBlank() ? "1" : round, config.maxRound());
        NationalQuery q = request.query(TABLE.keys());
        List<EnrolmentArea> rows = enrolment.rows(year, r, q, access.scope(false));
        return TABLE.respond(rows, q, page -> new NationalEnrolmentView(year, r, page, NationalEnrolment.total(rows)),
                year + "-" + r);
    }
}
