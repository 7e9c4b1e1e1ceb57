package org.khet.contracts.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of unit in the org directory: OBEC, its areas, their districts, their schools. */
public enum OrgUnitKind implements Labelled {
    OBEC("OBEC", "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "OBEC"),
    AREA("AREA", "สำนักงานเขตพื้นที่การศึกษา", "area office"),
    DISTRICT("DISTRICT", "อำเภอ", "district"),
    SCHOOL("SCHOOL", "สถานศึกษา", "school");

    private final String code;
    private final String labelTh;
    private final String labelEn;

    OrgUnitKind(String code, String labelTh, String labelEn) {
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
    public static OrgUnitKind of(String code) {
        if (code == null) {
            return null;
        }
        OrgUnitKind e = Labelled.byCode(OrgUnitKind.class, code);
        if (e == null) {
            throw new IllegalArgumentException("unknown OrgUnitKind '" + code + "'; known: " + Labelled.codes(OrgUnitKind.class));
        }
        return e;
    }
}
