package org.khet.school.service.summary;

import org.junit.jupiter.api.Test;
import org.khet.contracts.read.school.AreaSummary.GenderRow;
import org.khet.contracts.read.school.AreaSummary.GradeRow;
import org.khet.contracts.read.school.AreaSummary.LevelBlock;
import org.khet.contracts.read.school.AreaSummary.StudentsByDistrict;
import org.khet.contracts.read.school.AreaSummary.StudentsByGrade;
import org.khet.school.domain.Grade;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;
import static org.khet.school.service.summary.Tables.figure;

/** 1.1.2 and 1.1.3 of a hand-made area: จุน's schools sent 117 boys and 105 girls, เชียงคำ's 320 and 295. */
class StudentsTablesTest {

    @Test
    void studentsByDistrictAndTheGrandTotal() {
        TableResult<StudentsByDistrict> r = new StudentsByDistrictTable().compute(List.of(
                new StudentsByDistrictTable.District("9820-01", "จุน", 117, 105),
                new StudentsByDistrictTable.District("9820-02", "เชียงคำ", 320, 295),
                new StudentsByDistrictTable.District("9820-03", "ภูซาง", 0, 0)));
        assertEquals(List.of(222, 615, 0), r.table().rows().stream().map(GenderRow::total).toList());
        assertEquals(new GenderRow(null, "รวมทั้งสิ้น", 437, 400, 837), r.table().total());
        assertEquals(new BigDecimal("615"), figure(r, "1.1.2/9820-02/total"));
        assertEquals(new BigDecimal("400"), figure(r, "1.1.2/total/girls"));
        assertEquals("จุน", r.figures().rowLabel(FigureKey.parse("1.1.2/9820-01/boys")));
    }

    /** K2 133 in 3 rooms, K3 9 in 1; P1 289 in 7, P2 23 in 1, P6 268 in 6; M1 115 in 2. */
    static Map<Grade, StudentsByGradeTable.Count> reported() {
        Map<Grade, StudentsByGradeTable.Count> m = new EnumMap<>(Grade.class);
        m.put(Grade.K2, new StudentsByGradeTable.Count(70, 63, 3));
        m.put(Grade.K3, new StudentsByGradeTable.Count(5, 4, 1));
        m.put(Grade.P1, new StudentsByGradeTable.Count(150, 139, 7));
        m.put(Grade.P2, new StudentsByGradeTable.Count(12, 11, 1));
        m.put(Grade.P6, new StudentsByGradeTable.Count(140, 128, 6));
        m.put(Grade.M1, new StudentsByGradeTable.Count(60, 55, 2));
        return m;
    }

    @Test
    void studentsAndClassroomsByGradeWithEachLevelsSubtotal() {
        TableResult<StudentsByGrade> r = new StudentsByGradeTable().compute(reported(), false);
        List<LevelBlock> levels = r.table().levels();
        assertEquals(List.of("pre-primary", "primary", "lower-secondary"), levels.stream().map(LevelBlock::level).toList(),
                "a primary area whose schools reported no M4-M6 prints no upper-secondary block");
        assertEquals(List.of("ก่อนประถมศึกษา", "ประถมศึกษา", "มัธยมศึกษาตอนต้น"), levels.stream().map(LevelBlock::nameTh).toList());
        assertEquals(List.of(142, 580, 115), levels.stream().map(LevelBlock::students).toList());
        assertEquals(List.of(4, 14, 2), levels.stream().map(LevelBlock::classrooms).toList());
        assertEquals(837, r.table().students());
        assertEquals(20, r.table().classrooms());
        assertEquals(List.of("K1", "K2", "K3"), levels.get(0).grades().stream().map(GradeRow::grade).toList(),
                "every grade of a level is a row, zero where none");
        assertEquals(new GradeRow("K1", "อนุบาล 1", 0, 0, 0, 0), levels.get(0).grades().get(0));
        assertEquals(new GradeRow("P1", "ประถมศึกษาปีที่ 1", 150, 139, 289, 7), levels.get(1).grades().get(0));
        assertEquals(new BigDecimal("268"), figure(r, "1.1.3/P6/students"));
        assertEquals(new BigDecimal("14"), figure(r, "1.1.3/primary/classrooms"));
        assertEquals(new BigDecimal("837"), figure(r, "1.1.3/total/students"));
        assertEquals("ประถมศึกษาปีที่ 6", r.figures().rowLabel(FigureKey.parse("1.1.3/P6/students")));
    }

    @Test
    void upperSecondaryIsPrintedWhereReportedOrInASecondaryArea() {
        Map<Grade, StudentsByGradeTable.Count> withM4 = reported();
        withM4.put(Grade.M4, new StudentsByGradeTable.Count(10, 10, 1));
        TableResult<StudentsByGrade> primaryArea = new StudentsByGradeTable().compute(withM4, false);
        assertEquals(4, primaryArea.table().levels().size());
        assertEquals(20, primaryArea.table().levels().get(3).students());
        assertEquals(857, primaryArea.table().students());

        TableResult<StudentsByGrade> secondaryArea = new StudentsByGradeTable().compute(reported(), true);
        assertEquals("upper-secondary", secondaryArea.table().levels().get(3).level());
        assertEquals(0, secondaryArea.table().levels().get(3).students());
    }
}
