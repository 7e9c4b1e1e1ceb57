package org.khet.project.api;

import org.khet.contracts.read.project.StrategicPlanView.CoreValue;
import org.khet.contracts.read.project.StrategicPlanView.PolicyArea;
import org.khet.contracts.read.project.StrategicPlanView.Strategy;

import java.util.List;

/** The JSON shapes of the strategic plan as written, and of the list of stored plans (read: {@code StrategicPlanView}). */
public final class PlanDtos {
    private PlanDtos() {
    }

    public record StrategicPlanInput(String vision, List<String> missions, List<String> goals,
                                     List<Strategy> strategies, List<CoreValue> coreValues,
                                     List<PolicyArea> policies, List<String> focusPoints) {
    }

    public record StrategicPlanHeader(String areaCode, int fiscalYear, String vision, int strategies, long version,
                                      String href) {
    }
}
