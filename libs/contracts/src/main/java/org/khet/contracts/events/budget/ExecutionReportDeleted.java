package org.khet.contracts.events.budget;

import java.time.LocalDate;

/**
 * {@code budget.ExecutionReportDeleted.v1}: an execution snapshot was deleted (usually to send a corrected one for
 * the same date). Key: the report id.
 */
public record ExecutionReportDeleted(String reportId, String areaCode, int fiscalYear, LocalDate asOf) {
    public static final String TYPE = "budget.ExecutionReportDeleted.v1";
}
