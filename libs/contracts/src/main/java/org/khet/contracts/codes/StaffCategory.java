package org.khet.contracts.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The office's staff categories (บุคลากรในสำนักงานเขตพื้นที่การศึกษา), in the report's order. */
public enum StaffCategory implements Labelled {
    KH38("38kh", "ข้าราชการ 38 ข.", "civil servants (section 38 kh)"),
    C1_38("38c1", "ข้าราชการ 38 ค(1)", "civil servants (section 38 c(1))"),
    C2_38("38c2", "ข้าราชการ 38 ค(2)", "civil servants (section 38 c(2))"),
    GOVERNMENT_EMPLOYEE("government-employee", "พนักงานราชการ", "government employees"),
    PERMANENT("permanent", "ลูกจ้างประจำ", "permanent employees"),
    TEMPORARY("temporary", "ลูกจ้างชั่วคราว", "temporary employees");

    private final Label label;

    StaffCategory(String code, String labelTh, String labelEn) {
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
    public static StaffCategory of(String code) {
        return Labelled.of(StaffCategory.class, code);
    }
}
