package org.khet.contracts.events.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code budget.ExecutionReported.v1}: a snapshot of budget execution (ผลการเบิกจ่าย) "as of" a date was stored,
 * with the figures as the finance system reported them per category. Key: the report id.
 *
 * @param totalDisbursed sum of the lines' disbursed amounts (computed by Khet)
 * @param totalCommitted sum of the lines' PO-committed amounts (computed by Khet)
 */
public record ExecutionReported(String reportId, String areaCode, int fiscalYear, LocalDate asOf, List<Line> lines,
                                BigDecimal totalDisbursed, BigDecimal totalCommitted) {
    public static final String TYPE = "budget.ExecutionReported.v1";

    /** One category as reported; {@code reported*} figures are nullable (not every system prints them). */
    public record Line(String category, BigDecimal reportedAllocated, BigDecimal disbursed, BigDecimal committed,
                       BigDecimal reportedRemaining, BigDecimal reportedPercent) {
    }
}
