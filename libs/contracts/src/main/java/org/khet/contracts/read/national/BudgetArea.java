package org.khet.contracts.read.national;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An area's budget at a date: the allocation (its allotments dated on or before the execution snapshot's date, so
 * that both figures are of one date; on or before the date asked where the area has no snapshot yet), the
 * disbursement and PO commitments of its latest snapshot on or before the date asked, and the percentage disbursed.
 *
 * @param rank among every area with a percentage, highest first, ties sharing a rank
 */
public record BudgetArea(Integer rank, int rankOf, String areaCode, String nameTh, String affiliation,
                         String province, LocalDate asOf, BigDecimal allocated, BigDecimal disbursed,
                         BigDecimal committed, BigDecimal remaining, BigDecimal percentDisbursed) {
}
