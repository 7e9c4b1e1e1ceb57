package org.khet.contracts.read.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.khet.contracts.codes.Labelled;

/** Whether a project reached its goal (บรรลุ / ไม่บรรลุ), or not assessed (the report left the cell empty). */
public enum Achievement implements Labelled {
    YES("YES", "บรรลุ", "achieved"),
    NO("NO", "ไม่บรรลุ", "not achieved"),
    NOT_ASSESSED("NOT_ASSESSED", "ยังไม่ประเมิน", "not assessed");

    private final String code;
    private final String labelTh;
    private final String labelEn;

    Achievement(String code, String labelTh, String labelEn) {
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
    public static Achievement of(String code) {
        if (code == null) {
            return null;
        }
        Achievement e = Labelled.byCode(Achievement.class, code);
        if (e == null) {
            throw new IllegalArgumentException("unknown Achievement '" + code + "'; known: " + Labelled.codes(Achievement.class));
        }
        return e;
    }
}
