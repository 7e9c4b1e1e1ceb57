package org.khet.school.domain;

import org.khet.school.config.SchoolConfig;

/** ขนาดสถานศึกษา: a school's size class, derived from its round's total students with configured thresholds. */
public enum SizeClass {
    SMALL("ขนาดเล็ก"), MEDIUM("ขนาดกลาง"), LARGE("ขนาดใหญ่"), EXTRA_LARGE("ขนาดใหญ่พิเศษ");

    public final String nameTh;

    SizeClass(String nameTh) {
        this.nameTh = nameTh;
    }

    public static SizeClass of(int students, SchoolConfig.SizeClasses t) {
        if (students <= t.smallMax()) {
            return SMALL;
        }
        if (students <= t.mediumMax()) {
            return MEDIUM;
        }
        return students <= t.largeMax() ? LARGE : EXTRA_LARGE;
    }

    /** The band as printed in the report: "นร.0-120 คน". */
    public String band(SchoolConfig.SizeClasses t) {
        return switch (this) {
            case SMALL -> "0-" + t.smallMax();
            case MEDIUM -> (t.smallMax() + 1) + "-" + t.mediumMax();
            case LARGE -> (t.mediumMax() + 1) + "-" + t.largeMax();
            case EXTRA_LARGE -> (t.largeMax() + 1) + "+";
        };
    }

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
