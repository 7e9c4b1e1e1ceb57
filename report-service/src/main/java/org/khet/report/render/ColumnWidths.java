package org.khet.report.render;

import org.khet.report.domain.Column;
import org.khet.report.domain.Row;
import org.khet.report.domain.RowKind;
import org.khet.report.domain.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Column widths for a table on an A4 page, from what its columns hold: an amount's column is as wide as its widest
 * printed figure measured glyph by glyph (an amount never breaks, and takes no more than it needs), and the text
 * columns share the rest so that the table's rows are as few lines tall as they can be — a long project name gets the
 * room a short owner's name does not need. Widths are in twips (1/1440 inch), as Word wants them.
 */
final class ColumnWidths {
    /** A4 (11,906) less the DOCX's left and right margins (1,418 + 1,020). */
    static final int TEXT_WIDTH = 9468;
    /** One character of 12-point table text, for a text column's minimum (TH Sarabun's letters are about 110 twips). */
    private static final int CHAR = 110;
    /**
     * One Thai letter of 12-point table text as a line of it fills a cell, for estimating how many lines a text takes:
     * Laksaman's (LibreOffice's stand-in for TH Sarabun New on Debian) average 128 twips, and lines break at words.
     */
    private static final int LINE_CHAR = 135;
    /**
     * Figures' glyphs at 12 points, regular and bold (a total row's), measured in Laksaman, the wider of the two fonts:
     * an Arabic digit 131 / 136, a Thai digit 162 / 164, a separator (, . -) 78 / 81 at most.
     */
    private static final int DIGIT = 131;
    private static final int BOLD_DIGIT = 136;
    private static final int THAI_DIGIT = 162;
    private static final int BOLD_THAI_DIGIT = 164;
    private static final int SEPARATOR = 78;
    private static final int BOLD_SEPARATOR = 81;
    /** Cell margins, left and right (Word's default 108 each) and a little air. */
    private static final int PADDING = 240;

    private ColumnWidths() {
    }

    /** @param thaiDigits whether the figures print in Thai digits (wider than Arabic ones) */
    static int[] of(Table t, boolean thaiDigits) {
        List<Column> cols = t.columns();
        int n = cols.size();
        int[] longest = new int[n];
        int[] figure = new int[n];
        List<String[]> texts = new ArrayList<>();
        for (Row r : t.rows()) {
            if (r.kind() == RowKind.GROUP) {
                continue;
            }
            String[] printed = new String[n];
            for (int c = 0; c < n; c++) {
                printed[c] = Fmt.cell(r.cells().get(c), cols.get(c).type());
                longest[c] = Math.max(longest[c], length(printed[c]));
                if (cols.get(c).type().numeric()) {
                    figure[c] = Math.max(figure[c], figureWidth(printed[c], r.kind() != RowKind.DATA, thaiDigits));
                }
            }
            texts.add(printed);
        }
        // every column at least its minimum: a figure its widest printed value (it never wraps) or its header's first
        // five letters, text its header's longest word up to 8 characters (or its longest text, when that is short)
        int[] w = new int[n];
        boolean[] wants = new boolean[n];
        int fixed = 0;
        for (int c = 0; c < n; c++) {
            int header = 0;
            for (String word : cols.get(c).header().split("[\\s/]+")) {
                header = Math.max(header, length(word));
            }
            if (cols.get(c).type().numeric()) {
                w[c] = Math.max(figure[c], Math.min(header, 5) * CHAR) + PADDING;
            } else {
                int chars = Math.min(Math.max(header, longest[c] <= 6 ? longest[c] : 3), 8);
                w[c] = Math.max(3, chars) * CHAR + PADDING;
                wants[c] = longest[c] > 6;
            }
            fixed += w[c];
        }
        int rest = TEXT_WIDTH - fixed;
        boolean anyWants = false;
        for (boolean b : wants) {
            anyWants |= b;
        }
        if (rest < 0 || !anyWants) {
            // the minimums fill the page, or nothing wants more: scale to the page
            int sum = 0;
            for (int c = 0; c < n; c++) {
                w[c] = (int) ((long) w[c] * TEXT_WIDTH / fixed);
                sum += w[c];
            }
            w[n - 1] += TEXT_WIDTH - sum;
            return w;
        }
        // the rest to the text columns, a character's width or more at a time, each time to the column where it saves
        // the most lines of the table's height per twip (a name column may need a few characters more before its names
        // stop breaking, a long title saves a line with one); what saves nothing goes to the widest text column
        int[][] lines = new int[n][];
        for (int c = 0; c < n; c++) {
            lines[c] = wants[c] ? lines(texts, c, w[c]) : null;
        }
        long height = height(lines);
        while (rest > 0) {
            int best = -1;
            int bestWidth = 0;
            double bestGain = 0;
            int[] bestLines = null;
            for (int c = 0; c < n; c++) {
                if (!wants[c]) {
                    continue;
                }
                int[] mine = lines[c];
                for (int chars = (w[c] - PADDING) / LINE_CHAR + 1; ; chars++) {
                    int width = chars * LINE_CHAR + PADDING;
                    if (width - w[c] > rest) {
                        break;
                    }
                    lines[c] = lines(texts, c, width);
                    double gain = (double) (height - height(lines)) / (width - w[c]);
                    if (gain > bestGain) {
                        best = c;
                        bestWidth = width;
                        bestGain = gain;
                        bestLines = lines[c];
                    }
                }
                lines[c] = mine;
            }
            if (best < 0) {
                break;
            }
            rest -= bestWidth - w[best];
            w[best] = bestWidth;
            lines[best] = bestLines;
            height = height(lines);
        }
        int widest = -1;
        for (int c = 0; c < n; c++) {
            if (wants[c] && (widest < 0 || w[c] > w[widest])) {
                widest = c;
            }
        }
        w[widest] += rest;
        return w;
    }

    /** The table's height in lines: each row as tall as its tallest text cell. */
    private static long height(int[][] lines) {
        long total = 0;
        int rows = 0;
        for (int[] l : lines) {
            if (l != null) {
                rows = l.length;
            }
        }
        for (int r = 0; r < rows; r++) {
            int tallest = 1;
            for (int[] l : lines) {
                if (l != null) {
                    tallest = Math.max(tallest, l[r]);
                }
            }
            total += tallest;
        }
        return total;
    }

    /** The lines each row's cell of column {@code c} takes at {@code width}. */
    private static int[] lines(List<String[]> texts, int c, int width) {
        int perLine = Math.max(1, (width - PADDING) / LINE_CHAR);
        int[] out = new int[texts.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = lines(texts.get(r)[c], perLine);
        }
        return out;
    }

    /**
     * The lines a text takes at {@code perLine} characters: words (between spaces) fill a line while they fit, and a
     * word longer than a line is broken inside (Thai runs words together; LibreOffice and Word break them by a
     * dictionary, which this does not try to follow).
     */
    static int lines(String text, int perLine) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        int count = 1;
        int used = 0;
        for (String word : text.strip().split("\\s+")) {
            int len = length(word);
            if (used > 0 && used + 1 + len <= perLine) {
                used += 1 + len;
                continue;
            }
            if (used > 0) {
                count++;
            }
            count += (len - 1) / perLine;
            used = len - (len - 1) / perLine * perLine;
        }
        return count;
    }

    /** A printed figure's width in twips: digits and the separators between them, regular or bold. */
    static int figureWidth(String s, boolean bold, boolean thaiDigits) {
        if (s == null) {
            return 0;
        }
        int digit = thaiDigits ? (bold ? BOLD_THAI_DIGIT : THAI_DIGIT) : (bold ? BOLD_DIGIT : DIGIT);
        int width = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            width += Character.isDigit(ch) ? digit : ch == ',' || ch == '.' || ch == '-' ? (bold ? BOLD_SEPARATOR : SEPARATOR)
                    : bold ? BOLD_DIGIT : DIGIT;
        }
        return width;
    }

    /** Printed length in characters: Thai vowels above and below and tone marks take no room of their own. */
    static int length(String s) {
        if (s == null) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            int type = Character.getType(s.charAt(i));
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                n++;
            }
        }
        return n;
    }
}
