package org.khet.contracts.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The state of a school's submission for one enrolment round. */
public enum RoundStatus implements Labelled {
    SUBMITTED("submitted", "ส่งข้อมูลแล้ว", "submitted"),
    CERTIFIED("certified", "รับรองแล้ว", "certified"),
    LOCKED("locked", "ปิดรอบแล้ว", "locked");

    private final Label label;

    RoundStatus(String code, String labelTh, String labelEn) {
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
    public static RoundStatus of(String code) {
        return Labelled.of(RoundStatus.class, code);
    }
}
