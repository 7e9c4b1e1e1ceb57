package org.khet.budget.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.budget.domain.BudgetCategory;
import org.khet.budget.domain.FiscalYearEntry;
import org.khet.budget.mapping.BudgetMapper;
import org.khet.contracts.FiscalYear;
import org.khet.kit.problem.ProblemException;

import java.util.List;

/** Budget categories and fiscal years: reference data, readable by anyone. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "budget-reference", description = "Reference data: the budget categories (หมวดงบประมาณ) and the fiscal years "
        + "(ปีงบประมาณ, Buddhist era) Khet holds budgets for")
public class ReferenceResource {

    @GET
    @Path("/budget-categories")
    @Operation(operationId = "listBudgetCategories", summary = "The budget categories (หมวดงบประมาณ) in report order")
    public List<Dtos.CategoryDto> categories() {
        return BudgetCategory.ordered().stream().map(BudgetMapper::category).toList();
    }

    @GET
    @Path("/budget-categories/{code}")
    @Operation(operationId = "getBudgetCategory", summary = "One budget category")
    public Dtos.CategoryDto category(@PathParam("code") String code) {
        BudgetCategory c = BudgetCategory.findById(code);
        if (c == null) {
            throw ProblemException.notFound("budget category '" + code + "' does not exist");
        }
        return BudgetMapper.category(c);
    }

    @GET
    @Path("/fiscal-years")
    @Operation(operationId = "listFiscalYears", summary = "The fiscal years (ปีงบประมาณ, 1 Oct – 30 Sep, Buddhist era) Khet holds budgets for")
    public List<Dtos.FiscalYearDto> fiscalYears() {
        return FiscalYearEntry.<FiscalYearEntry>listAll(io.quarkus.panache.common.Sort.by("be"))
                .stream().map(BudgetMapper::fiscalYear).toList();
    }

    @GET
    @Path("/fiscal-years/{fiscalYear}")
    @Operation(operationId = "getFiscalYear", summary = "One fiscal year")
    public Dtos.FiscalYearDto fiscalYear(@PathParam("fiscalYear") FiscalYear fiscalYear) {
        FiscalYearEntry y = FiscalYearEntry.findById(fiscalYear.be());
        if (y == null) {
            throw ProblemException.notFound("fiscal year " + fiscalYear.be() + " is not held (see /v1/fiscal-years)");
        }
        return BudgetMapper.fiscalYear(y);
    }
}
