package org.khet.assessment.api;

import java.math.BigDecimal;

/**
 * A data-quality finding: where a figure as reported disagrees with what Khet computes from the stored facts.
 *
 * @param table      the table of the report the figure belongs to
 * @param item       the row (subject, indicator) and column
 * @param reported   what was reported
 * @param computed   what Khet computes
 * @param difference reported − computed, for numbers
 * @param severity   "minor" (numbers within 0.01 of each other, typically a rounding or typing slip) or "major"
 * @param message    what it means, in one sentence
 */
public record Finding(String table, String item, String reported, String computed, BigDecimal difference,
                      String severity, String message) {

    static final BigDecimal MINOR = new BigDecimal("0.01");

    public static Finding numbers(String table, String item, BigDecimal reported, BigDecimal computed, String message) {
        BigDecimal diff = reported.subtract(computed);
        String severity = diff.abs().compareTo(MINOR) <= 0 ? "minor" : "major";
        return new Finding(table, item, reported.toPlainString(), computed.toPlainString(), diff, severity, message);
    }

    public static Finding labels(String table, String item, String reported, String computed, String message) {
        return new Finding(table, item, reported, computed, null, "major", message);
    }
}
