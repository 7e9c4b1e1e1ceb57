package org.khet.report.editions;

import org.junit.jupiter.api.Test;
import org.khet.report.domain.Block;
import org.khet.report.domain.Column;
import org.khet.report.domain.ItemList;
import org.khet.report.domain.Paragraph;
import org.khet.report.domain.Part;
import org.khet.report.domain.ProjectPage;
import org.khet.report.domain.Report;
import org.khet.report.domain.Row;
import org.khet.report.domain.Section;
import org.khet.report.domain.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Plain JUnit: two hand-made reports compared through the typed model, and a model frozen and thawed. */
class EditionDiffTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static Table table(String id, Row... rows) {
        return new Table(id, "ตาราง " + id, "school-service", List.of(Column.text("item", "รายการ"),
                Column.integer("schools", "จำนวนโรงเรียน"), Column.money("budget", "งบประมาณ")), List.of(rows), List.of(), false);
    }

    private static ProjectPage project(BigDecimal spent, BigDecimal remaining, List<String> problems) {
        return new ProjectPage("P-07", "7", "โครงการพัฒนาครู", "กลยุทธ์ 1", d("5000.00"), spent, remaining,
                List.of("นางสาวตัวอย่าง ใจดี"), true, List.of("ครู 40 คน"), List.of(), problems, List.of(), List.of());
    }

    private static Report report(List<Section> sections) {
        return new Report("5602", "สพป.พะเยา เขต 2", 2566, 2565, "รายงาน", "สพป.พะเยา เขต 2",
                List.of(new Part("part-1", "ส่วนที่ 1", sections)), List.of(), List.of(), org.khet.report.domain.Lang.TH);
    }

    @Test
    void figuresTablesAndTextsThatChangedAreAddedOrRemoved() {
        Report before = report(List.of(
                new Section("s1", "หมวด ก", List.<Block>of(
                        new Paragraph("วิสัยทัศน์", "ผู้เรียนมีคุณภาพ"),
                        new ItemList(null, true, List.of("ข้อ 1", "ข้อ 2", "ข้อ 3")),
                        table("t1", Row.data("อำเภอ ก", 10L, d("100.00")), Row.data("อำเภอ ข", 5L, d("50.00")),
                                Row.total("รวม", 15L, d("150.00"))),
                        table("t-old", Row.data("ก", 1L, d("1.00"))))),
                new Section("p3-projects", "โครงการ", List.of(project(d("4000.00"), d("1000.00"), List.of())))));
        Report after = report(List.of(
                new Section("s1", "หมวด ก", List.<Block>of(
                        new Paragraph("วิสัยทัศน์", "ผู้เรียนมีคุณภาพและมีความสุข"),
                        new ItemList(null, true, List.of("ข้อ 1", "ข้อ 3", "ข้อ 4")),
                        table("t1", Row.data("อำเภอ ก", 12L, d("100.00")), Row.data("อำเภอ ค", 7L, d("70.50")),
                                Row.total("รวม", 19L, d("170.50"))),
                        table("t-new", Row.data("ข", 2L, d("2.00"))))),
                new Section("p3-projects", "โครงการ", List.of(project(d("4500.00"), d("500.00"), List.of("งบประมาณล่าช้า")))),
                new Section("s2", "หมวด ข", List.of(Paragraph.of("ใหม่")))));

        EditionDiff.Changes c = EditionDiff.of(before, after);

        assertEquals(List.of(new EditionDiff.TableChange("removed", "t-old", "ตาราง t-old"),
                new EditionDiff.TableChange("added", "t-new", "ตาราง t-new")), c.tables());
        assertEquals(List.of(
                fig("removed", "อำเภอ ข", "schools", "จำนวนโรงเรียน", d("5"), null),
                fig("removed", "อำเภอ ข", "budget", "งบประมาณ", d("50.00"), null),
                fig("changed", "อำเภอ ก", "schools", "จำนวนโรงเรียน", d("10"), d("12")),
                fig("added", "อำเภอ ค", "schools", "จำนวนโรงเรียน", null, d("7")),
                fig("added", "อำเภอ ค", "budget", "งบประมาณ", null, d("70.50")),
                fig("changed", "รวม", "schools", "จำนวนโรงเรียน", d("15"), d("19")),
                fig("changed", "รวม", "budget", "งบประมาณ", d("150.00"), d("170.50")),
                new EditionDiff.FigureChange("changed", "project:P-07", "7 โครงการพัฒนาครู", "7 โครงการพัฒนาครู", "spent",
                        "ใช้จริง", d("4000.00"), d("4500.00")),
                new EditionDiff.FigureChange("changed", "project:P-07", "7 โครงการพัฒนาครู", "7 โครงการพัฒนาครู", "remaining",
                        "คงเหลือ", d("1000.00"), d("500.00"))), c.figures());
        assertEquals(List.of(
                new EditionDiff.TextChange("changed", "s1", "หมวด ก", "วิสัยทัศน์ ผู้เรียนมีคุณภาพ", "วิสัยทัศน์ ผู้เรียนมีคุณภาพและมีความสุข"),
                new EditionDiff.TextChange("removed", "s1", "หมวด ก", "ข้อ 2", null),
                new EditionDiff.TextChange("added", "s1", "หมวด ก", null, "ข้อ 4"),
                new EditionDiff.TextChange("added", "p3-projects", "โครงการ", null, "งบประมาณล่าช้า"),
                new EditionDiff.TextChange("added", "s2", "หมวด ข", null, "ใหม่")), c.texts());

        EditionDiff.Changes none = EditionDiff.of(before, before);
        assertEquals(List.of(), none.tables());
        assertEquals(List.of(), none.figures());
        assertEquals(List.of(), none.texts());
    }

    private static EditionDiff.FigureChange fig(String change, String row, String column, String header,
                                                BigDecimal before, BigDecimal after) {
        return new EditionDiff.FigureChange(change, "t1", "ตาราง t1", row, column, header, before, after);
    }

    @Test
    void aFrozenModelThawsWithItsCellsTypesAndScales() {
        Table t = new Table("t1", "ตาราง", "budget-service", List.of(Column.text("item", "รายการ"),
                Column.integer("n", "จำนวน"), Column.money("m", "บาท"), Column.baht("b", "บาท")),
                List.of(Row.group("กลุ่ม"), Row.data("ก", 1072L, d("158845335.00"), d("5000.00")),
                        new Row(org.khet.report.domain.RowKind.DATA, new ArrayList<>(Arrays.asList("ข", null, null, d("0.01"))))),
                List.of("ข้อมูล ณ วันที่ 30 กันยายน 2566"), false);
        Report r = report(List.of(new Section("s", "หมวด", List.of(t))));

        Report thawed = FrozenReport.thaw(FrozenReport.freeze(r));

        Table back = thawed.tables().get(0);
        assertEquals(t, back);
        assertEquals(Long.class, back.rows().get(1).cells().get(1).getClass());
        assertEquals(2, ((BigDecimal) back.rows().get(1).cells().get(2)).scale());
        assertEquals(d("0.01"), back.rows().get(2).cells().get(3));
    }
}
