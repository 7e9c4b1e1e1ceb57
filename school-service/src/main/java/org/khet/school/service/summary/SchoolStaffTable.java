package org.khet.school.service.summary;

import org.khet.contracts.read.school.AreaSummary.StaffByDistrict;
import org.khet.contracts.read.school.AreaSummary.StaffRow;

import java.util.ArrayList;
import java.util.List;

import static org.khet.school.service.summary.SummaryTable.SCHOOL_STAFF;

/** 1.1.4 จำนวนผู้บริหารและข้าราชการครู: the schools' directors, deputies and teachers by district, and the total. */
public final class SchoolStaffTable {

    /** A district's schools' staff in the round (zero where its schools sent nothing). */
    public record District(String code, String nameTh, int directors, int deputies, int teachers) {
    }

    /** @param districts every district of the area, in the report's order */
    public TableResult<StaffByDistrict> compute(List<District> districts) {
        Figures figures = new Figures();
        List<StaffRow> rows = new ArrayList<>();
        int directors = 0;
        int deputies = 0;
        int teachers = 0;
        for (District d : districts) {
            int total = d.directors() + d.deputies() + d.teachers();
            rows.add(new StaffRow(d.code(), d.nameTh(), d.directors(), d.deputies(), d.teachers(), total));
            directors += d.directors();
            deputies += d.deputies();
            teachers += d.teachers();
            figures.put(SCHOOL_STAFF, d.code(), "total", total).label(SCHOOL_STAFF, d.code(), d.nameTh());
        }
        int total = directors + deputies + teachers;
        figures.put(SCHOOL_STAFF, FigureKey.TOTAL, "directors", directors)
                .put(SCHOOL_STAFF, FigureKey.TOTAL, "deputies", deputies)
                .put(SCHOOL_STAFF, FigureKey.TOTAL, "teachers", teachers)
                .put(SCHOOL_STAFF, FigureKey.TOTAL, "total", total);
        return TableResult.of(new StaffByDistrict(rows, new StaffRow(null, "รวม", directors, deputies, teachers, total)),
                figures);
    }
}
