package org.khet.school.service.summary;

import java.util.regex.Pattern;

/**
 * The name of one figure of the summary: its table, its row (a district's, size class's, grade's … code, or
 * {@value #TOTAL}) and its column ({@code schools}, {@code admittedStudentsPercent}). Written as
 * {@code table/row/column} ({@code table1/5602-01/schools}, {@code 3.1/P1/admittedStudentsPercent}): the keys of the
 * summary's {@code figures} and of figures recorded as printed.
 */
public record FigureKey(SummaryTable table, String row, String column) {
    public static final String TOTAL = "total";
    private static final Pattern COLUMN = Pattern.compile("[A-Za-z0-9-]+");

    public FigureKey {
        if (table == null || row == null || row.isEmpty() || row.contains("/") || column == null
                || !COLUMN.matcher(column).matches()) {
            throw new IllegalArgumentException("not a figure key: " + table + "/" + row + "/" + column);
        }
    }

    public static FigureKey of(SummaryTable table, String row, String column) {
        return new FigureKey(table, row, column);
    }

    /** The key written as {@code table/row/column}, or null when it is not one. */
    public static FigureKey parse(String key) {
        String[] part = key == null ? new String[0] : key.split("/", -1);
        if (part.length != 3 || SummaryTable.ofKey(part[0]) == null || part[1].isEmpty()
                || !COLUMN.matcher(part[2]).matches()) {
            return null;
        }
        return new FigureKey(SummaryTable.ofKey(part[0]), part[1], part[2]);
    }

    public boolean isTotal() {
        return TOTAL.equals(row);
    }

    @Override
    public String toString() {
        return table.key() + "/" + row + "/" + column;
    }
}
