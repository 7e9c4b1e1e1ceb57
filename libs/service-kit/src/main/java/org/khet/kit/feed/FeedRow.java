package org.khet.kit.feed;

import java.util.Map;

/**
 * One row of a feed as sent: {@code row} is the number the sender sees — the spreadsheet row for CSV and XLSX
 * (the header is row 1, the first data row is 2) and the 1-based position in the array for JSON.
 */
public record FeedRow(int row, Map<String, String> values) {

    /** The cell, trimmed, or null when absent or blank. */
    public String get(String column) {
        String v = values.get(column);
        if (v == null) {
            return null;
        }
        String s = v.strip();
        return s.isEmpty() ? null : s;
    }
}
