package org.khet.report.render;

import org.junit.jupiter.api.Test;
import org.khet.report.domain.Column;
import org.khet.report.domain.Row;
import org.khet.report.domain.Table;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The DOCX's column widths, worked by hand (twips; 12-point table text, glyph widths of Laksaman). */
class ColumnWidthsTest {
    private static final List<Column> COLUMNS = List.of(Column.text("no", "ที่"), Column.text("project", "โครงการ"),
            Column.baht("budget", "งบประมาณ"), Column.text("owners", "ผู้รับผิดชอบ"));

    private static Table table(Row... rows) {
        return new Table("t", "ตาราง", null, COLUMNS, Arrays.asList(rows), List.of(), false);
    }

    @Test
    void aFigureIsMeasuredGlyphByGlyphBoldInATotalRowAndWiderInThaiDigits() {
        // 1,542,000: seven digits and two commas; bold 7 × 136 + 2 × 81, regular 7 × 131 + 2 × 78
        assertEquals(1114, ColumnWidths.figureWidth("1,542,000", true, false));
        assertEquals(1073, ColumnWidths.figureWidth("1,542,000", false, false));
        assertEquals(7 * 164 + 2 * 81, ColumnWidths.figureWidth("๑,๕๔๒,๐๐๐", true, true));
    }

    @Test
    void wordsFillALineWhileTheyFitAndAWordLongerThanALineBreaksInside() {
        // นายสมชาย (8 letters) ใจดี (3: the vowel ี takes no room)
        assertEquals(1, ColumnWidths.lines("นายสมชาย ใจดี", 12));
        assertEquals(2, ColumnWidths.lines("นายสมชาย ใจดี", 11), "8 + 1 + 3 = 12 > 11");
        assertEquals(2, ColumnWidths.lines("นายสมชาย ใจดี", 6), "8 = 6 + 2 on two lines, then ใจดี beside the 2");
        assertEquals(3, ColumnWidths.lines("นายสมชาย ใจดี", 5), "5 + 3, then ใจดี on a third");
        assertEquals(1, ColumnWidths.lines("", 5));
    }

    @Test
    void theFiguresTakeWhatTheyNeedAndTheLongNamesTheRest() {
        String title = "โครงการพัฒนาคุณภาพการเรียนการสอนภาษาอังกฤษตามกรอบมาตรฐานสากลของสถานศึกษาในสังกัดสำนักงานเขตพื้นที่";
        int[] w = ColumnWidths.of(table(
                Row.data("1", title, new BigDecimal("150000.00"), "นายสมชาย ใจดี"),
                Row.total("รวม", "", new BigDecimal("150000.00"), "")), false);
        // ที่: "รวม", 3 letters (no more wanted: its texts are short) → 3 × 110 + 240
        // งบประมาณ: 150,000 bold in the total row, 6 × 136 + 81 = 897, + 240
        // ผู้รับผิดชอบ: its header's 8 letters → 8 × 110 + 240; widening it shortens no row while the title is taller
        // โครงการ: the rest of the 9,468 of an A4 page between the margins
        assertArrayEquals(new int[]{570, 9468 - 570 - 1137 - 1120, 1137, 1120}, w);

        // the owners, three people, would be the tallest cell at their minimum: they get the room to stop being so
        int[] shared = ColumnWidths.of(table(
                Row.data("1", "โครงการสั้น", new BigDecimal("5000.00"),
                        "นายสมชาย ใจดี, นางสมศรี ใจดี, นายสมศักดิ์ ใจงาม, นางสาวสมใจ ใจงาม"),
                Row.data("2", title, new BigDecimal("5000.00"), "นายสมชาย ใจดี")), false);
        assertEquals(9468, Arrays.stream(shared).sum());
        int ownersPerLine = (shared[3] - 240) / 135;
        int titlePerLine = (shared[1] - 240) / 135;
        int height = Math.max(ColumnWidths.lines("โครงการสั้น", titlePerLine),
                ColumnWidths.lines("นายสมชาย ใจดี, นางสมศรี ใจดี, นายสมศักดิ์ ใจงาม, นางสาวสมใจ ใจงาม", ownersPerLine))
                + Math.max(ColumnWidths.lines(title, titlePerLine), ColumnWidths.lines("นายสมชาย ใจดี", ownersPerLine));
        // ที่ 570 as above; งบประมาณ: 5,000 regular, 4 × 131 + 78 = 602, + 240 = 842; the text columns share 8,056
        assertEquals(570, shared[0]);
        assertEquals(842, shared[2]);
        // no split of the 8,056 between the title and the owners (the owners at their minimum, 6 letters a line, or
        // at whole letters more) makes the two rows fewer lines tall
        String owners = "นายสมชาย ใจดี, นางสมศรี ใจดี, นายสมศักดิ์ ใจงาม, นางสาวสมใจ ใจงาม";
        int best = Integer.MAX_VALUE;
        for (int o = 6; o * 135 + 240 <= 8056 - 1010; o++) {
            int ownersWidth = o == 6 ? 1120 : o * 135 + 240;
            int t = (8056 - ownersWidth - 240) / 135;
            best = Math.min(best, Math.max(ColumnWidths.lines("โครงการสั้น", t), ColumnWidths.lines(owners, o))
                    + Math.max(ColumnWidths.lines(title, t), ColumnWidths.lines("นายสมชาย ใจดี", o)));
        }
        assertEquals(best, height, "widths " + Arrays.toString(shared));
        assertEquals(true, shared[3] > 1120, "the owners got more than their minimum: " + Arrays.toString(shared));
    }
}
