package org.khet.school.service.summary;

import org.junit.jupiter.api.Test;
import org.khet.contracts.read.school.AreaSummary.SizeClassRow;
import org.khet.contracts.read.school.AreaSummary.SizeClasses;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.khet.school.service.summary.Tables.figure;

class SizeClassTableTest {
    final SizeClassTable table = new SizeClassTable(Tables.OBEC_SIZES);

    @Test
    void schoolsAreClassedByTheirStudentsWithPercentagesHalfUp() {
        // 171 students: medium; 42 and 9: small; 615: large (601-1500)
        TableResult<SizeClasses> r = table.compute(List.of(171, 42, 9, 615));
        List<SizeClassRow> rows = r.table().rows();
        assertEquals(List.of("small", "medium", "large", "extra-large"), rows.stream().map(SizeClassRow::sizeClass).toList());
        assertEquals(List.of("ขนาดเล็ก", "ขนาดกลาง", "ขนาดใหญ่", "ขนาดใหญ่พิเศษ"), rows.stream().map(SizeClassRow::nameTh).toList());
        assertEquals(List.of("0-120", "121-600", "601-1500", "1501+"), rows.stream().map(SizeClassRow::students).toList());
        assertEquals(List.of(2, 1, 1, 0), rows.stream().map(SizeClassRow::schools).toList());
        assertEquals(List.of(new BigDecimal("50.00"), new BigDecimal("25.00"), new BigDecimal("25.00"), new BigDecimal("0.00")),
                rows.stream().map(SizeClassRow::percent).toList());
        assertEquals(4, r.table().totalSchools());
        assertEquals(new BigDecimal("100.00"), r.table().totalPercent());
        assertEquals(new BigDecimal("50.00"), figure(r, "1.1.1/small/percent"));
        assertEquals(new BigDecimal("4"), figure(r, "1.1.1/total/schools"));
    }

    @Test
    void theBoundsBelongToTheLowerClassAndThePrintedSumNeedNotBeAHundred() {
        // 120 is small, 600 medium, 1500 large: one each, 33.33 % each, 99.99 % together
        TableResult<SizeClasses> r = table.compute(List.of(120, 600, 1500));
        assertEquals(List.of(1, 1, 1, 0), r.table().rows().stream().map(SizeClassRow::schools).toList());
        assertEquals(new BigDecimal("33.33"), r.table().rows().get(0).percent());
        assertEquals(new BigDecimal("99.99"), r.table().totalPercent());
        assertEquals(1, table.compute(List.of(1501)).table().rows().get(3).schools());
    }

    @Test
    void withoutRoundsThereAreNoPercentages() {
        TableResult<SizeClasses> r = table.compute(List.of());
        assertNull(r.table().totalPercent());
        assertTrue(r.table().rows().stream().allMatch(row -> row.percent() == null));
        assertNull(figure(r, "1.1.1/small/percent"), "a percentage of nothing is no figure");
        assertEquals(BigDecimal.ZERO, figure(r, "1.1.1/small/schools"));
    }
}
