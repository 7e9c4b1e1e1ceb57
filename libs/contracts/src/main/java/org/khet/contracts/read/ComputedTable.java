package org.khet.contracts.read;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A table a service computes and the report prints as it is, without a record of its own: its columns say what they
 * hold and how the report prints them, its rows carry the cells as exact text. It is how a new table reaches the
 * report without an edit of the read contracts or of report-service (docs/adding-a-feed.md): the typed records stay
 * for the tables the report reasons about (compares, totals, checks), this shape is for the tables it only prints.
 *
 * @param id      stable and unique in its summary, e.g. {@code t1.1.7}; the report's table id
 * @param titleTh the title as the Thai report prints it, numbered as the office numbers it
 * @param titleEn the title in the English report
 * @param columns the columns, the first usually the row's label
 * @param rows    the rows in the office's order, each with one cell per column
 */
public record ComputedTable(String id, String titleTh, String titleEn, List<Column> columns, List<Row> rows) {

    /** How a column's cells are read and printed. */
    public enum Kind {
        /** text as it is */
        TEXT,
        /** a whole number */
        INTEGER,
        /** a decimal such as a mean or a score (the report prints two places) */
        DECIMAL,
        /** an amount in baht, exact to the satang */
        MONEY,
        /** a percentage, printed with two decimals */
        PERCENT;

        public boolean numeric() {
            return this != TEXT;
        }
    }

    public record Column(String key, String headerTh, String headerEn, Kind kind) {
        public Column {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(headerTh, "headerTh");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * A row: its cells, one per column, a numeric cell as the plain decimal text of an exact value (no grouping, no
     * exponent) or null when it has no value; {@code total} for a total row.
     */
    public record Row(List<String> cells, boolean total) {
        public Row {
            cells = cells == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }

        /** A data row of {@code cells}: numbers are written as {@link BigDecimal#toPlainString()}, text as it is. */
        public static Row of(Object... cells) {
            return new Row(text(cells), false);
        }

        /** A total row of {@code cells}. */
        public static Row totalOf(Object... cells) {
            return new Row(text(cells), true);
        }

        private static List<String> text(Object... cells) {
            List<String> out = new java.util.ArrayList<>(cells.length);
            for (Object c : cells) {
                out.add(c == null ? null : c instanceof BigDecimal d ? d.toPlainString() : c.toString());
            }
            return out;
        }
    }

    public ComputedTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleTh, "titleTh");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r).cells();
            if (cells.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ", row " + (r + 1) + ": " + cells.size()
                        + " cells for " + columns.size() + " columns");
            }
            for (int c = 0; c < cells.size(); c++) {
                if (columns.get(c).kind().numeric() && cells.get(c) != null) {
                    try {
                        new BigDecimal(cells.get(c));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("table " + id + ", row " + (r + 1) + ", column "
                                + columns.get(c).key() + ": '" + cells.get(c) + "' is not a number", e);
                    }
                }
            }
        }
    }

    /** The cell of {@code row} in the column {@code key} as a number, or null. */
    public BigDecimal number(int row, String key) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).key().equals(key)) {
                String v = rows.get(row).cells().get(c);
                return v == null ? null : new BigDecimal(v);
            }
        }
        throw new IllegalArgumentException("table " + id + " has no column " + key);
    }
}
