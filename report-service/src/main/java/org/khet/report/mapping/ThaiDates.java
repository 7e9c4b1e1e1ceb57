package org.khet.report.mapping;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates as Thai reports print them: "10 มิถุนายน 2566" (Buddhist era). */
final class ThaiDates {
    private static final String[] MONTHS = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
            "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};

    private ThaiDates() {
    }

    static String longDate(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(iso);
            return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + (d.getYear() + 543);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
