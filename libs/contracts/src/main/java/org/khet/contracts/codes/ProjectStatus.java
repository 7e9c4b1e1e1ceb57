package org.khet.contracts.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A project's status. */
public enum ProjectStatus implements Labelled {
    PLANNED("PLANNED", "ตามแผน", "planned"),
    IN_PROGRESS("IN_PROGRESS", "ระหว่างดำเนินการ", "in progress"),
    COMPLETED("COMPLETED", "ดำเนินการแล้ว", "completed"),
    CANCELLED("CANCELLED", "ยกเลิก", "cancelled");

    private final Label label;

    ProjectStatus(String code, String labelTh, String labelEn) {
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
    public static ProjectStatus of(String code) {
        return Labelled.of(ProjectStatus.class, code);
    }
}
