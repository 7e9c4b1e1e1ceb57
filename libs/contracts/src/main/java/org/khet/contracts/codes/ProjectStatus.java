package org.khet.contracts.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A project's status. */
public enum ProjectStatus implements Labelled {
    PLANNED("PLANNED", "ตามแผน", "planned"),
    IN_PROGRESS("IN_PROGRESS", "ระหว่างดำเนินการ", "in progress"),
    COMPLETED("COMPLETED", "ดำเนินการแล้ว", "completed"),
    CANCELLED("CANCELLED", "ยกเลิก", "cancelled");

    private final String code;
    private final String labelTh;
    private final String labelEn;

    ProjectStatus(String code, String labelTh, String labelEn) {
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
    public static ProjectStatus of(String code) {
        if (code == null) {
            return null;
        }
        ProjectStatus e = Labelled.byCode(ProjectStatus.class, code);
        if (e == null) {
            throw new IllegalArgumentException("unknown ProjectStatus '" + code + "'; known: " + Labelled.codes(ProjectStatus.class));
        }
        return e;
    }
}
