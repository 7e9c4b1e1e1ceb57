package org.khet.budget.mapping;

import org.khet.budget.api.Dtos.AllotmentDto;
import org.khet.budget.api.Dtos.CategoryDto;
import org.khet.budget.api.Dtos.ExecutionLineDto;
import org.khet.budget.api.Dtos.ExecutionReportDto;
import org.khet.budget.api.Dtos.FiscalYearDto;
import org.khet.contracts.read.budget.AreaBudgetView.ReportedTotal;
import org.khet.budget.domain.Allotment;
import org.khet.budget.domain.BudgetCategory;
import org.khet.budget.domain.ExecutionReport;
import org.khet.budget.domain.FiscalYearEntry;
import org.khet.contracts.Money;

import java.util.Comparator;
import java.util.Map;

/** Entities to DTOs, in one place. */
public final class BudgetMapper {
    private BudgetMapper() {
    }

    public static CategoryDto category(BudgetCategory c) {
        return new CategoryDto(c.code, c.nameTh, c.nameEn, c.sortOrder);
    }

    public static FiscalYearDto fiscalYear(FiscalYearEntry y) {
        return new FiscalYearDto(y.be, y.startsOn, y.endsOn);
    }

    public static AllotmentDto allotment(Allotment a, Map<String, BudgetCategory> categories) {
        BudgetCategory c = categories.get(a.categoryCode);
        return new AllotmentDto(a.id.toString(), a.areaCode, a.fiscalYear, a.categoryCode, c == null ? null : c.nameTh,
                a.documentNo, a.allottedOn, a.amount, a.note, a.createdBy, a.createdAt, a.version);
    }

    public static ExecutionReportDto executionReport(ExecutionReport r, Map<String, BudgetCategory> categories) {
        var lines = r.lines.stream()
                .sorted(Comparator.comparingInt(l -> categories.containsKey(l.categoryCode) ? categories.get(l.categoryCode).sortOrder : 99))
                .map(l -> new ExecutionLineDto(l.categoryCode,
                        categories.containsKey(l.categoryCode) ? categories.get(l.categoryCode).nameTh : null,
                        l.reportedAllocated, l.disbursed, l.committed, l.reportedRemaining, l.reportedPercent))
                .toList();
        ReportedTotal total = r.reportedTotalAllocated == null && r.reportedTotalDisbursed == null
                && r.reportedTotalCommitted == null && r.reportedTotalRemaining == null && r.reportedTotalPercent == null
                ? null
                : new ReportedTotal(r.reportedTotalAllocated, r.reportedTotalDisbursed, r.reportedTotalCommitted,
                r.reportedTotalRemaining, r.reportedTotalPercent);
        return new ExecutionReportDto(r.id.toString(), r.areaCode, r.fiscalYear, r.asOf, r.source, lines,
                Money.sum(lines.stream().map(ExecutionLineDto::disbursed).toList()),
                Money.sum(lines.stream().map(ExecutionLineDto::committed).toList()),
                total, r.createdBy, r.createdAt, r.version);
    }
}
