package org.khet.school.service.summary;

import org.junit.jupiter.api.Test;
import org.khet.contracts.Finding;
import org.khet.contracts.codes.SubjectKind;
import org.khet.contracts.read.school.AreaSummary.AdmissionRow;
import org.khet.contracts.read.school.AreaSummary.Admissions;
import org.khet.contracts.read.school.AreaSummary.PrimaryTransitions;
import org.khet.contracts.read.school.AreaSummary.SecondaryTransitions;
import org.khet.school.domain.AdmissionLevel;
import org.khet.school.domain.Grade;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static org.khet.school.service.summary.Tables.figure;

/** 3.1, 3.2 and 3.3 of a hand-made area: two schools' admissions and their graduates of 2565. */
class OpportunityTablesTest {

    @Test
    void admissionsAgainstThePlanByLevel() {
        Map<AdmissionLevel, AdmissionsTable.Level> byLevel = new EnumMap<>(AdmissionLevel.class);
        // อนุบาลจุน 1 room / 20 planned, 1 / 18 admitted; อนุบาลเชียงคำ 2 / 60, 2 / 45
        byLevel.put(AdmissionLevel.KINDERGARTEN, new AdmissionsTable.Level(2, 3, 80, 3, 63));
        // 2 / 50, 2 / 40 and 120 / 1997, 119 / 1304
        byLevel.put(AdmissionLevel.P1, new AdmissionsTable.Level(2, 122, 2047, 121, 1344));
        TableResult<Admissions> r = new AdmissionsTable().compute(2566, byLevel);
        assertEquals(2566, r.table().academicYear());
        List<AdmissionRow> rows = r.table().rows();
        assertEquals(List.of("kindergarten", "P1", "M1"), rows.stream().map(AdmissionRow::level).toList());
        assertEquals(List.of("อนุบาล", "ประถมศึกษาปีที่ 1", "มัธยมศึกษาปีที่ 1"), rows.stream().map(AdmissionRow::nameTh).toList());
        assertEquals(new BigDecimal("100.00"), rows.get(0).admittedRoomsPercent());
        assertEquals(new BigDecimal("78.75"), rows.get(0).admittedStudentsPercent(), "63 / 80");
        assertEquals(new BigDecimal("99.18"), rows.get(1).admittedRoomsPercent(), "121 / 122 = 99.180");
        assertEquals(new BigDecimal("65.66"), rows.get(1).admittedStudentsPercent(), "1344 / 2047 = 65.657");
        assertEquals(new AdmissionRow("M1", "มัธยมศึกษาปีที่ 1", 0, 0, 0, 0, null, 0, null), rows.get(2),
                "a level nobody planned: zeros and no percentage");
        assertEquals(new BigDecimal("65.66"), figure(r, "3.1/P1/admittedStudentsPercent"));
        assertEquals(new BigDecimal("1344"), figure(r, "3.1/P1/admittedStudents"));
        assertNull(figure(r, "3.1/M1/admittedRoomsPercent"));
        assertEquals("ประถมศึกษาปีที่ 1", r.figures().rowLabel(FigureKey.parse("3.1/P1/schools")));
    }

    @Test
    void primaryGraduatesAndTheShareThatWentOn() {
        TableResult<PrimaryTransitions> r = new PrimaryTransitionsTable().compute(2565, List.of(
                new Transition("1098200001", "โรงเรียนอนุบาลจุน", Grade.P6, 58, 58, null, null, null, 0),
                new Transition("1098200004", "โรงเรียนอนุบาลเชียงคำ", Grade.P6, 200, 198, null, null, null, 2)));
        assertEquals(new PrimaryTransitions(2565, 2, 258, 256, 2, 258, new BigDecimal("99.22")), r.table());
        assertEquals(new BigDecimal("256"), figure(r, "3.2/P6/continued"));
        assertEquals(List.of(), r.findings());
    }

    @Test
    void secondaryGraduatesByDestinationAndASchoolWhoseGraduatesDoNotAddUp() {
        TableResult<SecondaryTransitions> r = new SecondaryTransitionsTable().compute(2565, List.of(
                // 50 reported; 30 general + 15 vocational + 2 equivalent + 2 not continuing = 49
                new Transition("1098200004", "โรงเรียนอนุบาลเชียงคำ", Grade.M3, 50, null, 30, 15, 2, 2)));
        // 47 of the 49 accounted for went on: 95.918 %
        assertEquals(new SecondaryTransitions(2565, 1, 50, 30, 15, 2, 2, 49, new BigDecimal("95.92")), r.table());
        assertEquals(new BigDecimal("50"), figure(r, "3.3/M3/graduates"));
        Finding f = r.findings().get(0);
        assertEquals("school.graduates", f.code());
        assertEquals(Finding.Subject.of(SubjectKind.SCHOOL, "1098200004", "โรงเรียนอนุบาลเชียงคำ"), f.subject());
        assertEquals("3.3", f.table());
        assertEquals("มัธยมศึกษาปีที่ 3", f.row());
        assertEquals("graduates", f.column());
        assertEquals("50", f.reported());
        assertEquals("49", f.computed());
        assertEquals(BigDecimal.ONE, f.difference());
        assertTrue(f.messageTh().contains("ปีการศึกษา 2565"), f.messageTh());
    }

    @Test
    void withoutGraduatesThereIsNoPercentage() {
        assertNull(new PrimaryTransitionsTable().compute(2565, List.of()).table().continuedPercent());
        assertNull(new SecondaryTransitionsTable().compute(2565, List.of()).table().continuedPercent());
    }
}
