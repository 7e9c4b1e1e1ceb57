package org.khet.school.service.summary;

import org.khet.contracts.Finding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Figures as the area printed them, compared with what the tables compute: a figure that differs, or that Khet does
 * not compute, is a finding ({@code school.reported-figure}) at the figure's table, row and column; its messages name
 * the figure's key, under which the area recorded it.
 */
public final class ReportedFigures {

    /** A figure as printed: its key, its value and where it was printed (may be null). */
    public record Printed(FigureKey key, BigDecimal value, String source) {
    }

    /** @param printed in key order */
    public List<Finding> compare(Finding.Subject area, Figures computed, List<Printed> printed) {
        List<Finding> findings = new ArrayList<>();
        for (Printed p : printed) {
            BigDecimal c = computed.value(p.key());
            if (c != null && c.compareTo(p.value()) == 0) {
                continue;
            }
            String src = p.source() == null ? "" : " (" + p.source() + ")";
            String value = plain(p.value()) + src;
            Finding.Builder f = Finding.of("school.reported-figure", SummaryTable.SOURCE, area)
                    .at(p.key().table().printed(), computed.rowLabel(p.key()), p.key().column())
                    .numbers(p.value(), c);
            findings.add(c == null
                    ? f.says("ตัวเลข " + p.key() + " ที่รายงานไว้ " + value + " แต่ระบบไม่ได้คำนวณตัวเลขนี้จากข้อมูลที่บันทึกไว้",
                    "figure " + p.key() + ": reported " + value + ", but Khet computes no such figure from the stored rows")
                    : f.says("ตัวเลข " + p.key() + " ที่รายงานไว้ " + value + " แต่คำนวณจากข้อมูลที่บันทึกไว้ได้ " + plain(c),
                    "figure " + p.key() + ": reported " + value + ", computed from the stored rows " + plain(c)));
        }
        return findings;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
