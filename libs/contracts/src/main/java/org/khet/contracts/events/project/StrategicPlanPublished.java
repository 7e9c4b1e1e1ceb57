package org.khet.contracts.events.project;

import java.util.List;

/**
 * {@code project.StrategicPlanPublished.v1}: an area's strategic plan (ทิศทางการพัฒนา) for a fiscal year was
 * stored or replaced. Carries the numbered strategies so consumers can label per-strategy figures.
 */
public record StrategicPlanPublished(String areaCode, int fiscalYear, String vision, List<Strategy> strategies,
                                     int missions, int goals, int policyAreas, int focusPoints, long version) {
    public static final String TYPE = "project.StrategicPlanPublished.v1";

    public record Strategy(int number, String textTh) {
    }
}
