package org.khet.school.service.summary;

import org.junit.jupiter.api.Test;
import org.khet.contracts.Finding;
import org.khet.contracts.codes.Severity;
import org.khet.contracts.codes.SubjectKind;
import org.khet.contracts.read.school.AreaSummary.DistrictRow;
import org.khet.contracts.read.school.AreaSummary.Table1;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.khet.school.service.summary.Tables.figure;

class DistrictsTableTest {
    static final List<DistrictsTable.District> DISTRICTS = List.of(
            // จุน: 3 open schools registered (2 main schools and a branch), 3 reported
            new DistrictsTable.District("9820-01", "จุน", 7, 86, 5, 2, new BigDecimal("571.23"), 48129, 3, 3, 2, 1),
            // เชียงคำ: reported 3, but 2 open schools are registered
            new DistrictsTable.District("9820-02", "เชียงคำ", 10, 135, 4, 7, new BigDecimal("707.35"), 74826, 3, 2, 2, 0),
            // ภูซาง: no facts yet, no schools, nothing reported
            new DistrictsTable.District("9820-03", "ภูซาง", null, null, null, null, null, null, null, 0, 0, 0));

    @Test
    void theTotalRowAddsTheDistrictsFactsAndSchools() {
        TableResult<Table1> r = new DistrictsTable().compute(DISTRICTS);
        DistrictRow total = r.table().total();
        assertEquals("รวม", total.nameTh());
        assertNull(total.code());
        assertEquals(7 + 10, total.subDistricts());
        assertEquals(86 + 135, total.villages());
        assertEquals(5 + 4, total.municipalities());
        assertEquals(2 + 7, total.subDistrictAdministrations());
        assertEquals(new BigDecimal("1278.58"), total.areaKm2());
        assertEquals(48129 + 74826, total.population());
        assertEquals(5, total.schools());
        assertEquals(4, total.mainSchools());
        assertEquals(1, total.branches());
        assertEquals(List.of("จุน", "เชียงคำ", "ภูซาง"), r.table().districts().stream().map(DistrictRow::nameTh).toList());
        assertNull(r.table().districts().get(2).areaKm2(), "a fact not stored stays empty, not zero");

        assertEquals(new BigDecimal("3"), figure(r, "table1/9820-01/schools"));
        assertEquals(new BigDecimal("5"), figure(r, "table1/total/schools"));
        assertEquals(new BigDecimal("122955"), figure(r, "table1/total/population"));
        assertEquals(new BigDecimal("1278.58"), figure(r, "table1/total/areaKm2"));
        assertEquals("เชียงคำ", r.figures().rowLabel(FigureKey.parse("table1/9820-02/schools")));
    }

    @Test
    void aDistrictReportedWithOtherThanItsOpenSchoolsIsAFinding() {
        List<Finding> findings = new DistrictsTable().compute(DISTRICTS).findings();
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("school.district-schools", f.code());
        assertEquals(Finding.Subject.of(SubjectKind.DISTRICT, "9820-02", "เชียงคำ"), f.subject());
        assertEquals("1", f.table());
        assertEquals("เชียงคำ", f.row());
        assertEquals("schools", f.column());
        assertEquals("3", f.reported());
        assertEquals("2", f.computed());
        assertEquals(BigDecimal.ONE, f.difference());
        assertEquals(Severity.MAJOR, f.severity());
        assertTrue(f.messageTh().contains("อำเภอเชียงคำ"), f.messageTh());
    }

    @Test
    void anAreaWithoutDistrictsHasAnEmptyTableOfZeros() {
        TableResult<Table1> r = new DistrictsTable().compute(List.of());
        assertEquals(List.of(), r.table().districts());
        assertEquals(0, r.table().total().schools());
        assertEquals(new BigDecimal("0.00"), r.table().total().areaKm2());
        assertEquals(List.of(), r.findings());
    }
}
