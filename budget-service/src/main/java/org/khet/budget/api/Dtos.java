package org.khet.budget.api;

import org.khet.contracts.read.budget.AreaBudgetView.ReportedTotal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The request and response bodies of budget-service (entities never cross the API). */
public final class Dtos {
    private Dtos() {
    }

    public record CategoryDto(String code, String nameTh, String nameEn, int sortOrder) {
    }

    public record FiscalYearDto(int fiscalYear, LocalDate startsOn, LocalDate endsOn) {
    }

    /** A new allotment; {@code amount} negative for a transfer out. */
    public record NewAllotment(String areaCode, Integer fiscalYear, String category, String documentNo,
                               LocalDate allottedOn, BigDecimal amount, String note) {
    }

    public record AllotmentDto(String id, String areaCode, int fiscalYear, String category, String categoryNameTh,
                               String documentNo, LocalDate allottedOn, BigDecimal amount, String note,
                               String createdBy, OffsetDateTime createdAt, long version) {
    }

    /** One category of a new execution snapshot; every figure except {@code disbursed} is optional. */
    public record NewExecutionLine(String category, BigDecimal allocated, BigDecimal disbursed, BigDecimal committed,
                                   BigDecimal remaining, BigDecimal percentDisbursed) {
    }

    public record NewExecutionReport(String areaCode, Integer fiscalYear, LocalDate asOf, String source,
                                     List<NewExecutionLine> lines, ReportedTotal reportedTotal) {
    }

    public record ExecutionLineDto(String category, String categoryNameTh, BigDecimal reportedAllocated,
                                   BigDecimal disbursed, BigDecimal committed, BigDecimal reportedRemaining,
                                   BigDecimal reportedPercentDisbursed) {
    }

    public record ExecutionReportDto(String id, String areaCode, int fiscalYear, LocalDate asOf, String source,
                                     List<ExecutionLineDto> lines, BigDecimal totalDisbursed, BigDecimal totalCommitted,
                                     ReportedTotal reportedTotal, String createdBy, OffsetDateTime createdAt,
                                     long version) {
    }

    /** One point of the disbursement curve: a snapshot's totals. */
    public record CurvePoint(LocalDate asOf, String executionReportId, BigDecimal allocated, BigDecimal disbursed,
                             BigDecimal committed, BigDecimal percentDisbursed,
                             BigDecimal percentDisbursedOrCommitted) {
    }
}
