package org.khet.assessment.mapping;

import org.khet.assessment.api.Definitions.FrameworkOut;
import org.khet.assessment.api.Definitions.IndicatorOut;
import org.khet.assessment.domain.Framework;
import org.khet.assessment.domain.FrameworkIndicator;
import org.khet.assessment.service.EvaluationCalculator;

/** Framework entities → DTO, and → the calculator's input. */
public final class FrameworkMapper {
    private FrameworkMapper() {
    }

    public static FrameworkOut toDto(Framework f) {
        return new FrameworkOut(f.code, f.family, f.nameTh, f.nameEn, f.fiscalYear, f.rubricCode, f.averageDepth,
                FrameworkIndicator.ofFramework(f.code).stream()
                        .map(i -> new IndicatorOut(i.code, i.parentCode, i.titleTh, i.kind, i.position)).toList());
    }

    public static EvaluationCalculator.Framework toCalc(Framework f) {
        return new EvaluationCalculator.Framework(f.code, f.family, f.nameTh, RubricMapper.scale(f.rubricCode), f.averageDepth);
    }
}
