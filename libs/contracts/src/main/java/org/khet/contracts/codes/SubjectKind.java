package org.khet.contracts.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a finding (or a figure) is about. */
public enum SubjectKind implements Labelled {
    OBEC("obec", "สพฐ.", "OBEC"),
    AREA("area", "สำนักงานเขตพื้นที่การศึกษา", "area office"),
    DISTRICT("district", "อำเภอ", "district"),
    NETWORK("network", "เครือข่ายสถานศึกษา", "school network"),
    SCHOOL("school", "สถานศึกษา", "school"),
    UNIT("unit", "กลุ่ม/หน่วย", "unit"),
    PERSON("person", "บุคลากร", "person"),
    PROJECT("project", "โครงการ", "project"),
    BUDGET("budget", "งบประมาณ", "budget"),
    INDICATOR("indicator", "ตัวชี้วัด", "indicator"),
    TEST("test", "การทดสอบ", "test");

    private final String code;
    private final String labelTh;
    private final String labelEn;

    SubjectKind(String code, String labelTh, String labelEn) {
        this.code = code;
        this.labelTh = labelTh;
        this.labelEn = labelEn;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public String labelTh() {
        return labelTh;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    /** The constant for a wire value; null for null; an unknown value is an IllegalArgumentException naming the known ones. */
    @JsonCreator
    public static SubjectKind of(String code) {
        if (code == null) {
            return null;
        }
        SubjectKind e = Labelled.byCode(SubjectKind.class, code);
        if (e == null) {
            throw new IllegalArgumentException("unknown SubjectKind '" + code + "'; known: " + Labelled.codes(SubjectKind.class));
        }
        return e;
    }
}
