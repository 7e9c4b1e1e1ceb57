package org.khet.report.mapping;

import org.junit.jupiter.api.Test;
import org.khet.contracts.read.school.AreaSummary;
import org.khet.report.domain.Paragraph;
import org.khet.report.domain.Section;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Part 3's school tables say how complete they are where a collection round covers them (issue #21): school-service's
 * line is printed before the tables, naming the tables it covers; a summary no round covers prints no such line.
 */
class CompletenessLineTest {

    static AreaSummary summary(AreaSummary.SummaryCompleteness completeness) {
        return new AreaSummary("5602", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2", 2566, 2, List.of(), null, null, null,
                null, null, null, null, null, null, null, null, List.of(), Map.of(), List.of(), completeness);
    }

    @Test
    void anIncompleteRoundIsSaidBeforeTheTables() {
        AreaSummary.KindCompleteness enrolment = new AreaSummary.KindCompleteness("enrolment", null, 2566, 2, "open",
                List.of("1.1.1", "1.1.2", "1.1.3"), 131, 128, 128, 128, 128,
                List.of(new AreaSummary.MissingSchool("1056020129", "โรงเรียนบ้านทดลอง", "not-submitted")),
                "รับทราบแล้ว 128 จาก 131 โรงเรียน ยังขาด: โรงเรียนบ้านทดลอง …", "128 of 131 schools acknowledged; missing: …");
        Section s = SchoolMapping.management(org.khet.report.words.Words.TH, summary(new AreaSummary.SummaryCompleteness("acknowledged", List.of(enrolment))));
        Paragraph first = (Paragraph) s.blocks().get(0);
        assertEquals("ความครบถ้วนของข้อมูล (ตาราง 1.1.1, 1.1.2, 1.1.3)", first.label());
        assertEquals("รับทราบแล้ว 128 จาก 131 โรงเรียน ยังขาด: โรงเรียนบ้านทดลอง …", first.text());
    }

    @Test
    void aSummaryNoRoundCoversPrintsNoLine() {
        Section s = SchoolMapping.management(org.khet.report.words.Words.TH, summary(null));
        assertFalse(s.blocks().stream().anyMatch(b -> b instanceof Paragraph p && p.label() != null
                && p.label().startsWith("ความครบถ้วน")));
        assertTrue(s.blocks().size() > 0);
    }
}
