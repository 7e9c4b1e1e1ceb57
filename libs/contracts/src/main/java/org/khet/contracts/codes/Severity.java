package org.khet.contracts.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How much a finding matters: a rounding or typing slip, or a real disagreement. */
public enum Severity implements Labelled {
    MINOR("minor", "เล็กน้อย", "minor"),
    MAJOR("major", "สำคัญ", "major");

    private final Label label;

    Severity(String code, String labelTh, String labelEn) {
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
    public static Severity of(String code) {
        return Labelled.of(Severity.class, code);
    }
}
