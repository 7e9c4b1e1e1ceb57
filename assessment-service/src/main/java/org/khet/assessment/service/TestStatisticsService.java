package org.khet.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.assessment.api.FeedResult;
import org.khet.assessment.domain.ReportedComparison;
import org.khet.assessment.domain.TestDefinition;
import org.khet.assessment.domain.TestStatistic;
import org.khet.assessment.domain.TestSubject;
import org.khet.contracts.events.assessment.TestComparisonReported;
import org.khet.contracts.events.assessment.TestStatisticsPublished;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.kit.feed.FeedErrors;
import org.khet.kit.feed.FeedFormat;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedReceipts;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.security.AccessControl;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Records test statistics (feed or single) and year-over-year tables as printed. A feed is validated whole
 * before anything is stored; rows are upserted by their natural key, so a re-sent feed changes nothing.
 */
@ApplicationScoped
@Transactional
public class TestStatisticsService {
    public static final String KIND = "test-statistics";
    public static final String COMPARISON_KIND = "test-comparisons";
    public static final List<String> LEVELS = List.of("SCHOOL", "AREA", "OBEC", "NATION");
    public static final String OBEC_CODE = "obec";
    public static final String NATION_CODE = "TH";

    static final FeedReader.Columns COLUMNS = FeedReader.Columns.of(
            List.of("academicYear", "test", "subject", "level", "meanPercent"),
            List.of("orgCode", "takers", "standardDeviation", "source", "reportedDiffObec", "reportedDiffNation"));
    static final FeedReader.Columns COMPARISON_COLUMNS = FeedReader.Columns.of(
            List.of("areaCode", "test", "subject", "academicYear", "previousYear"),
            List.of("meanPercent", "previousMean", "difference", "label", "source"));

    private final FeedReceipts receipts;
    private final OrgDirectory directory;
    private final Outbox outbox;
    private final AccessControl access;

    public TestStatisticsService(FeedReceipts receipts, OrgDirectory directory, Outbox outbox, AccessControl access) {
        this.receipts = receipts;
        this.directory = directory;
        this.outbox = outbox;
        this.access = access;
    }

    record Parsed(int row, int year, String test, String subject, String level, String org, String area,
                  BigDecimal mean, Integer takers, BigDecimal sd, String source, BigDecimal diffObec,
                  BigDecimal diffNation) {
        String key() {
            return year + "|" + test + "|" + subject + "|" + level + "|" + org;
        }
    }

    public FeedResult feed(byte[] body, FeedFormat format, String idempotencyKey) {
        String sha = FeedReceipts.sha256(body);
        List<FeedRow> rows = FeedReader.read(body, format, COLUMNS);
        List<Parsed> parsed = validate(rows);
        String scope = scope(parsed.stream().map(p -> p.year() + ":" + p.org()).toList());
        requireWrite(parsed);
        Optional<FeedResult> earlier = Feeds.replay(receipts, KIND, scope, idempotencyKey, sha);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        FeedResult result = store(parsed, rows.size());
        return withReceipt(result, receipts.record(KIND, scope, idempotencyKey, sha, rows.size(), result).id());
    }

    /** One statistic sent as a JSON object with the feed's column names. */
    public FeedResult single(byte[] json) {
        List<FeedRow> rows = Feeds.single(json, COLUMNS);
        List<Parsed> parsed;
        try {
            parsed = validate(rows);
        } catch (org.khet.kit.problem.ProblemException e) {
            throw Feeds.asFields(e);
        }
        requireWrite(parsed);
        return store(parsed, 1);
    }

    private void requireWrite(List<Parsed> parsed) {
        for (String org : new TreeSet<>(parsed.stream().map(TestStatisticsService::writeScope).toList())) {
            access.requireWrite(org);
        }
    }

    private static FeedResult withReceipt(FeedResult r, UUID id) {
        return new FeedResult(id, r.kind(), r.rows(), r.inserted(), r.updated(), r.unchanged(), r.events(), false);
    }

    static String scope(List<String> parts) {
        String s = String.join(",", new TreeSet<>(parts));
        return s.length() > 500 ? FeedReceipts.sha256(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) : s;
    }

    List<Parsed> validate(List<FeedRow> rows) {
        FeedErrors errors = new FeedErrors();
        Map<String, List<String>> subjects = catalogue();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Optional<OrgDirectory.OrgUnit>> units = new HashMap<>();
        List<Parsed> out = new ArrayList<>();
        for (FeedRow r : rows) {
            Integer year = errors.beYear(r, "academicYear", true);
            String test = errors.text(r, "test", true);
            if (test != null && !subjects.containsKey(test)) {
                errors.add(r.row(), "test", "unknown test '" + test + "'; the catalogue has " + subjects.keySet());
                test = null;
            }
            String subject = errors.text(r, "subject", true);
            if (test != null && subject != null && !subject.equals(TestStatistic.ALL_SUBJECTS)
                    && !subjects.get(test).contains(subject)) {
                errors.add(r.row(), "subject", "test " + test + " has no subject '" + subject + "'; its subjects are "
                        + subjects.get(test) + " (or ALL for a printed overall mean)");
                subject = null;
            }
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
                        } else {
                            String code = org;
                            Optional<OrgDirectory.OrgUnit> u = units.computeIfAbsent(code, directory::find);
                            String kind = level.equals("AREA") ? OrgUnitChanged.AREA : OrgUnitChanged.SCHOOL;
                            if (u.isEmpty() || !kind.equals(u.get().kind())) {
                                errors.add(r.row(), "orgCode", "unknown " + level.toLowerCase() + " code '" + code
                                        + "': it is not " + (level.equals("AREA") ? "an area" : "a school") + " of the org directory");
                                org = null;
                            } else {
                                area = level.equals("AREA") ? code : u.get().areaCode();
                            }
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
                Parsed p = new Parsed(r.row(), year, test, subject, level, org, area, mean, takers, sd,
                        r.get("source"), diffObec, diffNation);
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

    private static String fixedOrg(FeedErrors errors, FeedRow r, String given, String code) {
        if (given != null && !given.equalsIgnoreCase(code)) {
            errors.add(r.row(), "orgCode", "must be empty or '" + code + "' for this level, got '" + given + "'");
            return null;
        }
        return code;
    }

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A difference of two percentages (or percentage scores): from −100 to 100, at most two decimals. */
    static BigDecimal difference(FeedErrors errors, FeedRow r, String column) {
        return errors.decimal(r, column, false, 2, "a difference", HUNDRED.negate(), HUNDRED);
    }

    /** A percentage (or a percentage score): from 0 to 100, at most two decimals. */
    static BigDecimal percent(FeedErrors errors, FeedRow r, String column, boolean required) {
        return errors.decimal(r, column, required, 2, "a percentage", BigDecimal.ZERO, HUNDRED);
    }

    private FeedResult store(List<Parsed> parsed, int rows) {
        String actor = access.actor();
        int inserted = 0, updated = 0, unchanged = 0;
        Map<String, List<TestStatistic>> changed = new LinkedHashMap<>();
        for (Parsed p : parsed) {
            TestStatistic s = TestStatistic.findByKey(p.year(), p.test(), p.subject(), p.level(), p.org());
            if (s == null) {
                s = new TestStatistic();
                s.id = UUID.randomUUID();
                s.academicYear = p.year();
                s.testCode = p.test();
                s.subjectCode = p.subject();
                s.level = p.level();
                s.orgCode = p.org();
                inserted++;
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
        return new FeedResult(null, KIND, rows, inserted, updated, unchanged, changed.size(), false);
    }

    /** Who may write a row: the school or area itself; OBEC and national reference figures belong to OBEC. */
    private static String writeScope(Parsed p) {
        return p.level().equals("OBEC") || p.level().equals("NATION") ? OBEC_CODE : p.org();
    }

    private static boolean same(TestStatistic s, Parsed p) {
        return eq(s.meanPercent, p.mean()) && Objects.equals(s.takers, p.takers()) && eq(s.standardDeviation, p.sd())
                && Objects.equals(s.source, p.source()) && eq(s.reportedDiffObec, p.diffObec())
                && eq(s.reportedDiffNation, p.diffNation());
    }

    static boolean eq(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static Map<String, List<String>> catalogue() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (TestDefinition t : TestDefinition.<TestDefinition>listAll()) {
            m.put(t.code, TestSubject.ofTest(t.code).stream().map(s -> s.code).toList());
        }
        return m;
    }

    // ---- year-over-year tables as printed ----

    record ParsedComparison(int row, String area, String test, String subject, int year, int previousYear,
                            BigDecimal mean, BigDecimal previousMean, BigDecimal difference, String label, String source) {
        String key() {
            return area + "|" + test + "|" + subject + "|" + year + "|" + previousYear;
        }
    }

    public FeedResult comparisonFeed(byte[] body, FeedFormat format, String idempotencyKey) {
        String sha = FeedReceipts.sha256(body);
        List<FeedRow> rows = FeedReader.read(body, format, COMPARISON_COLUMNS);
        FeedErrors errors = new FeedErrors();
        Map<String, List<String>> subjects = catalogue();
        Map<String, Integer> seen = new HashMap<>();
        List<ParsedComparison> parsed = new ArrayList<>();
        for (FeedRow r : rows) {
            String area = errors.text(r, "areaCode", true);
            if (area != null && directory.find(area).filter(u -> OrgUnitChanged.AREA.equals(u.kind())).isEmpty()) {
                errors.add(r.row(), "areaCode", "unknown area code '" + area + "': it is not an area of the org directory");
                area = null;
            }
            String test = errors.text(r, "test", true);
            if (test != null && !subjects.containsKey(test)) {
                errors.add(r.row(), "test", "unknown test '" + test + "'; the catalogue has " + subjects.keySet());
                test = null;
            }
            String subject = errors.text(r, "subject", true);
            if (test != null && subject != null && !subject.equals(TestStatistic.ALL_SUBJECTS)
                    && !subjects.get(test).contains(subject)) {
                errors.add(r.row(), "subject", "test " + test + " has no subject '" + subject + "'; its subjects are "
                        + subjects.get(test) + " (or ALL)");
                subject = null;
            }
            Integer year = errors.beYear(r, "academicYear", true);
            Integer prev = errors.beYear(r, "previousYear", true);
            if (year != null && prev != null && prev >= year) {
                errors.add(r.row(), "previousYear", "must be before academicYear " + year + ", got " + prev);
                prev = null;
            }
            BigDecimal mean = percent(errors, r, "meanPercent", false);
            BigDecimal previousMean = percent(errors, r, "previousMean", false);
            BigDecimal difference = difference(errors, r, "difference");
            if (area != null && test != null && subject != null && year != null && prev != null) {
                ParsedComparison p = new ParsedComparison(r.row(), area, test, subject, year, prev, mean, previousMean,
                        difference, r.get("label"), r.get("source"));
                Integer first = seen.putIfAbsent(p.key(), r.row());
                if (first != null) {
                    errors.add(r.row(), "subject", "the same area, test, subject and years as row " + first);
                } else {
                    parsed.add(p);
                }
            }
        }
        errors.throwIfAny();
        String scope = scope(parsed.stream().map(p -> p.year() + ":" + p.area()).toList());
        for (String area : new TreeSet<>(parsed.stream().map(ParsedComparison::area).toList())) {
            access.requireWrite(area);
        }
        Optional<FeedResult> earlier = Feeds.replay(receipts, COMPARISON_KIND, scope, idempotencyKey, sha);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String actor = access.actor();
        int inserted = 0, updated = 0, unchanged = 0, events = 0;
        for (ParsedComparison p : parsed) {
            ReportedComparison c = ReportedComparison.find("areaCode = ?1 and testCode = ?2 and subjectCode = ?3 "
                            + "and academicYear = ?4 and previousYear = ?5", p.area(), p.test(), p.subject(), p.year(), p.previousYear())
                    .firstResult();
            if (c == null) {
                c = new ReportedComparison();
                c.id = UUID.randomUUID();
                c.areaCode = p.area();
                c.testCode = p.test();
                c.subjectCode = p.subject();
                c.academicYear = p.year();
                c.previousYear = p.previousYear();
                inserted++;
            } else if (eq(c.meanPercent, p.mean()) && eq(c.previousMean, p.previousMean()) && eq(c.difference, p.difference())
                    && Objects.equals(c.labelTh, p.label()) && Objects.equals(c.source, p.source())) {
                unchanged++;
                continue;
            } else {
                updated++;
            }
            c.meanPercent = p.mean();
            c.previousMean = p.previousMean();
            c.difference = p.difference();
            c.labelTh = p.label();
            c.source = p.source();
            c.updatedAt = OffsetDateTime.now();
            c.updatedBy = actor;
            c.persist();
            outbox.publish(TestComparisonReported.TYPE, Outbox.Subject.of("test-comparison",
                            p.test() + ":" + p.year() + ":" + p.area()).area(p.area()).academicYear(p.year()),
                    new TestComparisonReported(p.area(), p.test(), p.subject(), p.year(), p.mean(), p.previousYear(),
                            p.previousMean(), p.difference()), actor);
            events++;
        }
        FeedResult result = new FeedResult(null, COMPARISON_KIND, rows.size(), inserted, updated, unchanged, events, false);
        UUID id = receipts.record(COMPARISON_KIND, scope, idempotencyKey, sha, rows.size(), result).id();
        return withReceipt(result, id);
    }
}
