package org.khet.contracts.events.assessment;

import java.util.List;

/** {@code assessment.FrameworkDefined.v1}: an evaluation framework and its indicators were defined or changed. */
public record FrameworkDefined(String code, String family, String nameTh, Integer fiscalYear, String rubricCode,
                               int averageDepth, List<Indicator> indicators) {
    public static final String TYPE = "assessment.FrameworkDefined.v1";

    public record Indicator(String code, String parentCode, String titleTh, String kind) {
    }
}
