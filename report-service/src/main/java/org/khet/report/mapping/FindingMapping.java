package org.khet.report.mapping;

import org.khet.contracts.Finding;
import org.khet.report.domain.Column;
import org.khet.report.domain.Section;
import org.khet.report.domain.Table;

import java.util.List;

/** The findings annex: every service's findings as the services give them, one row each, in Thai. */
public final class FindingMapping {
    private FindingMapping() {
    }

    /** The findings annex: one table of every finding, in service order. */
    public static Section annex(List<Finding> findings) {
        Tables t = Tables.of("ta-findings", "ข้อค้นพบด้านคุณภาพข้อมูล: ตัวเลขที่รายงานไม่ตรงกับที่ระบบคำนวณจากข้อมูลที่บันทึก", "report-service",
                Column.text("no", "ที่"), Column.text("service", "ที่มา"), Column.text("table", "ตาราง"),
                Column.text("item", "รายการ"), Column.text("column", "คอลัมน์"), Column.text("reported", "ค่าที่รายงาน"),
                Column.text("computed", "ค่าที่คำนวณได้"), Column.signed("difference", "ผลต่าง"),
                Column.text("message", "คำอธิบาย"));
        int i = 0;
        for (Finding f : findings) {
            t.row(Integer.toString(++i), f.source(), f.table(), f.row(), f.column(), f.reported(), f.computed(),
                    f.difference(), f.messageTh());
        }
        t.whenEmpty("ไม่พบความไม่สอดคล้องของข้อมูล");
        if (!findings.isEmpty()) {
            t.note("ผลต่าง = ค่าที่รายงาน − ค่าที่คำนวณได้ รวม " + findings.size() + " รายการ");
        }
        Table table = t.build();
        return new Section("a-findings", "ข้อค้นพบด้านคุณภาพข้อมูล (Data-quality findings)", List.of(table));
    }
}
