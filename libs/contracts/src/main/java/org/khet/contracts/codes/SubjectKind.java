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

    private final Label label;

    SubjectKind(String code, String labelTh, String labelEn) {
        this.label = new Label(code, labelTh, labelEn);
    }

    @Override
    public Label label() {
        return label;
    }

    /** The wire value; {@code @JsonValue} here, on the enum itself, where JSON and the API document's scanner look. */
    @Override
    @JsonValue
    public String code() {
        return label.code();
    }

    /** The constant for a wire value; null for null; an unknown value is an IllegalArgumentException naming the known ones. */
    @JsonCreator
    public static SubjectKind of(String code) {
        return Labelled.of(SubjectKind.class, code);
    }
}
