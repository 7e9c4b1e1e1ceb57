package org.khet.school.service.summary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class FigureKeyTest {

    @Test
    void aKeyIsTableRowAndColumn() {
        FigureKey k = FigureKey.parse("table1/5602-01/schools");
        assertEquals(new FigureKey(SummaryTable.DISTRICTS, "5602-01", "schools"), k);
        assertEquals("table1/5602-01/schools", k.toString());
        assertEquals("1", k.table().printed());
        assertTrue(FigureKey.parse("1.1.6/total/38c2").isTotal());
        assertEquals(SummaryTable.ADMISSIONS, FigureKey.parse("3.1/P1/admittedStudentsPercent").table());
    }

    @Test
    void whatIsNotAKeyParsesToNull() {
        for (String s : new String[]{"ร้อยละ", "table2/5602-01/schools", "1.1.7/small/percent", "1.1.1//schools",
                "1.1.1/small/per cent", "1.1.1/small/percent/2566", "1.1.1/small", "", null}) {
            assertNull(FigureKey.parse(s), s);
        }
    }
}
