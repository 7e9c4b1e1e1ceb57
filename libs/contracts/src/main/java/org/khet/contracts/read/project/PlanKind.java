package org.khet.contracts.read.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.khet.contracts.codes.Labelled;

/** Which of the report's two project lists a project is in; its wire (and stored) value is the constant's name. */
public enum PlanKind implements Labelled {
    /** โครงการตามแผนปฏิบัติการ: planned in the year's action plan. */
    ACTION_PLAN("โครงการตามแผนปฏิบัติการ", "action-plan project"),
    /** โครงการที่ดำเนินการเพิ่มเติมจากแผนปฏิบัติการ: added during the year, funded by the area, OBEC or another body. */
    ADDITIONAL("โครงการเพิ่มเติม", "additional project");

    private final Label label;

    /** The wire (and stored) value is the constant's name. */
    PlanKind(String labelTh, String labelEn) {
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
    public static PlanKind of(String code) {
        return Labelled.of(PlanKind.class, code);
    }
}
