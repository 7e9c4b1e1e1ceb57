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

    private final String labelTh;
    private final String labelEn;

    PlanKind(String labelTh, String labelEn) {
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
    public static PlanKind of(String code) {
        return ProjectCodes.of(PlanKind.class, code);
    }
}
