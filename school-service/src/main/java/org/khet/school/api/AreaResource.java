package org.khet.school.api;

import org.khet.kit.etag.CachedReads;
import org.khet.kit.etag.Conditional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.contracts.AcademicYear;
import org.khet.contracts.AreaCode;
import org.khet.contracts.codes.Labelled;
import org.khet.contracts.codes.SchoolStatus;
import org.khet.kit.params.KhetParamConverters;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.contracts.read.Page;
import org.khet.kit.paging.PageRequest;
import org.khet.contracts.read.school.AreaProfile;
import org.khet.contracts.read.school.OfficeStaffMember;
import org.khet.contracts.read.school.OfficeUnit;
import org.khet.contracts.read.school.SchoolNetwork;
import org.khet.school.api.OrgDtos.*;
import org.khet.contracts.read.school.AreaSummary;
import org.khet.school.config.SchoolConfig;
import org.khet.school.service.FactsQueries;
import org.khet.school.service.AreaService;
import org.khet.school.service.NetworkService;
import org.khet.school.service.OfficeService;
import org.khet.school.service.SchoolService;
import org.khet.school.service.SummaryService;
import org.khet.school.rounds.SummaryCoverage;

import java.util.List;
import java.util.Map;

/** {@code /v1/areas}: area offices, and everything listed per area (districts, schools, networks, staff, summary). */
@Path("/v1/areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "areas", description = "Educational Service Area Offices (สำนักงานเขตพื้นที่การศึกษา): their profile and "
        + "units, what is listed per area (districts, schools, networks, office staff, admissions, transitions), and "
        + "the Part-1 summary of the annual report with its data-quality findings")
public class AreaResource {
    private final AreaService areas;
    private final OfficeService offices;
    private final NetworkService networks;
    private final SchoolService schools;
    private final SummaryService summary;
    private final FactsQueries facts;
    private final SchoolConfig config;
    private final CachedReads reads;

    public AreaResource(AreaService areas, OfficeService offices, NetworkService networks, SchoolService schools,
                        SummaryService summary, FactsQueries facts, SchoolConfig config, CachedReads reads) {
        this.reads = reads;
        this.areas = areas;
        this.offices = offices;
        this.networks = networks;
        this.schools = schools;
        this.summary = summary;
        this.facts = facts;
        this.config = config;
    }

    @GET
    @Operation(operationId = "listAreas", summary = "All registered areas, by code",
            description = "Each area's profile; its units are listed with GET /v1/areas/{code}.")
    public List<AreaProfile> list() {
        return areas.areas();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getArea", summary = "An area office's profile with its units and their directors")
    @APIResponse(responseCode = "200", description = "The profile, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaProfile.class)))
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED)
    public Response get(@PathParam("code") AreaCode code, @Context Request request) {
        return Responses.read(request, areas.area(code.code()));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putArea", summary = "Register or change an area office",
            description = "Publishes school.OrgUnitChanged.v1 and school.AreaProfileChanged.v1; the same facts "
                    + "again change nothing and publish nothing.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = ApiDocs.IF_MATCH,
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "Changed (or already so), with the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaProfile.class)))
    @APIResponse(responseCode = "201", description = ApiDocs.CREATED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaProfile.class)))
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_FAILED,
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public Response put(@PathParam("code") AreaCode code, @Valid @NotNull AreaInput in, @Context Request request) {
        return Responses.written(areas.putArea(code.code(), in, Conditional.change(request)), "/v1/areas/" + code);
    }

    @GET
    @Path("/{code}/offices")
    @Operation(operationId = "listOfficeUnits",
            summary = "The office's units (executives, groups, the internal-audit unit) in report order")
    public List<OfficeUnit> offices(@PathParam("code") AreaCode code) {
        return offices.unitsOf(code.code());
    }

    @PUT
    @Path("/{code}/offices/{unit}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putOfficeUnit", summary = "Register or change an office unit and its director",
            description = "A unit code is lower-case letters, digits and dashes; a change publishes "
                    + "school.AreaProfileChanged.v1.")
    public OfficeUnit putOffice(@PathParam("code") AreaCode code, @PathParam("unit") String unit,
                                @Valid @NotNull OfficeUnitInput in) {
        return offices.putOfficeUnit(code.code(), unit, in);
    }

    @GET
    @Path("/{code}/districts")
    @Operation(operationId = "listAreaDistricts",
            summary = "The area's districts (อำเภอ) in Thai order, with the facts of Table 1")
    public List<DistrictDto> districts(@PathParam("code") AreaCode code) {
        return areas.districts(code.code());
    }

    @GET
    @Path("/{code}/networks")
    @Operation(operationId = "listAreaNetworks",
            summary = "The area's school networks with every membership, past ones too")
    public List<SchoolNetwork> networks(@PathParam("code") AreaCode code) {
        return networks.networks(code.code());
    }

    @GET
    @Path("/{code}/schools")
    @Operation(operationId = "listAreaSchools", summary = "The area's schools in Thai alphabetical order, paged",
            description = "Filter by district, by network (its current members) or by status (open, merged, closed).")
    public Page<SchoolDto> schools(@PathParam("code") AreaCode code, @QueryParam("districtCode") String district,
                                   @QueryParam("networkCode") String network,
                                   @Parameter(description = "open, merged or closed") @QueryParam("status") String status,
                                   @Parameter(description = "from 0") @QueryParam("page") String page,
                                   @Parameter(description = "1 to 500, default 50") @QueryParam("size") String size) {
        return schools.schools(code.code(), blank(district), blank(network), schoolStatus(blank(status)),
                PageRequest.of(page, size));
    }

    @GET
    @Path("/{code}/staff")
    @Operation(operationId = "listOfficeStaff",
            summary = "The office's own staff, by unit in report order, then in Thai order")
    public List<OfficeStaffMember> staff(@PathParam("code") AreaCode code) {
        return offices.officeStaffOf(code.code());
    }

    @GET
    @Path("/{code}/admissions")
    @Operation(operationId = "listAreaAdmissions",
            summary = "Admissions against the plan, school by school, of an academic year")
    public List<FactsQueries.AdmissionDto> admissions(
            @PathParam("code") AreaCode code,
            @Parameter(description = "Buddhist era, e.g. 2566", required = true)
            @QueryParam("academicYear") AcademicYear year) {
        return facts.admissions(code.code(), KhetParamConverters.require("academicYear", year, "2566").be());
    }

    @GET
    @Path("/{code}/transitions")
    @Operation(operationId = "listAreaTransitions",
            summary = "Where the graduates of an academic year went, school by school")
    public List<FactsQueries.TransitionDto> transitions(
            @PathParam("code") AreaCode code,
            @Parameter(description = "the year of graduation, Buddhist era, e.g. 2565", required = true)
            @QueryParam("academicYear") AcademicYear year) {
        return facts.transitions(code.code(), KhetParamConverters.require("academicYear", year, "2565").be());
    }

    @GET
    @Path("/{code}/summary")
    @Operation(operationId = "getAreaSummary", summary = "Part 1 of the annual report, computed from the stored facts",
            description = "Table 1, 1.1.1–1.1.6 and 3.1–3.3 of an academic year's enrolment round, every figure "
                    + "by its key (figures), and the data-quality findings: districts reported with other than their "
                    + "open schools, open schools without the round, graduates that do not add up, figures as printed "
                    + "that differ. Where collection rounds cover the year and round, completeness says how "
                    + "complete the figures are (expected, submitted, certified, acknowledged, the missing schools) "
                    + "and on which basis they were counted. Strong ETag; If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The summary, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AreaSummary.class)))
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED)
    public Response summary(@PathParam("code") AreaCode code,
                               @Parameter(description = "Buddhist era, e.g. 2566", required = true)
                               @QueryParam("academicYear") AcademicYear year,
                               @Parameter(description = "1 (10 June) or 2 (10 November)",
                                       schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
                               @QueryParam("round") @DefaultValue("1") String round,
                               @Parameter(description = "Where collection rounds cover the year and round: "
                                       + "acknowledged (default) counts only the figures of submissions the area "
                                       + "acknowledged, submitted every stored figure; completeness says which and "
                                       + "who is missing", schema = @Schema(enumeration = {"acknowledged", "submitted"}))
                               @QueryParam("basis") String basis,
                               @Context Request request) {
        int academicYear = KhetParamConverters.require("academicYear", year, "2566").be();
        int r = Responses.round(round, config.maxRound());
        String b = SummaryCoverage.basis(basis);
        return reads.read(request, new SummaryKey(code.code(), academicYear, r, b),
                () -> summary.summary(code.code(), academicYear, r, b));
    }

    /** What an area's summary depends on: nothing of the caller's (any authenticated client reads it). */
    private record SummaryKey(String area, int academicYear, int round, String basis) {
    }

    @PUT
    @Path("/{code}/summary/reported-figures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putAreaSummaryReportedFigures", summary = "Record figures as printed in the area's report",
            description = "Each under a key of the summary's figures (1.1.1/small/percent); the summary compares them "
                    + "with the computed ones, and every difference is a finding. Answers how many were recorded.")
    public Map<String, Integer> reported(@PathParam("code") AreaCode code,
                                         @Parameter(description = "Buddhist era, e.g. 2566", required = true)
                                         @QueryParam("academicYear") AcademicYear year,
                                         @Valid @NotNull ReportedFigures body) {
        int n = summary.putReportedFigures(code.code(), KhetParamConverters.require("academicYear", year, "2566").be(),
                body.figures());
        return Map.of("recorded", n);
    }

    private static SchoolStatus schoolStatus(String status) {
        if (status != null && Labelled.byCode(SchoolStatus.class, status) == null) {
            throw ProblemException.validation("query parameter 'status' is not valid", List.of(Problem.FieldError.field(
                    "status", "must be one of " + Labelled.codes(SchoolStatus.class) + ", got '" + status + "'")));
        }
        return SchoolStatus.of(status);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
