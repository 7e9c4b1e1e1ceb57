package org.khet.report.render;

import org.khet.report.domain.Column;
import org.khet.report.domain.Row;
import org.khet.report.domain.RowKind;
import org.khet.report.domain.Table;

import java.util.List;

/**
 * Column widths for a table on an A4 page, from what its columns hold: an amount's column is as wide as its widest
 * printed figure (an amount never breaks), and text columns share the rest by how long their texts are. Widths are in
 * twips (1/1440 inch), as Word wants them.
 */
final class ColumnWidths {
    /** A4 (11,906) less the DOCX's left and right margins (1,418 + 1,020). */
    static final int TEXT_WIDTH = 9468;
    /** One digit of 12-point table text (TH Sarabun's and Laksaman's digits are under half an em: 110 twips). */
    private static final int CHAR = 110;
    /** One bold digit of 12-point table text (a total row's figures). */
    private static final int BOLD_DIGIT = 130;
    /** Cell margins, left and right (Word's default 108 each) and a little air. */
    private static final int PADDING = 240;

    private ColumnWidths() {
    }

    static int[] of(Table t) {
        List<Column> cols = t.columns();
        int n = cols.size();
        int[] longest = new int[n];
        long[] total = new long[n];
        int rows = 0;
        for (Row r : t.rows()) {
            if (r.kind() == RowKind.GROUP) {
                continue;
            }
            rows++;
            for (int c = 0; c < n; c++) {
                int len = length(Fmt.cell(r.cells().get(c), cols.get(c).type()));
                longest[c] = Math.max(longest[c], len);
                total[c] += len;
            }
        }
        // every column at least its minimum: a figure its widest printed value (it never wraps), text its header's
        // longest word up to 8 characters; text longer than 6 characters shares the rest by its average length
        int[] w = new int[n];
        double[] weight = new double[n];
        int fixed = 0;
        double weights = 0;
        for (int c = 0; c < n; c++) {
            int header = 0;
            for (String word : cols.get(c).header().split("[\\s/]+")) {
                header = Math.max(header, length(word));
            }
            boolean numeric = cols.get(c).type().numeric();
            int chars = numeric ? Math.max(longest[c], Math.min(header, 5)) : Math.min(Math.max(header, longest[c] <= 6 ? longest[c] : 3), 8);
            // a figure's column allows for the bold of a total row (wider digits) and one character of air
            w[c] = numeric ? (chars + 1) * BOLD_DIGIT + PADDING : Math.max(3, chars) * CHAR + PADDING;
            fixed += w[c];
            if (!numeric && longest[c] > 6) {
                weight[c] = Math.min(60, rows == 0 ? header : (double) total[c] / rows);
                weights += weight[c];
            }
        }
        int rest = TEXT_WIDTH - fixed;
        if (rest < 0 || weights == 0) {
            // the minimums fill the page, or nothing wants more: scale to the page
            int sum = 0;
            for (int c = 0; c < n; c++) {
                w[c] = (int) ((long) w[c] * TEXT_WIDTH / fixed);
                sum += w[c];
            }
            w[n - 1] += TEXT_WIDTH - sum;
            return w;
        }
        int sum = fixed;
        int last = -1;
        for (int c = 0; c < n; c++) {
            if (weight[c] > 0) {
                int extra = (int) (rest * weight[c] / weights);
                w[c] += extra;
                sum += extra;
                last = c;
            }
        }
        w[last] += TEXT_WIDTH - sum;
        return w;
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
