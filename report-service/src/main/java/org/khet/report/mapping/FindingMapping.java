package org.khet.report.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.khet.report.domain.Column;
import org.khet.report.domain.Finding;
import org.khet.report.domain.Section;
import org.khet.report.domain.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.khet.report.mapping.J.*;

/**
 * Collects the data-quality findings of every summary: any {@code findings} array anywhere in a service's JSON,
 * each item read as table / row / column / reported / computed / difference / message.
 */
public final class FindingMapping {
    private FindingMapping() {
    }

    /** A service's typed findings as the annex lists them (null: the service had no data). */
    public static List<Finding> of(List<org.khet.contracts.Finding> findings) {
        List<Finding> out = new ArrayList<>();
        for (org.khet.contracts.Finding f : findings == null ? List.<org.khet.contracts.Finding>of() : findings) {
            out.add(new Finding(f.source(), f.table(), f.row(), f.column(), f.reported(), f.computed(), f.difference(),
                    f.severity().code(), f.messageTh()));
        }
        return out;
    }

    public static List<Finding> collect(String service, JsonNode summary) {
        List<Finding> out = new ArrayList<>();
        walk(service, summary, out);
        return out;
    }

    private static void walk(String service, JsonNode n, List<Finding> out) {
        if (!present(n)) {
            return;
        }
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : iterable(n)) {
                if (e.getKey().equals("findings") && e.getValue().isArray()) {
                    e.getValue().forEach(f -> out.add(finding(service, f)));
                } else {
                    walk(service, e.getValue(), out);
                }
            }
        } else if (n.isArray()) {
            n.forEach(c -> walk(service, c, out));
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode n) {
        return n::fields;
    }

    private static Finding finding(String service, JsonNode f) {
        String reported = text(f, "reported", "reportedValue");
        String computed = text(f, "computed", "computedValue", "expected");
        BigDecimal diff = dec(f, "difference", "diff");
        BigDecimal r = dec(f, "reported", "reportedValue");
        BigDecimal c = dec(f, "computed", "computedValue", "expected");
        if (diff == null && r != null && c != null) {
            diff = r.subtract(c);
        }
        String item = text(f, "item", "row", "figure");
        if (item == null && present(node(f, "number"))) {
            // project-service names the project and the check that failed
            item = "ADDITIONAL".equals(text(f, "planKind")) ? "โครงการเพิ่มเติม" : "โครงการตามแผนปฏิบัติการ";
            item += " ที่ " + text(f, "number") + " " + SchoolMapping.nz(text(f, "title"));
        }
        String check = text(f, "check");
        if (check != null) {
            item = item == null ? check : item + " [" + check + "]";
        }
        return new Finding(service, text(f, "table", "tableTh"), item, text(f, "column", "field"), reported, computed,
                diff, text(f, "severity"), text(f, "message", "messageTh", "detail", "description"));
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
            t.row(Integer.toString(++i), f.service(), f.table(), f.item(), f.column(), f.reported(), f.computed(),
                    f.difference(), f.message());
        }
        t.whenEmpty("ไม่พบความไม่สอดคล้องของข้อมูล");
        if (!findings.isEmpty()) {
            t.note("ผลต่าง = ค่าที่รายงาน − ค่าที่คำนวณได้ รวม " + findings.size() + " รายการ");
        }
        Table table = t.build();
        return new Section("a-findings", "ข้อค้นพบด้านคุณภาพข้อมูล (Data-quality findings)", List.of(table));
    }
}
