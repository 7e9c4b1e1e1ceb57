package org.khet.assessment.national;

import org.khet.contracts.read.national.TestArea;
import org.khet.contracts.read.national.ItaArea;
import org.khet.contracts.read.national.NationalTestsView;
import org.khet.contracts.read.national.ItaRankingView;
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
import org.khet.contracts.FiscalYear;
import org.khet.kit.national.NationalAccess;
import org.khet.kit.national.NationalQuery;
import org.khet.kit.national.NationalRequest;
import org.khet.kit.national.NationalTable;
import org.khet.contracts.read.Page;
import org.khet.kit.params.KhetParamConverters;

import java.util.List;

import static org.khet.kit.national.NationalTable.column;

/** OBEC's view of assessment-service's data: every area at once, ranked and compared. */
@Path("/v1/national")
@Produces({MediaType.APPLICATION_JSON, NationalTable.CSV, NationalTable.XLSX})
@Tag(name = "national roll-ups", description = "Every area's figures of a year at once, ranked and compared, for OBEC: "
        + "filtered by affiliation and province, sorted, paged, or downloaded whole as CSV or XLSX")
public class NationalResource {
    static final NationalTable<ItaArea> ITA = new NationalTable<>("national-ita",
            column("rank", "อันดับที่", ItaArea::rank),
            column("areaCode", "รหัสเขต", ItaArea::areaCode),
            column("nameTh", "สำนักงานเขตพื้นที่การศึกษา", ItaArea::nameTh),
            column("affiliation", "สังกัด", ItaArea::affiliation),
            column("province", "จังหวัด", ItaArea::province),
            column("score", "คะแนน ITA", ItaArea::score),
            column("grade", "ระดับผลคะแนน", ItaArea::grade),
            column("passes", "ผ่านเกณฑ์", ItaArea::passes),
            column("previousScore", "คะแนนปีก่อน", ItaArea::previousScore),
            column("change", "เปรียบเทียบกับปีก่อน", ItaArea::change),
            column("reportedRank", "อันดับที่รายงาน", ItaArea::reportedRank));
    static final NationalTable<TestArea> TESTS = new NationalTable<>("national-tests",
            column("test", "การทดสอบ", TestArea::test),
            column("subject", "รหัสวิชา", TestArea::subject),
            column("subjectTh", "วิชา", TestArea::subjectTh),
            column("rank", "อันดับที่", TestArea::rank),
            column("areaCode", "รหัสเขต", TestArea::areaCode),
            column("nameTh", "สำนักงานเขตพื้นที่การศึกษา", TestArea::nameTh),
            column("affiliation", "สังกัด", TestArea::affiliation),
            column("province", "จังหวัด", TestArea::province),
            column("mean", "ค่าเฉลี่ยร้อยละ", TestArea::mean),
            column("takers", "จำนวนผู้เข้าสอบ", TestArea::takers),
            column("source", "ที่มา", TestArea::source));


    private final ItaRanking ita;
    private final NationalTests tests;
    private final NationalAccess access;

    public NationalResource(ItaRanking ita, NationalTests tests, NationalAccess access) {
        this.ita = ita;
        this.tests = tests;
        this.access = access;
    }

    @GET
    @Path("/ita")
    @Operation(operationId = "getNationalIta",
            summary = "The ITA ranking of every area for a fiscal year: score, grade, rank computed from the scores, change",
            description = "Every area with a graded ITA score that year, ranked highest first (ties share a rank, the next "
                    + "rank skips as many, as OBEC's published table does); the grade and pass from the ITA rubric; the "
                    + "change on the previous fiscal year's score. Ranks are national whatever the filter. Read by "
                    + "obec-admin, viewer, and whole by area and school officers (OBEC publishes it to every area).")
    @APIResponse(responseCode = "200", description = "The ranking (JSON: a page; csv / xlsx: every row)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItaRankingView.class)),
            @Content(mediaType = NationalTable.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = NationalTable.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "403", description = "The token has no role that reads the national roll-ups")
    public Response ita(@Parameter(description = "Buddhist-era fiscal year (required)", example = "2566")
                        @QueryParam("fiscalYear") FiscalYear fiscalYear, @BeanParam NationalRequest request) {
        int year = KhetParamConverters.require("fiscalYear", fiscalYear, "2566").be();
        NationalQuery q = request.query(ITA.keys());
        List<ItaArea> rows = ita.rows(year, q, access.scope(true));
        return ITA.respond(rows, q, page -> new ItaRankingView(year, page), String.valueOf(year));
    }

    @GET
    @Path("/tests")
    @Operation(operationId = "getNationalTests",
            summary = "Every area's O-NET, NT and RT means per subject with takers and rank, and the national figures",
            description = "Each area's mean in each subject (its published mean, or the takers-weighted mean of its "
                    + "schools') with its takers and its rank among the areas; per subject, the takers-weighted mean "
                    + "over every area beside OBEC's and the nation's published means, and a finding "
                    + "(assessment.national-obec-mean) where OBEC's differs from it by more than 0.01. The national "
                    + "figures are over every area whatever the filter. Area and school officers read the national "
                    + "figures and their own area's rows.")
    @APIResponse(responseCode = "200", description = "The roll-up (JSON: a page of rows; csv / xlsx: every row)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NationalTestsView.class)),
            @Content(mediaType = NationalTable.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = NationalTable.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "403", description = "The token has no role that reads the national roll-ups")
    public Response tests(@Parameter(description = "Buddhist-era academic year (required)", example = "2565")
                          @QueryParam("academicYear") AcademicYear academicYear,
                          @Parameter(description = "Only this test's subjects", example = "ONET-P6") @QueryParam("test") String test,
                          @BeanParam NationalRequest request) {
        int year = KhetParamConverters.require("academicYear", academicYear, "2565").be();
        NationalQuery q = request.query(TESTS.keys());
        NationalTests.Result r = tests.compute(year, test == null || test.isBlank() ? null : test.strip(), q,
                access.scope(false));
        return TESTS.respond(r.rows(), q, page -> new NationalTestsView(year, page, r.national(), r.findings()),
                String.valueOf(year));
    }
}
