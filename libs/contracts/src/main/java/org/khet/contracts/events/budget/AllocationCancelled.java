package org.khet.contracts.events.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code budget.AllocationCancelled.v1}: an allotment recorded by mistake was removed; {@code amount} is what it
 * had added to the category's allocation. Key: the allotment id.
 */
public record AllocationCancelled(String allotmentId, String areaCode, int fiscalYear, String category,
                                  String documentNo, LocalDate allottedOn, BigDecimal amount) {
    public static final String TYPE = "budget.AllocationCancelled.v1";
}
