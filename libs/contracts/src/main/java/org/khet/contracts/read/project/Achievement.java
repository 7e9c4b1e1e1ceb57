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

    private final Label label;

    /** The wire (and stored) value is the constant's name. */
    Achievement(String labelTh, String labelEn) {
        this.label = new Label(name(), labelTh, labelEn);
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
    public static Achievement of(String code) {
        return Labelled.of(Achievement.class, code);
    }
}
