package org.khet.school.service.summary;

import org.khet.contracts.codes.StaffCategory;
import org.khet.contracts.read.school.AreaSummary.OfficeStaff;
import org.khet.contracts.read.school.AreaSummary.UnitRow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.khet.school.service.summary.SummaryTable.OFFICE_STAFF;

/** 1.1.6 ข้อมูลบุคลากร: the office's own staff by unit and personnel category, every category shown (zeros too). */
public final class OfficeStaffTable {

    /** An office unit, in the report's order. */
    public record Unit(String code, String nameTh) {
    }

    /** How many people of a category a unit has. */
    public record Count(String unitCode, StaffCategory category, int people) {
    }

    public TableResult<OfficeStaff> compute(List<Unit> units, List<Count> counts) {
        Figures figures = new Figures();
        Map<StaffCategory, Integer> totals = zeros();
        List<UnitRow> rows = new ArrayList<>();
        for (Unit u : units) {
            Map<StaffCategory, Integer> byCategory = zeros();
            counts.stream().filter(c -> c.unitCode().equals(u.code()))
                    .forEach(c -> byCategory.merge(c.category(), c.people(), Integer::sum));
            byCategory.forEach((c, n) -> totals.merge(c, n, Integer::sum));
            int total = byCategory.values().stream().mapToInt(Integer::intValue).sum();
            rows.add(new UnitRow(u.code(), u.nameTh(), byCategory, total));
            figures.put(OFFICE_STAFF, u.code(), "total", total).label(OFFICE_STAFF, u.code(), u.nameTh());
        }
        int total = totals.values().stream().mapToInt(Integer::intValue).sum();
        totals.forEach((c, n) -> figures.put(OFFICE_STAFF, FigureKey.TOTAL, c.code(), n));
        figures.put(OFFICE_STAFF, FigureKey.TOTAL, "total", total);
        return TableResult.of(new OfficeStaff(List.of(StaffCategory.values()), rows, new UnitRow(null, "รวม", totals, total)),
                figures);
    }

    private static Map<StaffCategory, Integer> zeros() {
        Map<StaffCategory, Integer> m = new EnumMap<>(StaffCategory.class);
        for (StaffCategory c : StaffCategory.values()) {
            m.put(c, 0);
        }
        return m;
    }
}
