package org.khet.project.domain;

/** Which list of the report a project is in. */
public enum PlanKind {
    /** โครงการตามแผนปฏิบัติการ: planned in the year's action plan. */
    ACTION_PLAN,
    /** โครงการที่ดำเนินการเพิ่มเติมจากแผนปฏิบัติการ: added during the year, funded by the area, OBEC or another body. */
    ADDITIONAL
}
