package org.khet.kit.feed;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * One row of a feed as sent: {@code row} is the number the sender sees — the spreadsheet row for CSV and XLSX
 * (the header is row 1, the first data row is 2) and the 1-based position in the array for JSON.
 * <p>
 * Rows read from CSV and XLSX keep their cells in an array and share one {@link Header} (column name → position)
 * with every other row of the file: a national feed of 435,000 rows would otherwise hold 435,000 hash maps.
 * {@link #values()} is a read-only map view of the same cells.
 */
public final class FeedRow {
    private final int row;
    private final Header header;
    private final String[] cells;
    private final Map<String, String> values;
    /** A plain CSV row: its record is {@code line[start, end)} of the file's text, cut at each comma when read. */
    private final String line;
    private final int start;
    private final int end;

    /** A row of named values (JSON rows, or a row a caller builds). */
    public FeedRow(int row, Map<String, String> values) {
        this.row = row;
        this.header = null;
        this.cells = null;
        this.values = Objects.requireNonNull(values, "values");
        this.line = null;
        this.start = 0;
        this.end = 0;
    }

    /** A row of a tabular file: {@code cells[i]} is the cell of {@code header}'s column i (fewer cells: the rest absent). */
    FeedRow(int row, Header header, String[] cells) {
        this.row = row;
        this.header = header;
        this.cells = cells;
        this.values = null;
        this.line = null;
        this.start = 0;
        this.end = 0;
    }

    /**
     * A row of a CSV file without quotes: the record {@code text[start, end)}, its cells separated by commas and kept
     * as sent. The row holds no string of its own until a cell is asked for (a national feed's 435,000 rows would
     * otherwise keep three million cell strings alive, which the collector copies again and again; ADR 0030).
     */
    FeedRow(int row, Header header, String text, int start, int end) {
        this.row = row;
        this.header = header;
        this.cells = null;
        this.values = null;
        this.line = text;
        this.start = start;
        this.end = end;
    }

    /** How many cells the tabular row has. */
    private int cellCount() {
        if (cells != null) {
            return cells.length;
        }
        int n = 1;
        for (int i = start; i < end; i++) {
            if (line.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }

    /** The tabular row's cell {@code i}, or null when the row has fewer cells. */
    private String cell(int i) {
        if (cells != null) {
            return i < cells.length ? cells[i] : null;
        }
        int from = start;
        for (int k = 0; k < i; k++) {
            int comma = line.indexOf(',', from);
            if (comma < 0 || comma >= end) {
                return null;
            }
            from = comma + 1;
        }
        int to = line.indexOf(',', from);
        return line.substring(from, to < 0 || to > end ? end : to);
    }

    public int row() {
        return row;
    }

    /** The cells by column name, as sent (not trimmed); a column the row has no cell for is not a key. Read-only. */
    public Map<String, String> values() {
        return values != null ? values : new Cells();
    }

    /** The cell, trimmed, or null when absent or blank. */
    public String get(String column) {
        String v = raw(column);
        if (v == null) {
            return null;
        }
        String s = v.strip();
        return s.isEmpty() ? null : s;
    }

    private String raw(Object column) {
        if (values != null) {
            return values.get(column);
        }
        int i = header.indexOf(column);
        return i < 0 ? null : cell(i);
    }

    private boolean has(Object column) {
        if (values != null) {
            return values.containsKey(column);
        }
        int i = header.indexOf(column);
        return i >= 0 && i < cellCount();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeedRow other && row == other.row && values().equals(other.values());
    }

    @Override
    public int hashCode() {
        return 31 * row + values().hashCode();
    }

    @Override
    public String toString() {
        return "FeedRow[row=" + row + ", values=" + values() + "]";
    }

    /** The columns of a tabular file in header order, shared by all its rows. */
    static final class Header {
        private final List<String> names;
        private final Map<String, Integer> index;

        /** @param names distinct column names (the reader has refused a header that repeats one) */
        Header(List<String> names) {
            this.names = List.copyOf(names);
            this.index = new HashMap<>(names.size() * 2);
            for (int i = 0; i < names.size(); i++) {
                index.put(names.get(i), i);
            }
        }

        int size() {
            return names.size();
        }

        int indexOf(Object column) {
            Integer i = index.get(column);
            return i == null ? -1 : i;
        }
    }

    /** The map view of an array-backed row, in header order. */
    private final class Cells extends AbstractMap<String, String> {
        @Override
        public String get(Object key) {
            return raw(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return has(key);
        }

        @Override
        public int size() {
            return Math.min(cellCount(), header.size());
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return Cells.this.size();
                }

                @Override
                public Iterator<Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int i;

                        @Override
                        public boolean hasNext() {
                            return i < size();
                        }

                        @Override
                        public Entry<String, String> next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            Entry<String, String> e = new SimpleImmutableEntry<>(header.names.get(i), cell(i));
                            i++;
                            return e;
                        }
                    };
                }
            };
        }
    }
}
