package org.khet.assessment.mapping;

import org.khet.assessment.api.EvaluationOut;
import org.khet.assessment.domain.EvaluationResult;
import org.khet.assessment.service.EvaluationCalculator;

/** Evaluation result entities → DTO and the calculator's input. */
public final class EvaluationMapper {
    private EvaluationMapper() {
    }

    public static EvaluationOut toDto(EvaluationResult e) {
        return new EvaluationOut(e.id, e.areaCode, e.fiscalYear, e.frameworkCode, e.indicatorCode, e.round, e.state,
                e.score, e.reportedLevel, e.reportedLabel, e.targetPercent, e.achievedPercent, e.reportedOutcome,
                e.reportedGrade, e.rank, e.rankOf, e.reportedChange, e.note, e.version, e.updatedAt, e.updatedBy);
    }

    public static EvaluationCalculator.Result toCalc(EvaluationResult e) {
        return new EvaluationCalculator.Result(e.indicatorCode, e.round, e.state, e.score, e.reportedLevel,
                e.reportedLabel, e.targetPercent, e.achievedPercent, e.reportedOutcome, e.reportedGrade, e.rank,
                e.rankOf, e.reportedChange, e.note);
    }
}
