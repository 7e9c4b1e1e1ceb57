package org.khet.contracts.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where one school's submission to a collection round stands: not submitted → submitted (ยืนยัน) → warnings
 * acknowledged → certified by the director (รับรอง) → acknowledged by the area (รับทราบ) → locked with the round.
 */
public enum SubmissionStatus implements Labelled {
    NOT_SUBMITTED("not-submitted", "ยังไม่ส่ง", "not submitted"),
    SUBMITTED("submitted", "ส่งข้อมูลแล้ว", "submitted"),
    WARNINGS_ACKNOWLEDGED("warnings-acknowledged", "ชี้แจงคำเตือนแล้ว", "warnings acknowledged"),
    CERTIFIED("certified", "ผู้อำนวยการรับรองแล้ว", "certified by the director"),
    ACKNOWLEDGED("acknowledged", "เขตรับทราบแล้ว", "acknowledged by the area"),
    LOCKED("locked", "ปิดรอบแล้ว", "locked");

    private final Label label;

    SubmissionStatus(String code, String labelTh, String labelEn) {
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
    public static SubmissionStatus of(String code) {
        return Labelled.of(SubmissionStatus.class, code);
    }
}
