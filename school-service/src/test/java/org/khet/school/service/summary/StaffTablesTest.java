package org.khet.school.service.summary;

import org.junit.jupiter.api.Test;
import org.khet.contracts.codes.StaffCategory;
import org.khet.contracts.read.school.AreaSummary.ContractStaff;
import org.khet.contracts.read.school.AreaSummary.OfficeStaff;
import org.khet.contracts.read.school.AreaSummary.StaffByDistrict;
import org.khet.contracts.read.school.AreaSummary.StaffRow;
import org.khet.contracts.read.school.AreaSummary.TypeCount;
import org.khet.contracts.read.school.AreaSummary.UnitRow;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.khet.contracts.codes.StaffCategory.*;
import static org.khet.school.service.summary.Tables.figure;

/** 1.1.4, 1.1.5 and 1.1.6 of a hand-made area. */
class StaffTablesTest {

    @Test
    void schoolStaffByDistrict() {
        TableResult<StaffByDistrict> r = new SchoolStaffTable().compute(List.of(
                new SchoolStaffTable.District("9820-01", "จุน", 2, 0, 12),
                new SchoolStaffTable.District("9820-02", "เชียงคำ", 1, 2, 30)));
        assertEquals(List.of(14, 33), r.table().rows().stream().map(StaffRow::total).toList());
        assertEquals(new StaffRow(null, "รวม", 3, 2, 42, 47), r.table().total());
        assertEquals(new BigDecimal("33"), figure(r, "1.1.4/9820-02/total"));
        assertEquals(new BigDecimal("42"), figure(r, "1.1.4/total/teachers"));
        assertEquals(new BigDecimal("47"), figure(r, "1.1.4/total/total"));
    }

    @Test
    void contractStaffByTypeKeepsTypesWithNobody() {
        List<TypeCount> types = List.of(new TypeCount("government-employee", "พนักงานราชการ", 2),
                new TypeCount("school-clerk", "เจ้าหน้าที่ธุรการ", 2), new TypeCount("boarding-teacher", "ครูพี่เลี้ยง", 0),
                new TypeCount("janitor", "นักการภารโรง", 1), new TypeCount("special-needs-assistant", "พี่เลี้ยงเด็กพิการ", 1));
        TableResult<ContractStaff> r = new ContractStaffTable().compute(types);
        assertEquals(types, r.table().rows());
        assertEquals(6, r.table().total());
        assertEquals(BigDecimal.ZERO, figure(r, "1.1.5/boarding-teacher/count"));
        assertEquals(new BigDecimal("6"), figure(r, "1.1.5/total/count"));
        assertEquals("เจ้าหน้าที่ธุรการ", r.figures().rowLabel(FigureKey.parse("1.1.5/school-clerk/count")));
    }

    @Test
    void officeStaffByUnitAndCategoryWithEveryCategoryShown() {
        List<OfficeStaffTable.Unit> units = List.of(new OfficeStaffTable.Unit("director", "ผอ.สพป."),
                new OfficeStaffTable.Unit("deputies", "รอง ผอ.สพป."), new OfficeStaffTable.Unit("administration", "กลุ่มอำนวยการ"),
                new OfficeStaffTable.Unit("policy-planning", "กลุ่มนโยบายและแผน"),
                new OfficeStaffTable.Unit("internal-audit", "หน่วยตรวจสอบภายใน"), new OfficeStaffTable.Unit("legal", "กลุ่มกฎหมายและคดี"));
        List<OfficeStaffTable.Count> counts = List.of(new OfficeStaffTable.Count("director", KH38, 1),
                new OfficeStaffTable.Count("deputies", KH38, 2), new OfficeStaffTable.Count("administration", C2_38, 2),
                new OfficeStaffTable.Count("administration", PERMANENT, 1), new OfficeStaffTable.Count("administration", TEMPORARY, 2),
                new OfficeStaffTable.Count("policy-planning", C2_38, 1),
                new OfficeStaffTable.Count("policy-planning", GOVERNMENT_EMPLOYEE, 1),
                new OfficeStaffTable.Count("internal-audit", C2_38, 1));
        TableResult<OfficeStaff> r = new OfficeStaffTable().compute(units, counts);
        assertEquals(List.of(StaffCategory.values()), r.table().categories());
        assertEquals(List.of(1, 2, 5, 2, 1, 0), r.table().rows().stream().map(UnitRow::total).toList());
        UnitRow admin = r.table().rows().get(2);
        assertEquals(List.of(0, 0, 2, 0, 1, 2), List.copyOf(admin.byCategory().values()), "every category, in report order");
        UnitRow total = r.table().total();
        assertEquals("รวม", total.nameTh());
        assertEquals(List.of(3, 0, 4, 1, 1, 2), List.copyOf(total.byCategory().values()));
        assertEquals(11, total.total());
        assertEquals(new BigDecimal("4"), figure(r, "1.1.6/total/38c2"));
        assertEquals(new BigDecimal("5"), figure(r, "1.1.6/administration/total"));
        assertEquals(BigDecimal.ZERO, figure(r, "1.1.6/legal/total"));
    }
}
