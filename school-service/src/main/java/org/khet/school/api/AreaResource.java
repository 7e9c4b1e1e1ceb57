package org.khet.school.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.contracts.AcademicYear;
import org.khet.contracts.AreaCode;
import org.khet.contracts.codes.Labelled;
import org.khet.contracts.codes.SchoolStatus;
import org.khet.kit.params.KhetParamConverters;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.paging.Page;
import org.khet.kit.paging.PageRequest;
import org.khet.contracts.read.school.AreaProfile;
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

import java.util.List;
import java.util.Map;

/** {@code /v1/areas}: area offices, and everything listed per area (districts, schools, networks, staff, summary). */
@Path("/v1/areas")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "areas", description = "Educational Service Area Offices and their Part-1 summary")
public class AreaResource {
    private final AreaService areas;
    private final OfficeService offices;
    private final NetworkService networks;
    private final SchoolService schools;
    private final SummaryService summary;
    private final FactsQueries facts;
    private final SchoolConfig config;

    public AreaResource(AreaService areas, OfficeService offices, NetworkService networks, SchoolService schools,
                        SummaryService summary, FactsQueries facts, SchoolConfig config) {
        this.areas = areas;
        this.offices = offices;
        this.networks = networks;
        this.schools = schools;
        this.summary = summary;
        this.facts = facts;
        this.config = config;
    }

    @GET
    @Operation(summary = "All registered areas, by code")
    public List<AreaProfile> list() {
        return areas.areas();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "An area office's profile with its units and their directors")
    public Response get(@PathParam("code") AreaCode code, @Context Request request) {
        return Responses.read(request, areas.area(code.code()));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register or change an area office (If-Match for changes); publishes school.OrgUnitChanged.v1")
    public Response put(@PathParam("code") AreaCode code, @Valid @NotNull AreaInput in, @Context Request request) {
        return Responses.written(areas.putArea(code.code(), in, Responses.preconditions(request)), "/v1/areas/" + code);
    }

    @GET
    @Path("/{code}/offices")
    @Operation(summary = "The office's units (groups, the internal-audit unit, executives) in report order")
    public List<OfficeUnit> offices(@PathParam("code") AreaCode code) {
        return offices.unitsOf(code.code());
    }

    @PUT
    @Path("/{code}/offices/{unit}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register or change an office unit and its director")
    public OfficeUnit putOffice(@PathParam("code") AreaCode code, @PathParam("unit") String unit, @Valid @NotNull OfficeUnitInput in) {
        return offices.putOfficeUnit(code.code(), unit, in);
    }

    @GET
    @Path("/{code}/districts")
    @Operation(summary = "The area's districts in Thai order")
    public List<DistrictDto> districts(@PathParam("code") AreaCode code) {
        return areas.districts(code.code());
    }

    @GET
    @Path("/{code}/networks")
    @Operation(summary = "The area's school networks with their members")
    public List<SchoolNetwork> networks(@PathParam("code") AreaCode code) {
        return networks.networks(code.code());
    }

    @GET
    @Path("/{code}/schools")
    @Operation(summary = "The area's schools in Thai alphabetical order, paged; filter by district, network or status")
    public Page<SchoolDto> schools(@PathParam("code") AreaCode code, @QueryParam("districtCode") String district,
                                   @QueryParam("networkCode") String network, @QueryParam("status") String status,
                                   @QueryParam("page") String page, @QueryParam("size") String size) {
        return schools.schools(code.code(), blank(district), blank(network), schoolStatus(blank(status)), PageRequest.of(page, size));
    }

    @GET
    @Path("/{code}/staff")
    @Operation(summary = "The office's own staff, by unit")
    public List<OfficeStaffDto> staff(@PathParam("code") AreaCode code) {
        return offices.officeStaffOf(code.code());
    }

    @GET
    @Path("/{code}/admissions")
    @Operation(summary = "Admissions against the plan, school by school, of an academic year")
    public List<FactsQueries.AdmissionDto> admissions(@PathParam("code") AreaCode code,
                                                      @QueryParam("academicYear") AcademicYear year) {
        return facts.admissions(code.code(), KhetParamConverters.require("academicYear", year, "2566").be());
    }

    @GET
    @Path("/{code}/transitions")
    @Operation(summary = "Where graduates of an academic year went, school by school")
    public List<FactsQueries.TransitionDto> transitions(@PathParam("code") AreaCode code,
                                                        @QueryParam("academicYear") AcademicYear year) {
        return facts.transitions(code.code(), KhetParamConverters.require("academicYear", year, "2565").be());
    }

    @GET
    @Path("/{code}/summary")
    @Operation(summary = "Table 1, 1.1.1–1.1.6 and 3.1–3.3 of the annual report, computed from the stored facts, with data-quality findings")
    public AreaSummary summary(@PathParam("code") AreaCode code, @QueryParam("academicYear") AcademicYear year,
                               @QueryParam("round") @DefaultValue("1") String round) {
        return summary.summary(code.code(), KhetParamConverters.require("academicYear", year, "2566").be(),
                Responses.round(round, config.maxRound()));
    }

    @PUT
    @Path("/{code}/summary/reported-figures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record figures as printed in the area's report (compared with the computed ones as findings)")
    public Map<String, Integer> reported(@PathParam("code") AreaCode code, @QueryParam("academicYear") AcademicYear year,
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
