package org.khet.contracts.codes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of unit in the org directory: OBEC, its areas, their districts, their schools. */
public enum OrgUnitKind implements Labelled {
    OBEC("OBEC", "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "OBEC"),
    AREA("AREA", "สำนักงานเขตพื้นที่การศึกษา", "area office"),
    DISTRICT("DISTRICT", "อำเภอ", "district"),
    SCHOOL("SCHOOL", "สถานศึกษา", "school");

    private final Label label;

    OrgUnitKind(String code, String labelTh, String labelEn) {
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
    public static OrgUnitKind of(String code) {
        return Labelled.of(OrgUnitKind.class, code);
    }
}
