package org.khet.school.service.summary;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures a table computes, each under its {@link FigureKey}, with the label the report prints for each row (a
 * district's Thai name, a grade's …): what a figure as printed is compared with, and how a finding names its row.
 */
public final class Figures {
    private final Map<FigureKey, BigDecimal> values = new LinkedHashMap<>();
    private final Map<String, String> rowLabels = new HashMap<>();

    /** Records a figure; a null value (a percentage of nothing) is no figure. */
    public Figures put(FigureKey key, BigDecimal value) {
        if (value != null) {
            values.put(key, value);
        }
        return this;
    }

    public Figures put(SummaryTable table, String row, String column, BigDecimal value) {
        return put(FigureKey.of(table, row, column), value);
    }

    public Figures put(SummaryTable table, String row, String column, long value) {
        return put(table, row, column, BigDecimal.valueOf(value));
    }

    /** How the report labels {@code row} of {@code table}. */
    public Figures label(SummaryTable table, String row, String label) {
        rowLabels.put(table.key() + "/" + row, label);
        return this;
    }

    /** Adds another table's figures and labels. */
    public Figures addAll(Figures other) {
        values.putAll(other.values);
        rowLabels.putAll(other.rowLabels);
        return this;
    }

    /** The figure under {@code key}, or null when none is computed. */
    public BigDecimal value(FigureKey key) {
        return values.get(key);
    }

    /** The row's label as the report prints it: "รวม" for totals, the recorded label, or else the row's code. */
    public String rowLabel(FigureKey key) {
        if (key.isTotal()) {
            return "รวม";
        }
        return rowLabels.getOrDefault(key.table().key() + "/" + key.row(), key.row());
    }

    /** Every figure by its written key, in key order: the summary's {@code figures}. */
    public Map<String, BigDecimal> byKey() {
        Map<String, BigDecimal> out = new TreeMap<>();
        values.forEach((k, v) -> out.put(k.toString(), v));
        return Collections.unmodifiableMap(out);
    }
}
