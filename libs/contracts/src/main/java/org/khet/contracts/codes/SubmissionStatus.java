package org.khet.contracts.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where one school's submission to a collection round stands: not submitted → submitted (ยืนยัน) → warnings acknowledged → certified by the director (รับรอง) → acknowledged by the area (รับทราบ) → locked with the round. */
public enum SubmissionStatus implements Labelled {
    NOT_SUBMITTED("not-submitted", "ยังไม่ส่ง", "not submitted"),
    SUBMITTED("submitted", "ส่งข้อมูลแล้ว", "submitted"),
    WARNINGS_ACKNOWLEDGED("warnings-acknowledged", "ชี้แจงคำเตือนแล้ว", "warnings acknowledged"),
    CERTIFIED("certified", "ผู้อำนวยการรับรองแล้ว", "certified by the director"),
    ACKNOWLEDGED("acknowledged", "เขตรับทราบแล้ว", "acknowledged by the area"),
    LOCKED("locked", "ปิดรอบแล้ว", "locked");

    private final String code;
    private final String labelTh;
    private final String labelEn;

    SubmissionStatus(String code, String labelTh, String labelEn) {
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
    public static SubmissionStatus of(String code) {
        if (code == null) {
            return null;
        }
        SubmissionStatus e = Labelled.byCode(SubmissionStatus.class, code);
        if (e == null) {
            throw new IllegalArgumentException("unknown SubmissionStatus '" + code + "'; known: " + Labelled.codes(SubmissionStatus.class));
        }
        return e;
    }
}
