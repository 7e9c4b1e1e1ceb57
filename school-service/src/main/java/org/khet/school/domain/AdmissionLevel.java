package org.khet.school.domain;

import java.util.Arrays;

/** ระดับชั้นที่รับนักเรียน: the levels schools admit new students to and plan admissions for (table 3.1). */
public enum AdmissionLevel {
    KINDERGARTEN("kindergarten", "อนุบาล"), P1("P1", "ประถมศึกษาปีที่ 1"), M1("M1", "มัธยมศึกษาปีที่ 1");

    private final String code;
    public final String nameTh;

    AdmissionLevel(String code, String nameTh) {
        this.code = code;
        this.nameTh = nameTh;
    }

    /** The level as feeds and the database carry it. */
    public String code() {
        return code;
    }

    /** The level with this code, or null. */
    public static AdmissionLevel of(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst().orElse(null);
    }
}
