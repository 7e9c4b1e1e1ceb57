package org.khet.report.render;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.junit.jupiter.api.Test;
import org.khet.report.domain.Block;
import org.khet.report.domain.Column;
import org.khet.report.domain.Part;
import org.khet.report.domain.Provenance;
import org.khet.report.domain.Report;
import org.khet.report.domain.Row;
import org.khet.report.domain.Section;
import org.khet.report.domain.Table;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Plain JUnit on a hand-made report: the source line under each table (from its provenance) and which copy this is —
 * "ฉบับที่ N" with the day it was published, or the draft with the day it was printed — on the printed pages.
 */
class PrintedCopyTest {
    private static final Table STUDENTS = new Table("t1.1.2", "1.1.2 จำนวนนักเรียน จำแนกตามอำเภอ", "school-service",
            List.of(Column.text("district", "อำเภอ"), Column.integer("students", "นักเรียน")),
            List.of(Row.data("เชียงคำ", 4021L), Row.total("รวม", 4021L)), List.of("ข้อมูล ณ 10 มิถุนายน 2565"), false,
            new Provenance("school-service", "GET /v1/areas/5602/summary?academicYear=2566", null, 2566, 1,
                    "GET /v1/areas/5602/schools?status=open&size=500", "GET /v1/enrolment-rounds/{schoolCode}/2566/1"));
    private static final Table BUDGET = new Table("t3.5.1", "ผลการเบิกจ่าย", "budget-service",
            List.of(Column.text("item", "งบประมาณ"), Column.money("allotted", "ได้รับจัดสรร")),
            List.of(Row.total("รวม", new java.math.BigDecimal("158845335.00"))), List.of(), false,
            new Provenance("budget-service", "GET /v1/areas/5602/budget?fiscalYear=2566", 2566, null, null, null, null));
    private static final Table NO_SOURCE = new Table("t-x", "ตารางที่ไม่รู้ที่มา", null,
            List.of(Column.text("a", "ก")), List.of(Row.data("ข")), List.of(), false);

    private static Report report() {
        return new Report("5602", "สพป.พะเยา เขต 2", 2566, 2565, "รายงานผลการดำเนินงาน", "สพป.พะเยา เขต 2",
                List.of(new Part("part-1", "ส่วนที่ 1 ข้อมูลพื้นฐาน", List.of(new Section("s1", "1. ข้อมูล",
                        List.<Block>of(STUDENTS, BUDGET, NO_SOURCE))))), List.of(), List.of(), org.khet.report.domain.Lang.TH);
    }

    @Test
    void everyTableSaysWhereItsFiguresCameFrom() {
        assertEquals("ที่มา: ข้อมูลโรงเรียนและบุคลากร /v1/areas/5602/summary?academicYear=2566"
                + " · ปีการศึกษา 2566 · รอบที่ 1", HtmlRenderer.sourceLine(org.khet.report.words.Words.TH, STUDENTS, false));
        assertEquals("ที่มา: งบประมาณ /v1/areas/5602/budget?fiscalYear=2566 · ปีงบประมาณ 2566",
                HtmlRenderer.sourceLine(org.khet.report.words.Words.TH, BUDGET, false));
        // Thai digits in the years, never in the request path
        assertEquals("ที่มา: งบประมาณ /v1/areas/5602/budget?fiscalYear=2566 · ปีงบประมาณ ๒๕๖๖",
                HtmlRenderer.sourceLine(org.khet.report.words.Words.TH, BUDGET, true));
        assertNull(HtmlRenderer.sourceLine(org.khet.report.words.Words.TH, NO_SOURCE, false));

        String html = new String(HtmlRenderer.render(report(), new RenderOptions(false)), StandardCharsets.UTF_8);
        // under the table, after its notes
        assertTrue(html.contains("</table>\n<p class=\"note\">ข้อมูล ณ 10 มิถุนายน 2565</p>\n<p class=\"source\">"
                + "ที่มา: ข้อมูลโรงเรียนและบุคลากร /v1/areas/5602/summary?academicYear=2566 · "
                + "ปีการศึกษา 2566 · รอบที่ 1</p>"), html);
        assertEquals(2, html.split("<p class=\"source\">", -1).length - 1, "one line per table with a provenance");
        // a bare rendering is neither the draft nor an edition
        assertFalse(html.contains("ฉบับ"));
        // Thai digits throughout when asked
        String thai = new String(HtmlRenderer.render(report(), new RenderOptions(true)), StandardCharsets.UTF_8);
        assertTrue(thai.contains("ปีงบประมาณ ๒๕๖๖</p>"));
    }

    @Test
    void anEditionSaysItsNumberAndDayAndTheDraftSaysItIsOne() throws Exception {
        RenderOptions edition = new RenderOptions(false).edition(2, LocalDate.of(2027, 1, 5));
        RenderOptions draft = new RenderOptions(false).draft(LocalDate.of(2026, 12, 4));
        assertEquals("ฉบับที่ 2 เผยแพร่เมื่อ 5 มกราคม 2570", edition.copyLine());
        assertEquals("ฉบับร่าง ณ วันที่ 4 ธันวาคม 2569", draft.copyLine());
        assertNull(new RenderOptions(true).copyLine());

        // HTML and the PDF printed from it: at the foot of every page but the cover, and on the cover
        String html = new String(HtmlRenderer.render(report(), edition), StandardCharsets.UTF_8);
        assertTrue(html.contains("@page { @bottom-left { content: \"ฉบับที่ 2 เผยแพร่เมื่อ 5 มกราคม 2570\";"), html);
        assertTrue(html.contains("@page :first { @bottom-left { content: none; } }"));
        assertTrue(html.contains("<p class=\"cover-copy\">ฉบับที่ 2 เผยแพร่เมื่อ 5 มกราคม 2570</p>"));
        String thai = new String(HtmlRenderer.render(report(), new RenderOptions(true).draft(LocalDate.of(2026, 12, 4))),
                StandardCharsets.UTF_8);
        assertTrue(thai.contains("content: \"ฉบับร่าง ณ วันที่ ๔ ธันวาคม ๒๕๖๙\";"));

        // DOCX: the footer of every page but the first, before the page number
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DocxRenderer.render(report(), draft)))) {
            XWPFFooter footer = doc.getHeaderFooterPolicy().getDefaultFooter();
            assertEquals("ฉบับร่าง ณ วันที่ 4 ธันวาคม 2569 · 1", footer.getText().strip());
            assertTrue(footer._getHdrFtr().xmlText().contains(" PAGE "), "a PAGE field");
            assertEquals("", doc.getHeaderFooterPolicy().getFirstPageFooter().getText().strip(), "not on the cover");
        }
        // XLSX: each table's sheet prints it at the foot of its pages
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(XlsxRenderer.render(report(), edition)))) {
            assertEquals("ฉบับที่ 2 เผยแพร่เมื่อ 5 มกราคม 2570", wb.getSheet("t1.1.2").getFooter().getLeft());
            assertEquals(List.of("t1.1.2", "t3.5.1", "t-x"), XlsxRenderer.sheetNames(report()));
            assertEquals(3, List.of("t1.1.2", "t3.5.1", "t-x").stream().map(wb::getSheet)
                    .filter(s -> s.getFooter().getLeft().startsWith("ฉบับที่ 2")).collect(Collectors.toList()).size());
        }
    }
}
