package org.khet.contracts.read.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.khet.contracts.codes.Labelled;

/**
 * Who pays for a project: the area office (สพป.), OBEC (สพฐ.) or another body (หน่วยงานอื่น); its wire (and stored)
 * value is the constant's name.
 */
public enum FundingSource implements Labelled {
    AREA("สำนักงานเขตพื้นที่การศึกษา", "area office"),
    OBEC("สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "OBEC"),
    OTHER("หน่วยงานอื่น", "another body");

    private final Label label;

    /** The wire (and stored) value is the constant's name. */
    FundingSource(String labelTh, String labelEn) {
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
    public static FundingSource of(String code) {
        return Labelled.of(FundingSource.class, code);
    }
}
