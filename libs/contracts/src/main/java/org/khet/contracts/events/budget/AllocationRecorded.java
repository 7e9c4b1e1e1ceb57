package org.khet.contracts.events.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code budget.AllocationRecorded.v1}: an allotment (การจัดสรรงบประมาณ) of one budget category to an area was
 * recorded. A transfer out is a negative {@code amount}; the allocation on a date is the sum of the allotments
 * dated on or before it. Key: the allotment id.
 *
 * @param category budget category code (personnel, operating, investment, subsidy, other)
 */
public record AllocationRecorded(String allotmentId, String areaCode, int fiscalYear, String category,
                                 String documentNo, LocalDate allottedOn, BigDecimal amount, String note) {
    public static final String TYPE = "budget.AllocationRecorded.v1";
}
