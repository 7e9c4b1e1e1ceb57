package org.khet.report.render;

import java.time.LocalDate;

/**
 * Options that change the rendered bytes (part of the cache key): Thai digits throughout, and which copy this is —
 * a published edition (its number and the day it was published) or the draft (the day it was printed); neither for a
 * bare rendering. The printed formats carry it on every page but the cover (ADR 0025).
 */
public record RenderOptions(boolean thaiDigits, Integer edition, LocalDate date) {
    private static final String[] MONTHS = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
            "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};

    public RenderOptions(boolean thaiDigits) {
        this(thaiDigits, null, null);
    }

    /** The live draft, printed on {@code day}. */
    public RenderOptions draft(LocalDate day) {
        return new RenderOptions(thaiDigits, null, day);
    }

    /** Edition {@code number}, published on {@code day}. */
    public RenderOptions edition(int number, LocalDate day) {
        return new RenderOptions(thaiDigits, number, day);
    }

    /**
     * The line printed on every page but the cover: "ฉบับที่ 2 เผยแพร่เมื่อ 5 ธันวาคม 2569" or "ฉบับร่าง ณ วันที่
     * 4 ธันวาคม 2569" (Buddhist era); null when this is neither.
     */
    public String copyLine() {
        if (date == null) {
            return null;
        }
        String day = date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + (date.getYear() + 543);
        return edition != null ? "ฉบับที่ " + edition + " เผยแพร่เมื่อ " + day : "ฉบับร่าง ณ วันที่ " + day;
    }
}
