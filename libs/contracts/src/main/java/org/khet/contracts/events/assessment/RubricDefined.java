package org.khet.contracts.events.assessment;

import java.math.BigDecimal;
import java.util.List;

/** {@code assessment.RubricDefined.v1}: a rubric (score bands → level and label, or → grade) was defined or changed. */
public record RubricDefined(String code, String kind, String nameTh, List<Band> bands) {
    public static final String TYPE = "assessment.RubricDefined.v1";

    public record Band(BigDecimal minScore, Integer level, String label, Boolean passes) {
    }
}
