package org.khet.report.mapping;

import org.khet.contracts.Finding;
import org.khet.report.domain.Column;
import org.khet.report.domain.Section;
import org.khet.report.domain.Table;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The findings annex: every service's findings, one row each, in Thai: the services by their Thai names, the field
 * names some findings carry (admittedStudentsPercent) by the column headers the report prints, and figures written
 * with thousands separators as the rest of the report (530,523.00, never 530523.00). The JSON keeps the findings as
 * the services gave them.
 */
public final class FindingMapping {
    static final Map<String, String> SOURCES = Map.of(
            "school-service", "ข้อมูลโรงเรียนและบุคลากร",
            "assessment-service", "ผลการทดสอบและการประเมิน",
            "budget-service", "งบประมาณ",
            "project-service", "โครงการ",
            "report-service", "รายงานผลการดำเนินงาน");
    /** Field and table codes the services' findings name, as the report's tables head them. */
    static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("owners.notInRegisterNames", "รายชื่อแต่ละคนพร้อมโครงการอยู่ในข้อมูลข้อค้นพบ"),
            Map.entry("admittedStudentsPercent", "ร้อยละนักเรียนที่รับเข้า"),
            Map.entry("percentDisbursed", "ร้อยละการเบิกจ่าย"),
            Map.entry("percentCommitted", "ร้อยละการเบิกจ่ายรวมผูกพัน"),
            Map.entry("disbursed", "เบิกจ่าย"),
            Map.entry("committed", "ผูกพัน"),
            Map.entry("remaining", "คงเหลือ"),
            Map.entry("allotted", "งบที่ได้รับจัดสรร"),
            Map.entry("execution", "ผลการเบิกจ่ายงบประมาณ"),
            Map.entry("operating-plan", "แผนการใช้จ่ายงบประมาณ"),
            Map.entry("budget", "งบประมาณ"),
            Map.entry("actualSpend", "ใช้จริง"));
    private static final Pattern PLAIN_AMOUNT = Pattern.compile("(?<![\\d,.])(-?\\d{4,})\\.(\\d{2})(?![\\d])");

    /** A code the services use, in Thai; anything else as it is. */
    static String thai(String s) {
        return s == null ? null : CODES.getOrDefault(s, s);
    }

    /** A reported or computed figure: a plain number gets thousands separators at its own scale; text stays. */
    static String figure(String s) {
        if (s == null || !s.matches("-?\\d+(\\.\\d+)?")) {
            return s;
        }
        BigDecimal d = new BigDecimal(s);
        DecimalFormat f = new DecimalFormat(d.scale() > 0 ? "#,##0." + "0".repeat(d.scale()) : "#,##0",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(d);
    }

    /** A Thai message: codes in Thai, amounts with thousands separators. */
    static String message(String s) {
        if (s == null) {
            return null;
        }
        String out = s;
        for (Map.Entry<String, String> e : CODES.entrySet()) {
            if (e.getKey().length() > 8 || e.getKey().contains(".")) {
                out = out.replace(e.getKey(), e.getValue());
            }
        }
        return PLAIN_AMOUNT.matcher(out).replaceAll(m -> Matcher.quoteReplacement(figure(m.group(1) + "." + m.group(2))));
    }
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
            t.row(Integer.toString(++i), SOURCES.getOrDefault(f.source(), f.source()), thai(f.table()), thai(f.row()),
                    thai(f.column()), figure(f.reported()), figure(f.computed()), f.difference(), message(f.messageTh()));
        }
        t.whenEmpty("ไม่พบความไม่สอดคล้องของข้อมูล");
        if (!findings.isEmpty()) {
            t.note("ผลต่าง = ค่าที่รายงาน − ค่าที่คำนวณได้ รวม " + findings.size() + " รายการ");
        }
        Table table = t.build();
        return new Section("a-findings", "ข้อค้นพบด้านคุณภาพข้อมูล (Data-quality findings)", List.of(table));
    }
}
