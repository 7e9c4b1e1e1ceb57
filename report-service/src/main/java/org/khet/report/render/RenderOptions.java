package org.khet.report.render;

import org.khet.report.words.Words;

import java.time.LocalDate;

/**
 * Options that change the rendered bytes (part of the cache key): Thai digits throughout, and which copy this is —
 * a published edition (its number and the day it was published) or the draft (the day it was printed); neither for a
 * bare rendering. The printed formats carry it on every page but the cover (ADR 0025).
 */
public record RenderOptions(boolean thaiDigits, Integer edition, LocalDate date) {
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
     * 4 ธันวาคม 2569" (Buddhist era) in Thai, "Edition 2 published on 5 December 2026" or "Draft of 4 December 2026"
     * in English; null when this is neither.
     */
    public String copyLine(Words w) {
        if (date == null) {
            return null;
        }
        String day = w.date(date);
        return edition != null ? w.tr("ฉบับที่ {0} เผยแพร่เมื่อ {1}", edition, day) : w.tr("ฉบับร่าง ณ วันที่ {0}", day);
    }

    /** The Thai report's copy line. */
    public String copyLine() {
        return copyLine(Words.TH);
    }
}
