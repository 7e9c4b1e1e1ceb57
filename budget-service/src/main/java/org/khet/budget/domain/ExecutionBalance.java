package org.khet.budget.domain;

import org.khet.contracts.Finding;
import org.khet.contracts.Percent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The balance rules of an execution row (ผลการเบิกจ่าย): remaining = allocated − disbursed − PO-committed, and the
 * share disbursed = disbursed / allocated × 100, rounded half-up to two decimals. Compares the reported figures
 * with the computed ones and says where they disagree.
 */
public final class ExecutionBalance {
    public static final String TABLE = "execution";
    public static final String SOURCE = "budget-service";
    /** A category's reported allocation is not the sum of its recorded allotments. */
    public static final String ALLOTTED = "budget.allotted";
    /** A total row's figure is not the sum of the category rows'. */
    public static final String TOTAL = "budget.total";
    /** A row does not balance: remaining ≠ allocated − disbursed − PO-committed. */
    public static final String REMAINING = "budget.remaining";
    /** A reported percentage disbursed is not disbursed / allocated × 100. */
    public static final String PERCENT_DISBURSED = "budget.percent-disbursed";

    private ExecutionBalance() {
    }

    /** The computed figures of one row (a category, or the total). */
    public record Row(BigDecimal allocated, BigDecimal disbursed, BigDecimal committed, BigDecimal remaining,
                      BigDecimal percentDisbursed, BigDecimal percentDisbursedOrCommitted) {
        public static Row of(BigDecimal allocated, BigDecimal disbursed, BigDecimal committed) {
            BigDecimal remaining = allocated.subtract(disbursed).subtract(committed);
            return new Row(allocated, disbursed, committed, remaining, Percent.of(disbursed, allocated),
                    Percent.of(disbursed.add(committed), allocated));
        }
    }

    /** Figures printed beside a row; any may be null (not reported). */
    public record Reported(BigDecimal allocated, BigDecimal disbursed, BigDecimal committed, BigDecimal remaining,
                           BigDecimal percentDisbursed) {
    }

    /**
     * Findings where the reported figures of a row disagree with the computed ones.
     *
     * @param area                   the area the row is of (the findings' subject)
     * @param rowsReportedRemaining  for the total row, the sum of the category rows' reported remaining when every
     *                               row reported one (a reported total equal to it is said to be that sum); else null
     */
    public static List<Finding> check(Finding.Subject area, String rowLabel, Row computed, Reported reported,
                                      boolean totalRow, BigDecimal rowsReportedRemaining) {
        List<Finding> out = new ArrayList<>();
        if (totalRow) {
            compare(out, area, TOTAL, rowLabel, "allocated", reported.allocated(), computed.allocated(),
                    "ยอดรวมงบประมาณที่ได้รับจัดสรรที่รายงานไม่เท่ากับผลรวมของรายการหมวดงบ",
                    "the allocated total reported is not the sum of the category rows");
        } else {
            compare(out, area, ALLOTTED, rowLabel, "allocated", reported.allocated(), computed.allocated(),
                    "งบประมาณที่ได้รับจัดสรรที่รายงานไม่เท่ากับผลรวมของรายการจัดสรรที่บันทึกไว้",
                    "the allocation reported is not the sum of the recorded allotments");
        }
        compare(out, area, TOTAL, rowLabel, "disbursed", reported.disbursed(), computed.disbursed(),
                "ยอดรวมเบิกจ่ายที่รายงานไม่เท่ากับผลรวมของรายการหมวดงบ",
                "the disbursed total reported is not the sum of the category rows");
        compare(out, area, TOTAL, rowLabel, "committed", reported.committed(), computed.committed(),
                "ยอดรวมผูกพัน PO ที่รายงานไม่เท่ากับผลรวมของรายการหมวดงบ",
                "the PO-committed total reported is not the sum of the category rows");
        if (reported.remaining() != null && reported.remaining().compareTo(computed.remaining()) != 0) {
            boolean sumOfRows = rowsReportedRemaining != null
                    && rowsReportedRemaining.compareTo(reported.remaining()) == 0;
            out.add(Finding.of(REMAINING, SOURCE, area).at(TABLE, rowLabel, "remaining")
                    .numbers(reported.remaining(), computed.remaining())
                    .says("คงเหลือไม่สมดุล: งบที่ได้รับจัดสรร " + plain(computed.allocated()) + " − เบิกจ่าย "
                                    + plain(computed.disbursed()) + " − ผูกพัน PO " + plain(computed.committed()) + " = "
                                    + plain(computed.remaining()) + " แต่รายงานคงเหลือ " + plain(reported.remaining())
                                    + (sumOfRows ? "; ยอดรวมคงเหลือที่รายงานคือผลรวมของคงเหลือที่รายงานในแต่ละหมวดงบ" : ""),
                            "the row does not balance: allocated " + plain(computed.allocated()) + " − disbursed "
                                    + plain(computed.disbursed()) + " − PO-committed " + plain(computed.committed()) + " = "
                                    + plain(computed.remaining()) + ", reported remaining " + plain(reported.remaining())
                                    + (sumOfRows ? "; the reported total is the sum of the rows' reported remaining" : "")));
        }
        if (reported.percentDisbursed() != null && computed.percentDisbursed() != null
                && reported.percentDisbursed().compareTo(computed.percentDisbursed()) != 0) {
            boolean orCommitted = computed.percentDisbursedOrCommitted() != null
                    && reported.percentDisbursed().compareTo(computed.percentDisbursedOrCommitted()) == 0;
            String alsoTh = orCommitted
                    ? "; ค่าที่รายงานคือร้อยละของการเบิกจ่ายรวมผูกพัน"
                    : "; ค่าที่รายงานไม่ใช่ทั้งร้อยละการเบิกจ่ายและร้อยละการเบิกจ่ายรวมผูกพัน ("
                    + plain(computed.percentDisbursedOrCommitted()) + ")";
            String alsoEn = orCommitted
                    ? "; it is the share disbursed or committed"
                    : "; it is neither the share disbursed nor the share disbursed or committed ("
                    + plain(computed.percentDisbursedOrCommitted()) + ")";
            out.add(Finding.of(PERCENT_DISBURSED, SOURCE, area).at(TABLE, rowLabel, "percentDisbursed")
                    .numbers(reported.percentDisbursed(), computed.percentDisbursed())
                    .says("เบิกจ่าย " + plain(computed.disbursed()) + " / งบที่ได้รับจัดสรร " + plain(computed.allocated())
                                    + " = ร้อยละ " + plain(computed.percentDisbursed()) + " แต่รายงานร้อยละ "
                                    + plain(reported.percentDisbursed()) + alsoTh,
                            "disbursed " + plain(computed.disbursed()) + " / allocated " + plain(computed.allocated())
                                    + " = " + plain(computed.percentDisbursed()) + "%, reported "
                                    + plain(reported.percentDisbursed()) + "%" + alsoEn));
        }
        return out;
    }

    private static void compare(List<Finding> out, Finding.Subject area, String code, String row, String column,
                                BigDecimal reported, BigDecimal computed, String messageTh, String messageEn) {
        if (reported != null && computed != null && reported.compareTo(computed) != 0) {
            out.add(Finding.of(code, SOURCE, area).at(TABLE, row, column).numbers(reported, computed)
                    .says(messageTh + ": รายงาน " + plain(reported) + " คำนวณได้ " + plain(computed),
                            messageEn + ": reported " + plain(reported) + ", computed " + plain(computed)));
        }
    }

    static String plain(BigDecimal v) {
        return v == null ? "-" : String.format(java.util.Locale.ROOT, "%,.2f", v);
    }
}
