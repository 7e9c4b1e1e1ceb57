package org.khet.project.api;

import org.khet.project.domain.StrategicPlan;

import java.time.OffsetDateTime;
import java.util.List;

/** The JSON shapes of the strategic plan. */
public final class PlanDtos {
    private PlanDtos() {
    }

    public record StrategicPlanInput(String vision, List<String> missions, List<String> goals,
                                     List<StrategicPlan.Strategy> strategies, List<StrategicPlan.CoreValue> coreValues,
                                     List<StrategicPlan.PolicyArea> policies, List<String> focusPoints) {
    }

    public record StrategicPlanView(String areaCode, int fiscalYear, String vision, List<String> missions,
                                    List<String> goals, List<StrategicPlan.Strategy> strategies,
                                    List<StrategicPlan.CoreValue> coreValues, List<StrategicPlan.PolicyArea> policies,
                                    List<String> focusPoints, long version, OffsetDateTime updatedAt,
                                    String updatedBy) {
    }

    public record StrategicPlanHeader(String areaCode, int fiscalYear, String vision, int strategies, long version,
                                      String href) {
    }
}
