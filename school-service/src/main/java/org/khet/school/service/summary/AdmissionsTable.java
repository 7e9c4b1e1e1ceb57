package org.khet.school.service.summary;

import org.khet.contracts.Percent;
import org.khet.contracts.read.school.AreaSummary.AdmissionRow;
import org.khet.contracts.read.school.AreaSummary.Admissions;
import org.khet.school.domain.AdmissionLevel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.khet.school.service.summary.SummaryTable.ADMISSIONS;

/**
 * 3.1 ผลการรับนักเรียนเปรียบเทียบกับแผน: by level, the schools that planned admissions, the rooms and students planned
 * and admitted, and what was admitted as a percentage of the plan.
 */
public final class AdmissionsTable {

    /** A level's admissions summed over the area's schools. */
    public record Level(int schools, int plannedRooms, int plannedStudents, int admittedRooms, int admittedStudents) {
        static final Level NONE = new Level(0, 0, 0, 0, 0);
    }

    /** @param byLevel the levels the schools reported (a level not in it counts zero) */
    public TableResult<Admissions> compute(int academicYear, Map<AdmissionLevel, Level> byLevel) {
        Figures figures = new Figures();
        List<AdmissionRow> rows = new ArrayList<>();
        for (AdmissionLevel level : AdmissionLevel.values()) {
            Level l = byLevel.getOrDefault(level, Level.NONE);
            BigDecimal rooms = Percent.of(l.admittedRooms(), l.plannedRooms());
            BigDecimal students = Percent.of(l.admittedStudents(), l.plannedStudents());
            rows.add(new AdmissionRow(level.code(), level.nameTh, l.schools(), l.plannedRooms(), l.plannedStudents(),
                    l.admittedRooms(), rooms, l.admittedStudents(), students));
            figures.put(ADMISSIONS, level.code(), "schools", l.schools())
                    .put(ADMISSIONS, level.code(), "admittedRooms", l.admittedRooms())
                    .put(ADMISSIONS, level.code(), "admittedStudents", l.admittedStudents())
                    .put(ADMISSIONS, level.code(), "admittedRoomsPercent", rooms)
                    .put(ADMISSIONS, level.code(), "admittedStudentsPercent", students)
                    .label(ADMISSIONS, level.code(), level.nameTh);
        }
        return TableResult.of(new Admissions(academicYear, rows), figures);
    }
}
