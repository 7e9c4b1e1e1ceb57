package org.khet.contracts.read.project;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An area's strategic plan of a fiscal year (ทิศทางการพัฒนาการศึกษา, Part 2 of the report) as project-service answers
 * {@code GET /v1/areas/{code}/strategic-plan/{fiscalYear}}. Lists keep the order of the source.
 */
public record StrategicPlanView(String areaCode, int fiscalYear, String vision, List<String> missions,
                                List<String> goals, List<Strategy> strategies, List<CoreValue> coreValues,
                                List<PolicyArea> policies, List<String> focusPoints, long version,
                                OffsetDateTime updatedAt, String updatedBy) {

    /** กลยุทธ์ที่ n. */
    public record Strategy(int number, String textTh) {
    }

    /** A core value: "P" – Participation – มีส่วนร่วม. */
    public record CoreValue(String letter, String nameEn, String meaningTh) {
    }

    /** A policy area (ด้านความปลอดภัย …) with its numbered items ("1.1", "1.2"). */
    public record PolicyArea(int number, String titleTh, List<PolicyItem> items) {
    }

    public record PolicyItem(String number, String textTh) {
    }
}
