package org.khet.contracts.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How much a finding matters: a rounding or typing slip, or a real disagreement. */
public enum Severity implements Labelled {
    MINOR("minor", "เล็กน้อย", "minor"),
    MAJOR("major", "สำคัญ", "major");

    private final String code;
    private final String labelTh;
    private final String labelEn;

    Severity(String code, String labelTh, String labelEn) {
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
    public static Severity of(String code) {
        if (code == null) {
            return null;
        }
        Severity e = Labelled.byCode(Severity.class, code);
        if (e == null) {
            throw new IllegalArgumentException("unknown Severity '" + code + "'; known: " + Labelled.codes(Severity.class));
        }
        return e;
    }
}
