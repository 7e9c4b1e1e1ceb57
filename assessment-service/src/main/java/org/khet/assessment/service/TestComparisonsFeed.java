package org.khet.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.assessment.domain.ReportedComparison;
import org.khet.contracts.FeedResult;
import org.khet.contracts.events.assessment.TestComparisonReported;
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
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import static org.khet.assessment.service.FeedCells.difference;
import static org.khet.assessment.service.FeedCells.eq;
import static org.khet.assessment.service.FeedCells.percent;

/**
 * The year-over-year tables of a test as a report printed them (ตารางเปรียบเทียบผลการทดสอบ), row by row with the
 * printed label, to be checked against Khet's own comparison joined by subject code. Upserted by area, test,
 * subject and the two years; each changed row is one {@code TestComparisonReported} event.
 */
@ApplicationScoped
public class TestComparisonsFeed implements AreaFeedKind<List<TestComparisonsFeed.Line>> {
    public static final String KIND = "test-comparisons";

    static final FeedReader.Columns COLUMNS = FeedReader.Columns.of(
            List.of("areaCode", "test", "subject", "academicYear", "previousYear"),
            List.of("meanPercent", "previousMean", "difference", "label", "source"));

    private final OrgDirectory directory;
    private final Outbox outbox;

    public TestComparisonsFeed(OrgDirectory directory, Outbox outbox) {
        this.directory = directory;
        this.outbox = outbox;
    }

    public record Line(String area, String test, String subject, int year, int previousYear, BigDecimal mean,
                       BigDecimal previousMean, BigDecimal difference, String label, String source) {
        String key() {
            return area + "|" + test + "|" + subject + "|" + year + "|" + previousYear;
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
        return FeedKind.scopeOf(rows, "areaCode", "academicYear");
    }

    @Override
    public List<Line> validate(List<FeedRow> rows) {
        FeedErrors errors = new FeedErrors();
        FeedCells.Catalogue catalogue = new FeedCells.Catalogue();
        Map<String, Integer> seen = new HashMap<>();
        FeedCells.Units units = new FeedCells.Units(directory);
        List<Line> out = new ArrayList<>();
        for (FeedRow r : rows) {
            String area = errors.text(r, "areaCode", true);
            if (area != null && !units.area(errors, r, "areaCode", area)) {
                area = null;
            }
            String test = catalogue.test(errors, r);
            String subject = catalogue.subject(errors, r, test);
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
                Line p = new Line(area, test, subject, year, prev, mean, previousMean, difference, r.get("label"),
                        r.get("source"));
                Integer first = seen.putIfAbsent(p.key(), r.row());
                if (first != null) {
                    errors.add(r.row(), "subject", "the same area, test, subject and years as row " + first);
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
                created++;
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
        }
        return FeedResult.of(KIND, lines.size(), created, updated, unchanged,
                List.copyOf(new TreeSet<>(lines.stream().map(Line::area).toList())),
                List.copyOf(new TreeSet<>(lines.stream().map(Line::year).toList())));
    }
}
