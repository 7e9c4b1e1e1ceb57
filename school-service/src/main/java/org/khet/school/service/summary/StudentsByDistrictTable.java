package org.khet.school.service.summary;

import org.khet.contracts.read.school.AreaSummary.GenderRow;
import org.khet.contracts.read.school.AreaSummary.StudentsByDistrict;

import java.util.ArrayList;
import java.util.List;

import static org.khet.school.service.summary.SummaryTable.STUDENTS_BY_DISTRICT;

/** 1.1.2 จำนวนนักเรียนจำแนกตามอำเภอ: the round's students by district and gender, and the grand total. */
public final class StudentsByDistrictTable {

    /** A district's boys and girls in the round (zero where its schools sent nothing). */
    public record District(String code, String nameTh, int boys, int girls) {
    }

    /** @param districts every district of the area, in the report's order */
    public TableResult<StudentsByDistrict> compute(List<District> districts) {
        Figures figures = new Figures();
        List<GenderRow> rows = new ArrayList<>();
        int boys = 0;
        int girls = 0;
        for (District d : districts) {
            rows.add(new GenderRow(d.code(), d.nameTh(), d.boys(), d.girls(), d.boys() + d.girls()));
            boys += d.boys();
            girls += d.girls();
            figures.put(STUDENTS_BY_DISTRICT, d.code(), "boys", d.boys())
                    .put(STUDENTS_BY_DISTRICT, d.code(), "girls", d.girls())
                    .put(STUDENTS_BY_DISTRICT, d.code(), "total", d.boys() + d.girls())
                    .label(STUDENTS_BY_DISTRICT, d.code(), d.nameTh());
        }
        figures.put(STUDENTS_BY_DISTRICT, FigureKey.TOTAL, "boys", boys)
                .put(STUDENTS_BY_DISTRICT, FigureKey.TOTAL, "girls", girls)
                .put(STUDENTS_BY_DISTRICT, FigureKey.TOTAL, "total", boys + girls);
        return TableResult.of(new StudentsByDistrict(rows, new GenderRow(null, "รวมทั้งสิ้น", boys, girls, boys + girls)),
                figures);
    }
}
