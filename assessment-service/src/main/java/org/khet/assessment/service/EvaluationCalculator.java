package org.khet.assessment.service;

import org.khet.assessment.domain.RubricScale;
import org.khet.contracts.Finding;
import org.khet.contracts.codes.SubjectKind;
import org.khet.contracts.read.assessment.AreaEvaluationsView.FrameworkResult;
import org.khet.contracts.read.assessment.AreaEvaluationsView.IndicatorRow;
import org.khet.contracts.read.assessment.AreaEvaluationsView.RoundScore;
import org.khet.contracts.read.assessment.AreaEvaluationsView.Targets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes a framework's results for one area and year from the stored indicator results. Pure, so that the
 * rules are tested without a database:
 * <ul>
 * <li>an indicator scored per round is the mean of its scored rounds;</li>
 * <li>an indicator without a score of its own but with children (the standards' tree) is the mean of its
 * scored children;</li>
 * <li>a level comes from the framework's rubric; a reported level the rubric would not give is kept and is a
 * finding, as is a reported parent level its children do not give;</li>
 * <li>the framework average is over the scored indicators at its average depth, with not-applicable,
 * monitored-not-evaluated, pending and unreported ones excluded and counted;</li>
 * <li>a graded score's (ITA) change on the previous year is computed where that year's score is stored; a reported
 * change more than 0.01 from it is kept and is a finding.</li>
 * </ul>
 */
public final class EvaluationCalculator {
    public static final String SCORED = "SCORED";
    private static final String SOURCE = TestCalculator.SOURCE;
    /** A reported change on the previous year further than this from the computed one is a finding. */
    static final BigDecimal CHANGE_TOLERANCE = new BigDecimal("0.01");

    private EvaluationCalculator() {
    }

    public record Framework(String code, String family, String nameTh, RubricScale rubric, int averageDepth) {
    }

    public record Indicator(String code, String parentCode, String titleTh, String kind, int position) {
    }

    public record Result(String indicator, String round, String state, BigDecimal score, Integer reportedLevel,
                         String reportedLabel, BigDecimal target, BigDecimal achieved, String reportedOutcome,
                         String reportedGrade, Integer rank, Integer rankOf, BigDecimal reportedChange, String note) {
    }

    private record Node(Indicator ind, int depth, List<Node> children) {
    }

    private record Effective(String state, BigDecimal score, String source) {
    }

    /**
     * @param area           the area whose results these are: the subject of the findings about the framework average
     * @param previousScores the previous year's score of a graded indicator (ITA), by indicator code, where it is
     *                       stored: its change on the previous year is computed and checked against the reported one
     */
    public static FrameworkResult compute(Framework fw, Finding.Subject area, List<Indicator> indicators,
                                          List<Result> results, Map<String, BigDecimal> previousScores,
                                          List<Finding> findings) {
        return compute(fw, area, indicators, results, previousScores, Map.of(), findings);
    }

    /** A graded indicator's rank in the national ranking computed from every area's stored score. */
    public record Rank(int rank, int rankOf) {
    }

    /**
     * As above, with the national ranks of the area's graded indicators (ITA), by indicator code: the rank printed is
     * the computed one where the ranking holds at least as many areas as the area's reported ranking counted (a rank
     * among fewer areas than the office ranked against says nothing), else the reported one; where both stand and
     * differ, a finding.
     */
    public static FrameworkResult compute(Framework fw, Finding.Subject area, List<Indicator> indicators,
                                          List<Result> results, Map<String, BigDecimal> previousScores,
                                          Map<String, Rank> ranks, List<Finding> findings) {
        String table = fw.nameTh();
        Map<String, Node> nodes = new LinkedHashMap<>();
        indicators.stream().sorted(Comparator.comparingInt(Indicator::position))
                .forEach(i -> nodes.put(i.code(), new Node(i, 0, new ArrayList<>())));
        Map<String, Integer> depths = new HashMap<>();
        for (Node n : nodes.values()) {
            if (n.ind().parentCode() != null && nodes.containsKey(n.ind().parentCode())) {
                nodes.get(n.ind().parentCode()).children().add(n);
            }
            depths.put(n.ind().code(), depthOf(n.ind(), nodes));
        }
        Map<String, List<Result>> byIndicator = new HashMap<>();
        for (Result r : results) {
            byIndicator.computeIfAbsent(r.indicator(), k -> new ArrayList<>()).add(r);
        }
        Map<String, Effective> memo = new HashMap<>();
        List<IndicatorRow> rows = new ArrayList<>();
        for (Node n : nodes.values()) {
            rows.add(row(fw, n, depths.get(n.ind().code()), byIndicator, memo, previousScores, ranks, findings, table));
        }

        // the average over the framework's average depth
        List<BigDecimal> counted = new ArrayList<>();
        Map<String, Integer> excluded = new LinkedHashMap<>();
        int achieved = 0, notAchieved = 0, pending = 0;
        for (IndicatorRow r : rows) {
            if ("TARGET".equals(r.kind())) {
                if ("ACHIEVED".equals(r.outcome())) {
                    achieved++;
                } else if ("NOT_ACHIEVED".equals(r.outcome())) {
                    notAchieved++;
                } else {
                    pending++;
                }
                continue;
            }
            if (r.depth() != fw.averageDepth()) {
                continue;
            }
            if (SCORED.equals(r.state()) && r.score() != null) {
                counted.add(r.score());
            } else {
                excluded.merge(r.state() == null ? "NO_DATA" : r.state(), 1, Integer::sum);
            }
        }
        BigDecimal average = counted.isEmpty() ? null
                : counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP);
        Optional<RubricScale.Band> band = fw.rubric().bandOf(average);
        List<Result> all = byIndicator.getOrDefault("ALL", List.of());
        Result reported = all.isEmpty() ? null : all.get(0);
        String reportedLabel = null;
        if (reported != null) {
            reportedLabel = reportedLabel(fw.rubric(), reported).orElse(null);
            String item = "ค่าเฉลี่ยรวม " + counted.size() + " ตัวชี้วัด";
            if (reported.score() != null && average != null && reported.score().compareTo(average) != 0) {
                findings.add(Finding.of("assessment.framework-average", SOURCE, area).at(table, item, null)
                        .numbers(reported.score(), average)
                        .says("ค่าเฉลี่ยที่รายงานไม่ใช่ค่าเฉลี่ยของตัวชี้วัดที่มีคะแนน " + counted.size() + " ตัวชี้วัด",
                                "the reported average is not the mean of the " + counted.size() + " scored indicators"));
            }
            if (reportedLabel != null && band.isPresent() && !reportedLabel.equals(band.get().label())) {
                findings.add(Finding.of("assessment.framework-average-level", SOURCE, area).at(table, item, "ระดับคุณภาพ")
                        .labels(reportedLabel, band.get().label())
                        .says("ระดับคุณภาพของค่าเฉลี่ยที่รายงานไม่ใช่ระดับที่เกณฑ์ " + fw.rubric().code() + " ให้สำหรับ " + average,
                                "the reported level of the average is not what rubric " + fw.rubric().code()
                                        + " gives for " + average));
            }
        }
        return new FrameworkResult(fw.code(), fw.family(), fw.nameTh(), fw.rubric().code(), fw.averageDepth(), average,
                band.map(RubricScale.Band::level).orElse(null), band.map(RubricScale.Band::label).orElse(null),
                reported == null ? null : reported.score(), reportedLabel, counted.size(), excluded,
                new Targets(achieved, notAchieved, pending), rows);
    }

    private static IndicatorRow row(Framework fw, Node n, int depth, Map<String, List<Result>> byIndicator,
                                    Map<String, Effective> memo, Map<String, BigDecimal> previousScores,
                                    Map<String, Rank> ranks,
                                    List<Finding> findings, String table) {
        Indicator ind = n.ind();
        String item = itemName(ind);
        Finding.Subject about = Finding.Subject.of(SubjectKind.INDICATOR, fw.code() + ":" + ind.code(), ind.titleTh());
        List<Result> mine = byIndicator.getOrDefault(ind.code(), List.of());
        Result own = mine.stream().filter(r -> r.round().isEmpty()).findFirst().orElse(null);
        List<RoundScore> rounds = mine.stream().filter(r -> !r.round().isEmpty())
                .sorted(Comparator.comparingInt(r -> roundOrder(r.round())))
                .map(r -> new RoundScore(r.round(), r.state(), r.score())).toList();
        Effective eff = effective(n, byIndicator, memo);

        if ("ROUNDS".equals(ind.kind()) && own != null && own.score() != null && "rounds".equals(eff.source())
                && own.score().compareTo(eff.score()) != 0) {
            findings.add(Finding.of("assessment.round-mean", SOURCE, about).at(table, item, "ค่าคะแนนเฉลี่ย")
                    .numbers(own.score(), eff.score())
                    .says("ค่าคะแนนของตัวชี้วัดที่รายงานไม่ใช่ค่าเฉลี่ยของคะแนนรายรอบ",
                            "the reported indicator score is not the mean of its rounds"));
        }
        Integer rubricLevel = null;
        String rubricLabel = null;
        String grade = null;
        Boolean passes = null;
        Optional<RubricScale.Band> band = fw.rubric().bandOf(eff.score());
        if (band.isPresent() && SCORED.equals(eff.state())) {
            rubricLevel = band.get().level();
            rubricLabel = band.get().label();
            if ("GRADE".equals(ind.kind())) {
                grade = band.get().label();
                passes = band.get().passes();
            }
        }
        Integer reportedLevel = own == null ? null : own.reportedLevel();
        String reportedLabel = own == null ? null : reportedLabel(fw.rubric(), own).orElse(null);
        if (own != null && own.reportedLevel() != null && own.reportedLabel() != null) {
            Optional<RubricScale.Band> byLevel = fw.rubric().byLevel(own.reportedLevel());
            if (byLevel.isPresent() && !byLevel.get().label().equals(own.reportedLabel())) {
                findings.add(Finding.of("assessment.level-label", SOURCE, about).at(table, item, "คำอธิบายระดับคุณภาพ")
                        .labels(own.reportedLevel() + " " + own.reportedLabel(), own.reportedLevel() + " " + byLevel.get().label())
                        .says("ระดับคุณภาพที่รายงานกับคำอธิบายระดับคุณภาพไม่ตรงกัน", "the reported level and its label disagree"));
            }
        }
        if (reportedLevel == null && reportedLabel != null) {
            reportedLevel = fw.rubric().byLabel(reportedLabel).map(RubricScale.Band::level).orElse(null);
        }
        if (reportedLabel != null && rubricLabel != null && !"GRADE".equals(ind.kind()) && !reportedLabel.equals(rubricLabel)) {
            String score = eff.score().toPlainString();
            findings.add(Finding.of("assessment.rubric-level", SOURCE, about).at(table, item, "คำอธิบายระดับคุณภาพ")
                    .labels(score + " → " + reportedLabel, score + " → " + rubricLabel)
                    .says("เกณฑ์ " + fw.rubric().code() + " ให้ระดับ " + rubricLabel + " สำหรับคะแนน " + score
                                    + " ระบบคงระดับ " + reportedLabel + " ตามที่รายงานไว้",
                            "rubric " + fw.rubric().code() + " gives " + rubricLabel + " for " + score + "; the reported "
                                    + reportedLabel + " is kept"));
        }
        // a reported parent against what its children give
        if (!n.children().isEmpty() && own != null && own.score() != null) {
            BigDecimal fromChildren = childrenMean(n, byIndicator, memo);
            Optional<RubricScale.Band> childBand = fw.rubric().bandOf(fromChildren);
            if (childBand.isPresent() && band.isPresent() && !Objects.equals(childBand.get().level(), band.get().level())) {
                findings.add(Finding.of("assessment.parent-level", SOURCE, about).at(table, item, "ระดับคุณภาพ")
                        .labels(own.score().toPlainString() + " " + band.get().label(),
                                fromChildren.toPlainString() + " " + childBand.get().label())
                        .says("ระดับคุณภาพที่รายงานไม่ใช่ระดับที่ได้จากค่าเฉลี่ยของตัวบ่งชี้ย่อยที่ได้รับการประเมิน",
                                "the reported level is not what the mean of its evaluated sub-indicators gives"));
            }
        }
        String grReported = own == null ? null : own.reportedGrade();
        if (grade != null && grReported != null && !grade.equalsIgnoreCase(grReported)) {
            findings.add(Finding.of("assessment.grade", SOURCE, about).at(table, item, "ระดับผลคะแนน")
                    .labels(grReported, grade)
                    .says("เกณฑ์ " + fw.rubric().code() + " ให้ระดับผลคะแนน " + grade + " สำหรับคะแนน "
                                    + eff.score().toPlainString(),
                            "rubric " + fw.rubric().code() + " gives " + grade + " for " + eff.score().toPlainString()));
        }
        String outcome = null;
        BigDecimal target = own == null ? null : own.target();
        BigDecimal achieved = own == null ? null : own.achieved();
        if ("TARGET".equals(ind.kind()) && target != null && achieved != null && SCORED.equals(eff.state())) {
            outcome = achieved.compareTo(target) >= 0 ? "ACHIEVED" : "NOT_ACHIEVED";
            if (own.reportedOutcome() != null && !own.reportedOutcome().equals(outcome)) {
                findings.add(Finding.of("assessment.target-outcome", SOURCE, about).at(table, item, "การแปลผล")
                        .labels(own.reportedOutcome(), outcome)
                        .says("ผลการดำเนินการร้อยละ " + achieved.toPlainString() + " เทียบกับค่าเป้าหมายร้อยละ "
                                        + target.toPlainString() + (outcome.equals("ACHIEVED") ? " จึงบรรลุ" : " จึงไม่บรรลุ"),
                                "achieved " + achieved.toPlainString() + "% against a target of " + target.toPlainString() + "%"));
            }
        }
        // a graded score's change on the previous year, where that year's score is stored
        BigDecimal previous = "GRADE".equals(ind.kind()) ? previousScores.get(ind.code()) : null;
        BigDecimal computedChange = previous != null && eff.score() != null && SCORED.equals(eff.state())
                ? eff.score().subtract(previous).setScale(2, RoundingMode.HALF_UP) : null;
        BigDecimal reportedChange = own == null ? null : own.reportedChange();
        if (computedChange != null && reportedChange != null
                && reportedChange.subtract(computedChange).abs().compareTo(CHANGE_TOLERANCE) > 0) {
            findings.add(Finding.of("assessment.previous-year-change", SOURCE, about).at(table, item, "เปรียบเทียบกับปีก่อน")
                    .numbers(reportedChange, computedChange)
                    .says("คะแนนของปีก่อนคือ " + previous.toPlainString() + " ผลต่างจึงเป็น " + computedChange.toPlainString()
                                    + " ไม่ใช่ " + reportedChange.toPlainString() + " ตามที่รายงาน",
                            "the previous year's score is " + previous.toPlainString() + ", so the change is "
                                    + computedChange.toPlainString() + ", not the reported " + reportedChange.toPlainString()));
        }
        Integer reportedRank = own == null ? null : own.rank();
        Integer reportedRankOf = own == null ? null : own.rankOf();
        Rank computed = "GRADE".equals(ind.kind()) && eff.score() != null ? ranks.get(ind.code()) : null;
        boolean computedStands = computed != null && (reportedRankOf == null || computed.rankOf() >= reportedRankOf);
        if (computedStands && reportedRank != null && reportedRank != computed.rank()) {
            findings.add(Finding.of("assessment.ita-rank", SOURCE, about).at(table, item, "อันดับที่")
                    .numbers(new BigDecimal(reportedRank), new BigDecimal(computed.rank()))
                    .says("คะแนนของทุกเขตจัดอันดับให้เป็นอันดับที่ " + computed.rank() + " จาก " + computed.rankOf()
                                    + " ไม่ใช่อันดับที่ " + reportedRank + " จาก " + reportedRankOf + " ตามที่รายงาน",
                            "every area's score ranks it " + computed.rank() + " of " + computed.rankOf()
                                    + ", not " + reportedRank + " of " + reportedRankOf + " as reported"));
        }
        Integer level = reportedLevel != null ? reportedLevel : rubricLevel;
        String label = reportedLabel != null ? reportedLabel : rubricLabel;
        if ("GRADE".equals(ind.kind())) {
            label = grReported != null ? grReported : grade;
        }
        return new IndicatorRow(ind.code(), ind.parentCode(), depth, ind.titleTh(), ind.kind(), eff.state(), rounds,
                eff.score(), eff.source(), level, label, rubricLevel, rubricLabel, reportedLevel, reportedLabel, target,
                achieved, outcome, own == null ? null : own.reportedOutcome(), grade, grReported, passes,
                computedStands ? Integer.valueOf(computed.rank()) : reportedRank,
                computedStands ? Integer.valueOf(computed.rankOf()) : reportedRankOf,
                reportedChange != null ? reportedChange : computedChange, reportedChange, previous, computedChange,
                own == null ? null : own.note(), computed == null ? null : computed.rank(),
                computed == null ? null : computed.rankOf(), reportedRank, reportedRankOf);
    }

    /** The state and score an indicator counts with: its rounds, its own score, or its children. */
    private static Effective effective(Node n, Map<String, List<Result>> byIndicator, Map<String, Effective> memo) {
        Effective known = memo.get(n.ind().code());
        if (known != null) {
            return known;
        }
        List<Result> mine = byIndicator.getOrDefault(n.ind().code(), List.of());
        Result own = mine.stream().filter(r -> r.round().isEmpty()).findFirst().orElse(null);
        List<Result> rounds = mine.stream().filter(r -> !r.round().isEmpty()).toList();
        Effective e;
        if (own != null && !SCORED.equals(own.state())) {
            e = new Effective(own.state(), null, null);
        } else if (!rounds.isEmpty() && rounds.stream().noneMatch(r -> SCORED.equals(r.state()) && r.score() != null)) {
            e = new Effective(rounds.get(0).state(), null, null);
        } else if (!rounds.isEmpty()) {
            List<BigDecimal> scores = rounds.stream().filter(r -> SCORED.equals(r.state()) && r.score() != null)
                    .map(Result::score).toList();
            e = new Effective(SCORED, mean(scores), "rounds");
        } else if (own != null && own.score() != null) {
            e = new Effective(SCORED, own.score(), "reported");
        } else if (own != null && "TARGET".equals(n.ind().kind())) {
            e = new Effective(SCORED, null, null);
        } else if (!n.children().isEmpty()) {
            BigDecimal m = childrenMean(n, byIndicator, memo);
            e = m == null ? new Effective(null, null, null) : new Effective(SCORED, m, "children");
        } else {
            e = new Effective(own == null ? null : own.state(), null, null);
        }
        memo.put(n.ind().code(), e);
        return e;
    }

    private static BigDecimal childrenMean(Node n, Map<String, List<Result>> byIndicator, Map<String, Effective> memo) {
        List<BigDecimal> scores = new ArrayList<>();
        for (Node c : n.children()) {
            Effective ce = effective(c, byIndicator, memo);
            if (SCORED.equals(ce.state()) && ce.score() != null) {
                scores.add(ce.score());
            }
        }
        return scores.isEmpty() ? null : mean(scores);
    }

    static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    private static Optional<String> reportedLabel(RubricScale rubric, Result r) {
        if (r.reportedLabel() != null) {
            return Optional.of(r.reportedLabel());
        }
        if (r.reportedLevel() != null) {
            return rubric.byLevel(r.reportedLevel()).map(RubricScale.Band::label);
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern NAMED =
            java.util.regex.Pattern.compile("^(มาตรฐานที่ \\S+|ตัวบ่งชี้ที่ \\S+|ประเด็นการพิจารณาที่ \\S+)");

    /** How a reader finds the row: "มาตรฐานที่ 1 (1)", "ประเด็นการพิจารณาที่ 2 (3.3.2)", else "ตัวชี้วัดที่ 6a". */
    static String itemName(Indicator ind) {
        java.util.regex.Matcher m = NAMED.matcher(ind.titleTh());
        return m.find() ? m.group(1) + " (" + ind.code() + ")" : "ตัวชี้วัดที่ " + ind.code();
    }

    private static int depthOf(Indicator i, Map<String, Node> nodes) {
        int d = 1;
        String p = i.parentCode();
        while (p != null && nodes.containsKey(p) && d < 20) {
            d++;
            p = nodes.get(p).ind().parentCode();
        }
        return d;
    }

    /** "6m" before "12m": rounds sort by their leading number, then by name. */
    static int roundOrder(String round) {
        String digits = round.replaceAll("^(\\d+).*$", "$1");
        return digits.matches("\\d+") ? Integer.parseInt(digits) : 1000 + round.hashCode() % 1000;
    }
}
