package org.khet.assessment.mapping;

import org.khet.assessment.api.Definitions.BandOut;
import org.khet.assessment.api.Definitions.RubricOut;
import org.khet.assessment.domain.Rubric;
import org.khet.assessment.domain.RubricBand;
import org.khet.assessment.domain.RubricScale;

import java.util.List;

/** Rubric entities → the rubric as a value (for computing) and as a DTO. */
public final class RubricMapper {
    private RubricMapper() {
    }

    public static RubricScale scale(String code) {
        Rubric r = Rubric.findById(code);
        if (r == null) {
            throw new IllegalStateException("rubric " + code + " does not exist");
        }
        return new RubricScale(r.code, r.kind, RubricBand.ofRubric(code).stream()
                .map(b -> new RubricScale.Band(b.minScore, b.level, b.label, b.passes)).toList());
    }

    public static RubricOut toDto(Rubric r) {
        List<BandOut> bands = RubricBand.ofRubric(r.code).stream()
                .map(b -> new BandOut(b.minScore, b.level, b.label, b.passes)).toList();
        return new RubricOut(r.code, r.kind, r.nameTh, bands);
    }
}
