package org.khet.budget.domain;

import org.khet.contracts.Money;
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

    /** Findings where the reported figures of a row disagree with the computed ones. */
    public static List<Finding> check(String rowLabel, Row computed, Reported reported, boolean totalRow) {
        List<Finding> out = new ArrayList<>();
        compare(out, rowLabel, "allocated", reported.allocated(), computed.allocated(), totalRow
                ? "the allocated total reported is not the sum of the category rows"
                : "the allocation reported is not the sum of the recorded allotments");
        compare(out, rowLabel, "disbursed", reported.disbursed(), computed.disbursed(),
                "the disbursed total reported is not the sum of the category rows");
        compare(out, rowLabel, "committed", reported.committed(), computed.committed(),
                "the PO-committed total reported is not the sum of the category rows");
        if (reported.remaining() != null && reported.remaining().compareTo(computed.remaining()) != 0) {
            out.add(Finding.of(TABLE, rowLabel, "remaining", reported.remaining(), computed.remaining(),
                    "the row does not balance: allocated " + plain(computed.allocated()) + " − disbursed "
                            + plain(computed.disbursed()) + " − PO-committed " + plain(computed.committed()) + " = "
                            + plain(computed.remaining()) + ", reported remaining " + plain(reported.remaining())));
        }
        if (reported.percentDisbursed() != null && computed.percentDisbursed() != null
                && reported.percentDisbursed().compareTo(computed.percentDisbursed()) != 0) {
            String also = computed.percentDisbursedOrCommitted() != null
                    && reported.percentDisbursed().compareTo(computed.percentDisbursedOrCommitted()) == 0
                    ? "; it is the share disbursed or committed"
                    : "; it is neither the share disbursed nor the share disbursed or committed ("
                    + plain(computed.percentDisbursedOrCommitted()) + ")";
            out.add(Finding.of(TABLE, rowLabel, "percentDisbursed", reported.percentDisbursed(), computed.percentDisbursed(),
                    "disbursed " + plain(computed.disbursed()) + " / allocated " + plain(computed.allocated()) + " = "
                            + plain(computed.percentDisbursed()) + "%, reported " + plain(reported.percentDisbursed()) + "%" + also));
        }
        return out;
    }

    private static void compare(List<Finding> out, String row, String column, BigDecimal reported, BigDecimal computed,
                                String message) {
        if (reported != null && computed != null && reported.compareTo(computed) != 0) {
            out.add(Finding.of(TABLE, row, column, reported, computed, message + ": reported " + plain(reported)
                    + ", computed " + plain(computed)));
        }
    }

    static String plain(BigDecimal v) {
        return v == null ? "-" : String.format(java.util.Locale.ROOT, "%,.2f", v);
    }

    public static BigDecimal zeroIfNull(BigDecimal v) {
        return v == null ? Money.ZERO : v;
    }
}
