package org.khet.budget.domain;

import java.math.BigDecimal;

/**
 * A data-quality finding: a figure as reported that disagrees with what Khet computes from the stored rows.
 *
 * @param table    which table of the report (execution = ผลการเบิกจ่ายงบประมาณ, operating-plan = แผนการใช้จ่าย)
 * @param row      the row as the report labels it (a category, a plan line, a total)
 * @param column   the column that disagrees
 * @param reported the figure as reported
 * @param computed what Khet computes from the stored rows
 * @param difference reported − computed
 */
public record Finding(String table, String row, String column, BigDecimal reported, BigDecimal computed,
                      BigDecimal difference, String message) {

    public static Finding of(String table, String row, String column, BigDecimal reported, BigDecimal computed,
                             String message) {
        return new Finding(table, row, column, reported, computed, reported.subtract(computed), message);
    }
}
