package org.khet.contracts.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A school's (or any org unit's) status in the register. */
public enum SchoolStatus implements Labelled {
    OPEN("open", "เปิดทำการ", "open"),
    MERGED("merged", "ยุบรวม", "merged"),
    CLOSED("closed", "ปิด", "closed");

    private final String code;
    private final String labelTh;
    private final String labelEn;

    SchoolStatus(String code, String labelTh, String labelEn) {
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
    public static SchoolStatus of(String code) {
        if (code == null) {
            return null;
        }
        SchoolStatus e = Labelled.byCode(SchoolStatus.class, code);
        if (e == null) {
            throw new IllegalArgumentException("unknown SchoolStatus '" + code + "'; known: " + Labelled.codes(SchoolStatus.class));
        }
        return e;
    }
}
