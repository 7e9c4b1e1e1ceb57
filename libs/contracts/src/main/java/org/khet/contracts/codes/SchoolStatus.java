package org.khet.contracts.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A school's (or any org unit's) status in the register. */
public enum SchoolStatus implements Labelled {
    OPEN("open", "เปิดทำการ", "open"),
    MERGED("merged", "ยุบรวม", "merged"),
    CLOSED("closed", "ปิด", "closed");

    private final Label label;

    SchoolStatus(String code, String labelTh, String labelEn) {
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
    public static SchoolStatus of(String code) {
        return Labelled.of(SchoolStatus.class, code);
    }
}
