package org.khet.contracts.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The state of a collection round (รอบการจัดเก็บข้อมูล): planned → open → closed → locked. */
public enum RoundState implements Labelled {
    PLANNED("planned", "วางแผนไว้", "planned"),
    OPEN("open", "เปิดรับข้อมูล", "open"),
    CLOSED("closed", "ปิดรับข้อมูล", "closed"),
    LOCKED("locked", "ปิดรอบแล้ว", "locked");

    private final Label label;

    RoundState(String code, String labelTh, String labelEn) {
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
    public static RoundState of(String code) {
        return Labelled.of(RoundState.class, code);
    }
}
