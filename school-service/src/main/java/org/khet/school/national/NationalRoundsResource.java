package org.khet.school.national;

import org.khet.school.api.Responses;
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
import org.khet.kit.params.KhetParamConverters;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.school.config.SchoolConfig;
import org.khet.school.rounds.RoundKinds;

import java.util.ArrayList;
import java.util.List;

import static org.khet.kit.national.NationalTable.column;

/** OBEC's view of the collection rounds: every area's completeness in a round of a kind and year at once. */
@Path("/v1/national/collection-rounds")
@Produces({MediaType.APPLICATION_JSON, NationalTable.CSV, NationalTable.XLSX})
@Tag(name = "national collection rounds", description = "Every area's expected, submitted, certified, acknowledged and "
        + "late schools in a collection round of a kind and year, for OBEC: filtered, sorted, paged, or as CSV or XLSX")
public class NationalRoundsResource {
    static final NationalTable<RoundArea> TABLE = new NationalTable<>("national-collection-rounds",
            column("areaCode", "รหัสเขต", RoundArea::areaCode),
            column("nameTh", "สำนักงานเขตพื้นที่การศึกษา", RoundArea::nameTh),
            column("affiliation", "สังกัด", RoundArea::affiliation),
            column("province", "จังหวัด", RoundArea::province),
            column("state", "สถานะรอบ", RoundArea::state),
            column("closesOn", "วันปิดรับ", RoundArea::closesOn),
            column("expected", "ต้องส่ง", RoundArea::expected),
            column("submitted", "ส่งแล้ว", RoundArea::submitted),
            column("certified", "ผอ. รับรองแล้ว", RoundArea::certified),
            column("acknowledged", "เขตรับทราบแล้ว", RoundArea::acknowledged),
            column("late", "ส่งช้า", RoundArea::late),
            column("missing", "ยังไม่ส่ง", RoundArea::missing),
            column("onTimeRate", "ร้อยละส่งตรงเวลา", RoundArea::onTimeRate));

    private final NationalRounds rounds;
    private final NationalAccess access;
    private final SchoolConfig config;

    public NationalRoundsResource(NationalRounds rounds, NationalAccess access, SchoolConfig config) {
        this.rounds = rounds;
        this.access = access;
        this.config = config;
    }

    @GET
    @Operation(operationId = "getNationalCollectionRounds",
            summary = "Every area's completeness in a collection round of a kind and year, with the total",
            description = "Per area, the round that covers it (its own, else the national round; none yet: zeros and "
                    + "no round) and its expected, submitted, certified (by the director), acknowledged (by the area), "
                    + "late and missing schools and the on-time rate, counted as the round's own completeness is; the "
                    + "total is that of every row the filter and the caller's scope show. Read by obec-admin and viewer; "
                    + "area and school officers read their own area's row.")
    @APIResponse(responseCode = "200", description = "The roll-up (JSON: a page and the total; csv / xlsx: every row)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NationalRoundsView.class)),
            @Content(mediaType = NationalTable.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = NationalTable.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "403", description = "The token has no role that reads the national roll-ups")
    public Response collectionRounds(@Parameter(description = "The round's kind: enrolment, staffing, admissions or transitions (required)",
                                             example = "enrolment") @QueryParam("kind") String kind,
                                     @Parameter(description = "Buddhist-era academic year (required)", example = "2566")
                                     @QueryParam("academicYear") AcademicYear academicYear,
                                     @Parameter(description = "The round: 1 (default), 2, …", example = "1")
                                     @QueryParam("round") String round,
                                     @BeanParam NationalRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (kind == null || !RoundKinds.SCHOOL_SERVICE.contains(kind)) {
            errors.add(Problem.FieldError.field("kind", "is required, one of " + RoundKinds.SCHOOL_SERVICE
                    + (kind == null ? "" : ", got '" + kind + "'")));
        }
        int r = Responses.round(round == null || round.isBlank() ? "1" : round, config.maxRound(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation("the round asked for is not valid", errors);
        }
        int year = KhetParamConverters.require("academicYear", academicYear, "2566").be();
        NationalQuery q = request.query(TABLE.keys());
        List<RoundArea> rows = rounds.rows(kind, year, r, q, access.scope(false));
        return TABLE.respond(rows, q, page -> new NationalRoundsView(kind, year, r, page, NationalRounds.total(rows)),
                kind + "-" + year + "-" + r);
    }
}
