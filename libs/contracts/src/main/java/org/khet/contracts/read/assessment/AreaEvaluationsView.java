package org.khet.contracts.read.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.khet.contracts.Finding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The evaluations of an area office for a fiscal year, computed per framework, with the findings: what
 * assessment-service answers to {@code GET /v1/areas/{code}/evaluations?fiscalYear=} and report-service reads.
 */
public record AreaEvaluationsView(String areaCode, String areaNameTh, int fiscalYear, List<FrameworkResult> frameworks,
                                  List<Finding> findings) {

    /**
     * @param average       the mean score over the scored indicators at the framework's average depth
     * @param counted       how many indicators the average is over
     * @param excluded      the indicators left out of the average, counted by state (NOT_APPLICABLE: 1 …)
     * @param targets       the target-vs-achieved indicators: how many achieved, not achieved, pending
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FrameworkResult(String code, String family, String nameTh, String rubric, int averageDepth,
                                  BigDecimal average, Integer averageLevel, String averageLabel,
                                  BigDecimal reportedAverage, String reportedAverageLabel, int counted,
                                  Map<String, Integer> excluded, Targets targets, List<IndicatorRow> indicators) {
    }

    public record Targets(int achieved, int notAchieved, int pending) {
    }

    public record RoundScore(String round, String state, BigDecimal score) {
    }

    /**
     * One indicator. {@code level}/{@code label} are the level kept for the report: the reported one where one was
     * reported (a rubric disagreement is a finding, not a silent change), else the rubric's.
     *
     * @param scoreSource "reported" (the indicator's own score), "rounds" (mean of its rounds) or "children"
     * @param change      the change on the previous year kept for the report: the reported one, else the computed one
     * @param previousScore  a graded indicator's (ITA) score of the previous fiscal year, where it is stored
     * @param computedChange score − previousScore
     * @param rank           the rank to print (ITA): the one computed from every area's score where the national
     *                       ranking holds at least as many areas as the area's reported ranking counted (or the area
     *                       reported none), else the reported one
     * @param computedRank   the area's rank in the national ranking computed from the stored scores (ties share a
     *                       rank), over {@code computedRankOf} areas; null where the indicator is not graded or unscored
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record IndicatorRow(String code, String parentCode, int depth, String titleTh, String kind, String state,
                               List<RoundScore> rounds, BigDecimal score, String scoreSource, Integer level,
                               String label, Integer rubricLevel, String rubricLabel, Integer reportedLevel,
                               String reportedLabel, BigDecimal targetPercent, BigDecimal achievedPercent,
                               String outcome, String reportedOutcome, String grade, String reportedGrade,
                               Boolean passes, Integer rank, Integer rankOf, BigDecimal change,
                               BigDecimal reportedChange, BigDecimal previousScore, BigDecimal computedChange,
                               String note, Integer computedRank, Integer computedRankOf, Integer reportedRank,
                               Integer reportedRankOf) {
    }
}
