package org.khet.contracts.events.budget;

import java.math.BigDecimal;

/**
 * {@code budget.OperatingPlanRecorded.v1}: the office's operating plan (planned vs spent line items) for a
 * fiscal year was stored or replaced. The totals are sums of the stored lines. Key: the plan id.
 */
public record OperatingPlanRecorded(String planId, String areaCode, int fiscalYear, int lines, BigDecimal planned,
                                    BigDecimal spent) {
    public static final String TYPE = "budget.OperatingPlanRecorded.v1";
}
