package org.khet.budget.national;

import org.khet.contracts.read.national.BudgetArea;
import org.khet.contracts.read.national.NationalBudgetView;
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
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import static org.khet.kit.national.NationalTable.column;

/** OBEC's view of budget-service's data: every area's budget execution at a date, ranked. */
@Path("/v1/national/budget")
@Produces({MediaType.APPLICATION_JSON, NationalTable.CSV, NationalTable.XLSX})
@Tag(name = "national budget", description = "Every area's allocation, disbursement and % disbursed at a date, ranked, "
        + "for OBEC: filtered, sorted, paged, or downloaded whole as CSV or XLSX")
public class NationalBudgetResource {
    static final NationalTable<BudgetArea> TABLE = new NationalTable<>("national-budget",
            column("rank", "อันดับที่", BudgetArea::rank),
            column("areaCode", "รหัสเขต", BudgetArea::areaCode),
            column("nameTh", "สำนักงานเขตพื้นที่การศึกษา", BudgetArea::nameTh),
            column("affiliation", "สังกัด", BudgetArea::affiliation),
            column("province", "จังหวัด", BudgetArea::province),
            column("asOf", "ข้อมูล ณ วันที่", BudgetArea::asOf),
            column("allocated", "ได้รับจัดสรร", BudgetArea::allocated),
            column("disbursed", "เบิกจ่าย", BudgetArea::disbursed),
            column("committed", "ก่อหนี้ผูกพัน (PO)", BudgetArea::committed),
            column("remaining", "คงเหลือ", BudgetArea::remaining),
            column("percentDisbursed", "ร้อยละการเบิกจ่าย", BudgetArea::percentDisbursed));


    private final NationalBudget budget;
    private final NationalAccess access;

    public NationalBudgetResource(NationalBudget budget, NationalAccess access) {
        this.budget = budget;
        this.access = access;
    }

    @GET
    @Operation(operationId = "getNationalBudget",
            summary = "Every area's allocation, disbursement and % disbursed at a date, ranked by % disbursed",
            description = "Per area, its latest execution snapshot on or before asOf (default: the fiscal year's last "
                    + "day): disbursed and PO-committed, with the allocation of its allotments up to the snapshot's date, "
                    + "the remainder and the percentage disbursed, ranked highest first (ties share a rank; areas without "
                    + "a snapshot have no rank). Read by obec-admin and viewer; area and school officers read their own "
                    + "area's row.")
    @APIResponse(responseCode = "200", description = "The roll-up (JSON: a page; csv / xlsx: every row)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NationalBudgetView.class)),
            @Content(mediaType = NationalTable.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = NationalTable.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "403", description = "The token has no role that reads the national roll-ups")
    public Response budget(@Parameter(description = "Buddhist-era fiscal year (required)", example = "2566")
                           @QueryParam("fiscalYear") FiscalYear fiscalYear,
                           @Parameter(description = "The date (ISO, e.g. 2023-09-30) the figures are at; default the "
                                   + "fiscal year's last day") @QueryParam("asOf") String asOf,
                           @BeanParam NationalRequest request) {
        int year = KhetParamConverters.require("fiscalYear", fiscalYear, "2566").be();
        LocalDate date = asOf(asOf, year);
        NationalQuery q = request.query(TABLE.keys());
        List<BudgetArea> rows = budget.rows(year, date, q, access.scope(false));
        return TABLE.respond(rows, q, page -> new NationalBudgetView(year, date, page), year + "-" + date);
    }

    /** 30 September of the fiscal year (BE 2566 ends on 30 Sep 2023) unless a date is given. */
    private static LocalDate asOf(String raw, int fiscalYear) {
        if (raw == null || raw.isBlank()) {
            return LocalDate.of(fiscalYear - 543, 9, 30);
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.validation("the date is not valid", List.of(Problem.FieldError.field("asOf",
                    "must be an ISO date such as 2023-09-30, got '" + raw + "'")));
        }
    }
}
