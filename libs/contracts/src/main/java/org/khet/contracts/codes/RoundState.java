package org.khet.contracts.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The state of a collection round (รอบการจัดเก็บข้อมูล): planned → open → closed → locked. */
public enum RoundState implements Labelled {
    PLANNED("planned", "วางแผนไว้", "planned"),
    OPEN("open", "เปิดรับข้อมูล", "open"),
    CLOSED("closed", "ปิดรับข้อมูล", "closed"),
    LOCKED("locked", "ปิดรอบแล้ว", "locked");

    private final String code;
    private final String labelTh;
    private final String labelEn;

    RoundState(String code, String labelTh, String labelEn) {
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
    public static RoundState of(String code) {
        if (code == null) {
            return null;
        }
        RoundState e = Labelled.byCode(RoundState.class, code);
        if (e == null) {
            throw new IllegalArgumentException("unknown RoundState '" + code + "'; known: " + Labelled.codes(RoundState.class));
        }
        return e;
    }
}
