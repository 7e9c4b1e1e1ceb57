package org.khet.school.service;

import org.khet.kit.feed.FeedFormat;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads large CSV feeds without quoting (what national systems export) about five times faster than the general
 * reader: one string per cell, rows backed by arrays instead of maps. The header is still checked by the kit's
 * {@link FeedReader}, and any file with a quote character, or that is not UTF-8, goes through it unchanged, so both
 * paths accept and refuse the same files with the same problems.
 */
final class FastCsv {
    private FastCsv() {
    }

    static List<FeedRow> read(byte[] body, FeedFormat format, FeedReader.Columns columns) {
        if (format != FeedFormat.CSV || body == null || body.length == 0 || indexOf(body, (byte) '"') >= 0) {
            return FeedReader.read(body, format, columns);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return FeedReader.read(body, format, columns);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        int eol = text.indexOf('\n');
        String headerLine = eol < 0 ? text : text.substring(0, eol);
        // the kit's reader checks the header (and answers a bad one exactly as for any other feed)
        FeedReader.read((headerLine + "\n").getBytes(StandardCharsets.UTF_8), format, columns);
        String[] header = split(strip(headerLine));
        int width = header.length;
        while (width > 0 && header[width - 1].strip().isEmpty()) {
            width--;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < width; i++) {
            index.put(header[i].strip(), i);
        }
        List<FeedRow> rows = new ArrayList<>(Math.max(16, text.length() / 40));
        int row = 1;
        int pos = eol < 0 ? text.length() : eol + 1;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = text.length();
            }
            row++;
            String line = strip(text.substring(pos, end));
            pos = end + 1;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = split(line);
            if (cells.length > width) {
                throw ProblemException.validation("the CSV file has a row with more cells than its header",
                        List.of(Problem.FieldError.cell(row, null, "row has " + cells.length + " cells, header has " + width)));
            }
            rows.add(new FeedRow(row, new Cells(index, cells)));
        }
        return rows;
    }

    private static String strip(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String[] split(String line) {
        int n = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ',') {
                n++;
            }
        }
        String[] out = new String[n];
        int start = 0;
        for (int k = 0; k < n; k++) {
            int comma = line.indexOf(',', start);
            int end = comma < 0 ? line.length() : comma;
            out[k] = line.substring(start, end);
            start = end + 1;
        }
        return out;
    }

    private static int indexOf(byte[] a, byte b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** A row's cells by column name, backed by the shared header index and the row's array. */
    private static final class Cells extends AbstractMap<String, String> {
        private final Map<String, Integer> index;
        private final String[] cells;

        Cells(Map<String, Integer> index, String[] cells) {
            this.index = index;
            this.cells = cells;
        }

        @Override
        public String get(Object column) {
            Integer i = index.get(column);
            return i == null || i >= cells.length ? null : cells[i];
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            index.forEach((k, i) -> m.put(k, i < cells.length ? cells[i] : null));
            return m.entrySet();
        }
    }
}
