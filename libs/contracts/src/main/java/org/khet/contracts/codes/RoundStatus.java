package org.khet.contracts.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The state of a school's submission for one enrolment round. */
public enum RoundStatus implements Labelled {
    SUBMITTED("submitted", "ส่งข้อมูลแล้ว", "submitted"),
    CERTIFIED("certified", "รับรองแล้ว", "certified"),
    LOCKED("locked", "ปิดรอบแล้ว", "locked");

    private final String code;
    private final String labelTh;
    private final String labelEn;

    RoundStatus(String code, String labelTh, String labelEn) {
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
    public static RoundStatus of(String code) {
        if (code == null) {
            return null;
        }
        RoundStatus e = Labelled.byCode(RoundStatus.class, code);
        if (e == null) {
            throw new IllegalArgumentException("unknown RoundStatus '" + code + "'; known: " + Labelled.codes(RoundStatus.class));
        }
        return e;
    }
}
