package org.khet.report.checks;

import org.junit.jupiter.api.Test;
import org.khet.contracts.Finding;
import org.khet.contracts.codes.Severity;
import org.khet.report.domain.Heading;
import org.khet.report.domain.Paragraph;
import org.khet.report.domain.Part;
import org.khet.report.domain.Section;
import org.khet.report.texts.ReportText;
import org.khet.report.texts.TextBlock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The office's texts naming another office, and years in texts and titles that are not the report's. */
class TextChecksTest {
    static final String OWN = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2";
    static final Finding.Subject AREA = Finding.Subject.area("5602", OWN);

    static ReportText paragraphs(String... texts) {
        return new ReportText(java.util.Arrays.stream(texts)
                .map(t -> new ReportText.Element("paragraph", null, t, null)).toList());
    }

    @Test
    void aTextNamingAnotherOfficeIsAFindingItsOwnOfficeWrittenAnyWayIsNot() {
        Map<TextBlock, ReportText> texts = new LinkedHashMap<>();
        texts.put(TextBlock.FOREWORD, paragraphs(
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต ๒ จัดทำรายงานฉบับนี้",      // own, Thai digit
                "สพป.พะเยา เขต 2 ขอขอบคุณ",                                                // own, abbreviated
                "สำนักงานเขตพื้นที่การศึกษาพะเยา เขต 2 ได้ขับเคลื่อนนโยบาย",               // own, level left out
                "ศึกษาดูงาน ณ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต 1",              // another province
                "ร่วมกับ สพป.พะเยา เขต 1 และ สพป.พะเยา เขต 1 อีกครั้ง"));                   // another district, twice
        texts.put(TextBlock.MANDATE, new ReportText(List.of(new ReportText.Element("numbered", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาพะเยา เขต 2",
                null, List.of("ส่งเสริมการศึกษา")))));                                     // the secondary office
        List<Finding> out = TextChecks.otherOffice(AREA, OWN, texts);
        assertEquals(List.of("คำนำ|สำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต 1", "คำนำ|สพป.พะเยา เขต 1",
                        "อำนาจหน้าที่ตามกฎหมาย|สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาพะเยา เขต 2"),
                out.stream().map(f -> f.table() + "|" + f.row()).toList());
        Finding f = out.get(0);
        assertEquals("report.other-office", f.code());
        assertEquals(Severity.MINOR, f.severity());
        assertEquals(OWN, f.computed());
        assertEquals("ข้อความ \"คำนำ\" กล่าวถึง สำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต 1 ซึ่งไม่ใช่" + OWN
                + " (ข้อความที่คัดลอกมาจากเขตอื่นหรือไม่)", f.messageTh());
    }

    @Test
    void aYearThatIsNotTheReportsInATextOrATitleIsAFinding() {
        Map<TextBlock, ReportText> texts = new LinkedHashMap<>();
        texts.put(TextBlock.FOREWORD, paragraphs(
                "รายงานผลการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ ฉบับนี้",        // last year's foreword copied forward
                "ผลการทดสอบ ปีการศึกษา 2565 และนักเรียน ปีการศึกษา 2566",           // the years the report reports
                "ตามแผนพัฒนาการศึกษา ปีงบประมาณ 2566-2570",                        // a range
                "และจะดำเนินการต่อในปีงบประมาณ 2567"));                             // the next year, outside Part 4
        texts.put(TextBlock.PART4, paragraphs("แนวทางการพัฒนา ปีงบประมาณ 2567"));  // Part 4 looks ahead
        List<Part> parts = List.of(new Part("part-3", "ส่วนที่ 3 ผลการดำเนินงาน", List.of(
                new Section("s1", "2. ด้านคุณภาพการศึกษา ปีการศึกษา 2565", List.of(
                        new Heading("เปรียบเทียบ ระหว่างปีการศึกษา 2564 กับปีการศึกษา 2565"),  // a comparison
                        new Heading("ผลการทดสอบ ปีการศึกษา 2563"),
                        new Paragraph("ผลการรับนักเรียน ปีงบประมาณ 2565", "ข้อความ ปีงบประมาณ 2560 ไม่ใช่ชื่อเรื่อง"))))));
        List<Finding> out = TextChecks.years(AREA, 2566, texts, parts);
        // the foreword's ๒๕๖๕ and 2567, the heading's ปีการศึกษา 2563, the paragraph label's ปีงบประมาณ 2565
        assertEquals(List.of("คำนำ|2565|2566", "คำนำ|2567|2566", "2. ด้านคุณภาพการศึกษา ปีการศึกษา 2565|2563|2565 หรือ 2566",
                        "2. ด้านคุณภาพการศึกษา ปีการศึกษา 2565|2565|2566"),
                out.stream().map(f -> f.table() + "|" + f.reported() + "|" + f.computed()).toList());
        assertEquals("report.title-year", out.get(0).code());
        assertEquals("2565", out.get(0).reported(), "the year in Arabic digits");
        assertTrue(out.get(0).messageTh().startsWith("\"ปีงบประมาณ พ.ศ. ๒๕๖๕\" ใน คำนำ ไม่ใช่ปีของรายงาน"), out.get(0).messageTh());
        assertEquals("\"ปีการศึกษา 2563\" in 2. ด้านคุณภาพการศึกษา ปีการศึกษา 2565 is not the report's year (academic year "
                + "2565 or 2566)", out.get(2).messageEn());
    }
}
