package org.khet.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.assessment.domain.EvaluationResult;
import org.khet.assessment.domain.Framework;
import org.khet.assessment.domain.FrameworkIndicator;
import org.khet.assessment.domain.Rubric;
import org.khet.assessment.domain.RubricScale;
import org.khet.assessment.mapping.RubricMapper;
import org.khet.contracts.FeedResult;
import org.khet.contracts.events.assessment.IndicatorScored;
import org.khet.kit.feed.FeedErrors;
import org.khet.kit.feed.FeedKind;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.outbox.Outbox;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import static org.khet.assessment.service.FeedCells.difference;
import static org.khet.assessment.service.FeedCells.eq;
import static org.khet.assessment.service.FeedCells.percent;

/**
 * The evaluations feed (ผลการประเมิน): the results of the office's evaluations — scores per round or once, target
 * against achieved, ITA scores with grade and rank, and the explicit states. Validated whole, upserted by area,
 * year, framework, indicator and round; each changed result is one {@code IndicatorScored} event.
 */
@ApplicationScoped
public class EvaluationsFeed implements AreaFeedKind<List<EvaluationsFeed.Line>> {
    public static final String KIND = "evaluations";

    static final FeedReader.Columns COLUMNS = FeedReader.Columns.of(
            List.of("areaCode", "fiscalYear", "framework", "indicator"),
            List.of("round", "state", "score", "reportedLevel", "reportedLabel", "targetPercent", "achievedPercent",
                    "reportedOutcome", "reportedGrade", "rank", "rankOf", "reportedChange", "note"));

    /** States as the reports write them, in Thai or in Khet's words. */
    static final Map<String, String> STATE_WORDS = Map.ofEntries(
            Map.entry("scored", "SCORED"),
            Map.entry("not_applicable", "NOT_APPLICABLE"), Map.entry("n/a", "NOT_APPLICABLE"), Map.entry("-", "NOT_APPLICABLE"),
            Map.entry("ไม่ประเมิน", "NOT_APPLICABLE"),
            Map.entry("monitored_not_evaluated", "MONITORED_NOT_EVALUATED"), Map.entry("ติดตามแต่ไม่ประเมินผล", "MONITORED_NOT_EVALUATED"),
            Map.entry("pending", "PENDING"), Map.entry("อยู่ระหว่างดำเนินการ", "PENDING"), Map.entry("รอผลการประเมิน", "PENDING"),
            Map.entry("not_reported", "NOT_REPORTED"));
    static final Map<String, String> OUTCOME_WORDS = Map.of("achieved", "ACHIEVED", "บรรลุ", "ACHIEVED",
            "not_achieved", "NOT_ACHIEVED", "ไม่บรรลุ", "NOT_ACHIEVED");

    private final OrgDirectory directory;
    private final Outbox outbox;

    public EvaluationsFeed(OrgDirectory directory, Outbox outbox) {
        this.directory = directory;
        this.outbox = outbox;
    }

    public record Line(String area, int year, String framework, String indicator, String round, String state,
                  BigDecimal score, Integer reportedLevel, String reportedLabel, BigDecimal target, BigDecimal achieved,
                  String outcome, String grade, Integer rank, Integer rankOf, BigDecimal change, String note) {
        String key() {
            return area + "|" + year + "|" + framework + "|" + indicator + "|" + round;
        }
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public FeedReader.Columns columns() {
        return COLUMNS;
    }

    @Override
    public String scope(List<FeedRow> rows) {
        return FeedKind.scopeOf(rows, "areaCode", "fiscalYear");
    }

    @Override
    public List<Line> validate(List<FeedRow> rows) {
        FeedErrors errors = new FeedErrors();
        Map<String, Optional<Framework>> frameworks = new HashMap<>();
        Map<String, Map<String, FrameworkIndicator>> indicators = new HashMap<>();
        Map<String, RubricScale> rubrics = new HashMap<>();
        FeedCells.Units units = new FeedCells.Units(directory);
        Map<String, Integer> seen = new HashMap<>();
        List<Line> out = new ArrayList<>();
        for (FeedRow r : rows) {
            String area = errors.text(r, "areaCode", true);
            if (area != null && !units.area(errors, r, "areaCode", area)) {
                area = null;
            }
            Integer year = errors.beYear(r, "fiscalYear", true);
            String fwCode = errors.text(r, "framework", true);
            Framework fw = fwCode == null ? null : frameworks.computeIfAbsent(fwCode, c -> Optional.ofNullable(Framework.findById(c))).orElse(null);
            if (fwCode != null && fw == null) {
                errors.add(r.row(), "framework", "unknown framework '" + fwCode + "'; define it with PUT /v1/frameworks/" + fwCode);
            }
            if (fw != null && fw.fiscalYear != null && year != null && !fw.fiscalYear.equals(year)) {
                errors.add(r.row(), "fiscalYear", "framework " + fw.code + " is for fiscal year " + fw.fiscalYear + ", got " + year);
            }
            String indCode = errors.text(r, "indicator", true);
            FrameworkIndicator ind = null;
            boolean overall = EvaluationResult.ALL.equals(indCode);
            if (fw != null && indCode != null && !overall) {
                ind = indicators.computeIfAbsent(fw.code, c -> {
                    Map<String, FrameworkIndicator> m = new HashMap<>();
                    FrameworkIndicator.ofFramework(c).forEach(i -> m.put(i.code, i));
                    return m;
                }).get(indCode);
                if (ind == null) {
                    errors.add(r.row(), "indicator", "framework " + fw.code + " has no indicator '" + indCode
                            + "' (ALL is the framework average as reported)");
                }
            }
            String round = Objects.requireNonNullElse(r.get("round"), "");
            if (!round.isEmpty() && ind != null && !"ROUNDS".equals(ind.kind)) {
                errors.add(r.row(), "round", "indicator " + ind.code + " is scored once (" + ind.kind + "), not per round");
            }
            BigDecimal score = errors.decimal(r, "score", false, 2);
            BigDecimal target = percent(errors, r, "targetPercent", false);
            BigDecimal achieved = percent(errors, r, "achievedPercent", false);
            String stateText = r.get("state");
            String state;
            if (stateText == null) {
                state = score != null || achieved != null || target != null ? "SCORED" : null;
                if (state == null) {
                    errors.add(r.row(), "state", "a row without a score or achieved percentage needs a state: "
                            + EvaluationResult.STATES);
                }
            } else {
                state = STATE_WORDS.get(stateText.toLowerCase(Locale.ROOT));
                if (state == null) {
                    errors.add(r.row(), "state", "must be one of " + EvaluationResult.STATES + ", got '" + stateText + "'");
                }
            }
            RubricScale rubric = fw == null ? null : rubrics.computeIfAbsent(fw.rubricCode, RubricMapper::scale);
            boolean grade = ind != null && "GRADE".equals(ind.kind) || overall && rubric != null && Rubric.GRADE.equals(rubric.kind());
            if (state != null && !"SCORED".equals(state) && (score != null || achieved != null)) {
                errors.add(r.row(), "score", "a " + state + " indicator has no score; leave it empty");
            }
            if (score != null) {
                BigDecimal max = grade ? BigDecimal.valueOf(100) : BigDecimal.valueOf(5);
                BigDecimal min = grade ? BigDecimal.ZERO : BigDecimal.ONE;
                if (score.compareTo(min) < 0 || score.compareTo(max) > 0) {
                    errors.add(r.row(), "score", "must be from " + min + " to " + max + " for this indicator, got " + score.toPlainString());
                    score = null;
                }
            }
            if (ind != null && "TARGET".equals(ind.kind) && "SCORED".equals(state) && (target == null || achieved == null)) {
                errors.add(r.row(), target == null ? "targetPercent" : "achievedPercent",
                        "is required for a target indicator that has a result");
            }
            if (ind != null && "SCORED".equals(state) && !"TARGET".equals(ind.kind) && !"GROUP".equals(ind.kind) && score == null
                    && r.get("score") == null) {
                errors.add(r.row(), "score", "is required for a scored indicator of kind " + ind.kind);
            }
            Integer level = errors.integer(r, "reportedLevel", false, 1, 5);
            String label = r.get("reportedLabel");
            if (label != null && rubric != null && rubric.byLabel(label).isEmpty()) {
                errors.add(r.row(), "reportedLabel", "'" + label + "' is not a level of rubric " + rubric.code() + ": "
                        + rubric.bands().stream().map(RubricScale.Band::label).toList());
            }
            String outcomeText = r.get("reportedOutcome");
            String outcome = outcomeText == null ? null : OUTCOME_WORDS.get(outcomeText.toLowerCase(Locale.ROOT));
            if (outcomeText != null && outcome == null) {
                errors.add(r.row(), "reportedOutcome", "must be ACHIEVED (บรรลุ) or NOT_ACHIEVED (ไม่บรรลุ), got '" + outcomeText + "'");
            }
            String reportedGrade = r.get("reportedGrade");
            if (reportedGrade != null && rubric != null && grade && rubric.byLabel(reportedGrade).isEmpty()) {
                errors.add(r.row(), "reportedGrade", "'" + reportedGrade + "' is not a grade of rubric " + rubric.code());
            }
            Integer rank = errors.integer(r, "rank", false, 1, 100000);
            Integer rankOf = errors.integer(r, "rankOf", false, 1, 100000);
            if (rank != null && rankOf != null && rank > rankOf) {
                errors.add(r.row(), "rank", "rank " + rank + " is beyond the " + rankOf + " ranked");
            }
            BigDecimal change = difference(errors, r, "reportedChange");
            if (area != null && year != null && fw != null && indCode != null && (ind != null || overall) && state != null) {
                Line p = new Line(area, year, fw.code, indCode, round, state, score, level,
                        label == null ? null : rubric.byLabel(label).map(RubricScale.Band::label).orElse(label),
                        target, achieved, outcome, reportedGrade == null ? null : reportedGrade.toUpperCase(Locale.ROOT),
                        rank, rankOf, change, r.get("note"));
                Integer first = seen.putIfAbsent(p.key(), r.row());
                if (first != null) {
                    errors.add(r.row(), "indicator", "the same area, year, framework, indicator and round as row " + first);
                } else {
                    out.add(p);
                }
            }
        }
        errors.throwIfAny();
        return out;
    }

    @Override
    public FeedResult store(List<Line> lines, String actor) {
        int created = 0, updated = 0, unchanged = 0;
        for (Line p : lines) {
            EvaluationResult e = EvaluationResult.find("areaCode = ?1 and fiscalYear = ?2 and frameworkCode = ?3 "
                    + "and indicatorCode = ?4 and round = ?5", p.area(), p.year(), p.framework(), p.indicator(), p.round()).firstResult();
            if (e == null) {
                e = new EvaluationResult();
                e.id = UUID.randomUUID();
                e.areaCode = p.area();
                e.fiscalYear = p.year();
                e.frameworkCode = p.framework();
                e.indicatorCode = p.indicator();
                e.round = p.round();
                created++;
            } else if (same(e, p)) {
                unchanged++;
                continue;
            } else {
                updated++;
            }
            e.state = p.state();
            e.score = p.score();
            e.reportedLevel = p.reportedLevel();
            e.reportedLabel = p.reportedLabel();
            e.targetPercent = p.target();
            e.achievedPercent = p.achieved();
            e.reportedOutcome = p.outcome();
            e.reportedGrade = p.grade();
            e.rank = p.rank();
            e.rankOf = p.rankOf();
            e.reportedChange = p.change();
            e.note = p.note();
            e.updatedAt = OffsetDateTime.now();
            e.updatedBy = actor;
            e.persist();
            outbox.publish(IndicatorScored.TYPE, Outbox.Subject.of("evaluation", p.area() + ":" + p.year() + ":" + p.framework())
                            .area(p.area()).fiscalYear(p.year()),
                    new IndicatorScored(p.area(), p.year(), p.framework(), p.indicator(), p.round(), p.state(), p.score(),
                            p.reportedLevel(), p.reportedLabel(), p.target(), p.achieved(), p.outcome(), p.grade(), p.rank(),
                            p.rankOf(), p.change()), actor);
        }
        return FeedResult.of(KIND, lines.size(), created, updated, unchanged,
                List.copyOf(new TreeSet<>(lines.stream().map(Line::area).toList())),
                List.copyOf(new TreeSet<>(lines.stream().map(Line::year).toList())));
    }

    private static boolean same(EvaluationResult e, Line p) {
        return e.state.equals(p.state()) && eq(e.score, p.score())
                && Objects.equals(e.reportedLevel, p.reportedLevel()) && Objects.equals(e.reportedLabel, p.reportedLabel())
                && eq(e.targetPercent, p.target()) && eq(e.achievedPercent, p.achieved())
                && Objects.equals(e.reportedOutcome, p.outcome()) && Objects.equals(e.reportedGrade, p.grade())
                && Objects.equals(e.rank, p.rank()) && Objects.equals(e.rankOf, p.rankOf())
                && eq(e.reportedChange, p.change()) && Objects.equals(e.note, p.note());
    }
}
