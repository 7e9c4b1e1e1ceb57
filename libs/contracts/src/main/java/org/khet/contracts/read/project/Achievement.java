package org.khet.contracts.read.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.khet.contracts.codes.Labelled;

/**
 * Whether a project reached its goal (บรรลุ / ไม่บรรลุ), or not assessed (the report left the cell empty); its wire (and
 * stored) value is the constant's name.
 */
public enum Achievement implements Labelled {
    YES("บรรลุ", "achieved"),
    NO("ไม่บรรลุ", "not achieved"),
    NOT_ASSESSED("ยังไม่ประเมิน", "not assessed");

    private final String labelTh;
    private final String labelEn;

    Achievement(String labelTh, String labelEn) {
        this.labelTh = labelTh;
        this.labelEn = labelEn;
    }

    @Override
    @JsonValue
    public String code() {
        return name();
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
        return ProjectCodes.of(Achievement.class, code);
    }
}
