package org.khet.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.assessment.domain.TestStatistic;
import org.khet.contracts.FeedResult;
import org.khet.contracts.FeedWarning;
import org.khet.contracts.events.assessment.TestStatisticsPublished;
import org.khet.kit.feed.FeedErrors;
import org.khet.kit.feed.FeedKind;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.outbox.Outbox;
import org.khet.assessment.rounds.TestResultRules;
import org.khet.kit.round.RoundTarget;
import org.khet.kit.security.AccessControl;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static org.khet.assessment.service.FeedCells.HUNDRED;
import static org.khet.assessment.service.FeedCells.difference;
import static org.khet.assessment.service.FeedCells.eq;
import static org.khet.assessment.service.FeedCells.percent;

/**
 * The test statistics feed (ผลการทดสอบระดับชาติ): O-NET / NT / RT means at the level they are published — a
 * school, an area, OBEC or the nation — one row per year, test, subject, level and org. A school's row must name a
 * registered, open school. Rows are upserted by that natural key, so a re-sent feed changes nothing; each changed
 * test of a year, level and org is one {@code TestStatisticsPublished} event.
 */
@ApplicationScoped
public class TestStatisticsFeed implements FeedKind<List<TestStatisticsFeed.Line>> {
    public static final String KIND = "test-statistics";
    public static final List<String> LEVELS = List.of("SCHOOL", "AREA", "OBEC", "NATION");
    public static final String OBEC_CODE = "obec";
    public static final String NATION_CODE = "TH";

    static final FeedReader.Columns COLUMNS = FeedReader.Columns.of(
            List.of("academicYear", "test", "subject", "level", "meanPercent"),
            List.of("orgCode", "takers", "standardDeviation", "source", "reportedDiffObec", "reportedDiffNation"));

    private final OrgDirectory directory;
    private final Outbox outbox;
    private final TestResultRules rules;

    public TestStatisticsFeed(OrgDirectory directory, Outbox outbox, TestResultRules rules) {
        this.directory = directory;
        this.outbox = outbox;
        this.rules = rules;
    }

    /**
     * A validated row; {@code row} is where the feed has it, {@code area} the area of the school or area row, null for
     * OBEC and the nation.
     */
    public record Line(int row, int year, String test, String subject, String level, String org, String area, BigDecimal mean,
                       Integer takers, BigDecimal sd, String source, BigDecimal diffObec, BigDecimal diffNation) {
        String key() {
            return year + "|" + test + "|" + subject + "|" + level + "|" + org;
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
        return FeedKind.scopeOf(rows, "academicYear", "level", "orgCode");
    }

    /** A school's or an area's row is theirs to write; OBEC and national reference figures belong to OBEC. */
    @Override
    public void authorize(List<FeedRow> rows, AccessControl access) {
        TreeSet<String> orgs = new TreeSet<>();
        for (FeedRow r : rows) {
            String level = r.get("level");
            if ("OBEC".equalsIgnoreCase(level) || "NATION".equalsIgnoreCase(level)) {
                orgs.add(OBEC_CODE);
            } else if (r.get("orgCode") != null) {
                orgs.add(r.get("orgCode"));
            }
        }
        orgs.forEach(access::requireWrite);
    }

    @Override
    public List<Line> validate(List<FeedRow> rows) {
        FeedErrors errors = new FeedErrors();
        FeedCells.Catalogue catalogue = new FeedCells.Catalogue();
        Map<String, Integer> seen = new HashMap<>();
        FeedCells.Units units = new FeedCells.Units(directory);
        List<Line> out = new ArrayList<>();
        for (FeedRow r : rows) {
            Integer year = errors.beYear(r, "academicYear", true);
            String test = catalogue.test(errors, r);
            String subject = catalogue.subject(errors, r, test);
            String level = errors.oneOf(r, "level", true, LEVELS);
            String org = r.get("orgCode");
            String area = null;
            if (level != null) {
                switch (level) {
                    case "OBEC" -> org = fixedOrg(errors, r, org, OBEC_CODE);
                    case "NATION" -> org = fixedOrg(errors, r, org, NATION_CODE);
                    default -> {
                        if (org == null) {
                            errors.add(r.row(), "orgCode", "is required for a " + level + " row");
                        } else if (level.equals("AREA")) {
                            area = units.area(errors, r, "orgCode", org) ? org : null;
                            org = area;
                        } else if (errors.registeredOpenSchool(r, "orgCode", org, units.schoolStatus(org), "test results")) {
                            area = units.find(org).orElseThrow().areaCode();
                        } else {
                            org = null;
                        }
                    }
                }
            }
            BigDecimal mean = percent(errors, r, "meanPercent", true);
            Integer takers = errors.count(r, "takers", false);
            BigDecimal sd = errors.decimal(r, "standardDeviation", false, 2, "a standard deviation in percentage points",
                    BigDecimal.ZERO, HUNDRED);
            BigDecimal diffObec = difference(errors, r, "reportedDiffObec");
            BigDecimal diffNation = difference(errors, r, "reportedDiffNation");
            if (year != null && test != null && subject != null && level != null && org != null && mean != null) {
                Line p = new Line(r.row(), year, test, subject, level, org, area, mean, takers, sd, r.get("source"), diffObec,
                        diffNation);
                Integer first = seen.putIfAbsent(p.key(), r.row());
                if (first != null) {
                    errors.add(r.row(), "subject", "the same year, test, subject, level and org as row " + first);
                } else {
                    out.add(p);
                }
            }
        }
        errors.throwIfAny();
        return out;
    }

    /**
     * The schools' results submit to the collection rounds of their year (round 1: the tests are once a year), each
     * subject's mean, takers and standard deviation a figure of the audit trail ({@code ONET-P6.61.meanPercent}).
     * Area, OBEC and national rows are reference figures, not a school's submission.
     */
    @Override
    public List<RoundTarget> roundTargets(List<Line> lines) {
        Map<String, TreeMap<String, String>> figures = new LinkedHashMap<>();
        Map<String, Line> first = new LinkedHashMap<>();
        for (Line l : lines) {
            if (!"SCHOOL".equals(l.level())) {
                continue;
            }
            String key = l.org() + "|" + l.year();
            first.putIfAbsent(key, l);
            TreeMap<String, String> f = figures.computeIfAbsent(key, k -> new TreeMap<>());
            String name = l.test() + "." + l.subject() + ".";
            f.put(name + "meanPercent", l.mean().toPlainString());
            if (l.takers() != null) {
                f.put(name + "takers", l.takers().toString());
            }
            if (l.sd() != null) {
                f.put(name + "standardDeviation", l.sd().toPlainString());
            }
        }
        List<RoundTarget> out = new ArrayList<>();
        figures.forEach((k, f) -> {
            Line l = first.get(k);
            out.add(new RoundTarget(l.org(), l.area(), l.year(), 1, f, false));
        });
        return out;
    }

    /** The test results' rules kept as data ({@link TestResultRules}). */
    @Override
    public List<FeedWarning> warnings(List<Line> lines) {
        return rules.check(lines);
    }

    private static String fixedOrg(FeedErrors errors, FeedRow r, String given, String code) {
        if (given != null && !given.equalsIgnoreCase(code)) {
            errors.add(r.row(), "orgCode", "must be empty or '" + code + "' for this level, got '" + given + "'");
            return null;
        }
        return code;
    }

    @Override
    public FeedResult store(List<Line> lines, String actor) {
        int created = 0, updated = 0, unchanged = 0;
        Map<String, List<TestStatistic>> changed = new LinkedHashMap<>();
        for (Line p : lines) {
            TestStatistic s = TestStatistic.findByKey(p.year(), p.test(), p.subject(), p.level(), p.org());
            if (s == null) {
                s = new TestStatistic();
                s.id = UUID.randomUUID();
                s.academicYear = p.year();
                s.testCode = p.test();
                s.subjectCode = p.subject();
                s.level = p.level();
                s.orgCode = p.org();
                created++;
            } else if (same(s, p)) {
                unchanged++;
                continue;
            } else {
                updated++;
            }
            s.areaCode = p.area();
            s.meanPercent = p.mean();
            s.takers = p.takers();
            s.standardDeviation = p.sd();
            s.source = p.source();
            s.reportedDiffObec = p.diffObec();
            s.reportedDiffNation = p.diffNation();
            s.updatedAt = OffsetDateTime.now();
            s.updatedBy = actor;
            s.persist();
            changed.computeIfAbsent(p.test() + ":" + p.year() + ":" + p.level() + ":" + p.org(), k -> new ArrayList<>()).add(s);
        }
        TestStatistic.flush();
        for (Map.Entry<String, List<TestStatistic>> e : changed.entrySet()) {
            TestStatistic first = e.getValue().get(0);
            var payload = new TestStatisticsPublished(first.academicYear, first.testCode, first.level, first.orgCode,
                    first.areaCode, e.getValue().stream().map(s -> new TestStatisticsPublished.SubjectMean(
                    s.subjectCode, s.meanPercent, s.takers, s.standardDeviation, s.source)).toList());
            outbox.publish(TestStatisticsPublished.TYPE, Outbox.Subject.of("test-statistics", e.getKey())
                    .area(first.areaCode).academicYear(first.academicYear), payload, actor);
        }
        return FeedResult.of(KIND, lines.size(), created, updated, unchanged,
                List.copyOf(new TreeSet<>(lines.stream().map(Line::area).filter(Objects::nonNull).toList())),
                List.copyOf(new TreeSet<>(lines.stream().map(Line::year).toList())));
    }

    private static boolean same(TestStatistic s, Line p) {
        return eq(s.meanPercent, p.mean()) && Objects.equals(s.takers, p.takers()) && eq(s.standardDeviation, p.sd())
                && Objects.equals(s.source, p.source()) && eq(s.reportedDiffObec, p.diffObec())
                && eq(s.reportedDiffNation, p.diffNation());
    }
}
