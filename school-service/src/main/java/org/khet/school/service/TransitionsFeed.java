package org.khet.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.contracts.events.school.SchoolFactsSubmitted;
import org.khet.kit.feed.FeedErrors;
import org.khet.contracts.FeedResult;
import org.khet.kit.feed.FeedKind;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.sql.Sql;
import org.khet.school.repository.SchoolFacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The transitions feed: where a school's graduates of an academic year went. P6 rows give {@code continued}
 * (to M1) and {@code notContinuing}; M3 rows give general, vocational, equivalent and notContinuing. The
 * reported {@code graduates} is stored as sent: where it is not the sum of the destinations, the summary says so.
 * Its unit is a school's year and stage: a row is created, updated where its figures differ, or unchanged.
 */
@ApplicationScoped
public class TransitionsFeed implements SchoolFeedKind<TransitionsFeed.Content> {
    public static final FeedReader.Columns COLUMNS = FeedReader.Columns.of(
            List.of("schoolCode", "academicYear", "stage", "graduates", "notContinuing"),
            List.of("continued", "general", "vocational", "equivalent", "schoolNameTh"));

    private final SchoolFacts facts;
    private final Sql sql;
    private final Outbox outbox;
    private final org.khet.school.rounds.TransitionsRules rules;

    public TransitionsFeed(SchoolFacts facts, Sql sql, Outbox outbox, org.khet.school.rounds.TransitionsRules rules) {
        this.facts = facts;
        this.sql = sql;
        this.outbox = outbox;
        this.rules = rules;
    }

    public record Line(int row, String schoolCode, int academicYear, String stage, int graduates, Integer continued,
                       Integer general, Integer vocational, Integer equivalent, int notContinuing) {
    }

    public record Content(List<Line> lines, Map<String, SchoolFacts.SchoolRef> schools) {
    }

    @Override
    public String name() {
        return "transitions";
    }

    @Override
    public FeedReader.Columns columns() {
        return COLUMNS;
    }

    @Override
    public String scope(List<FeedRow> rows) {
        return FeedKind.scopeOf(rows, "schoolCode", "academicYear");
    }

    @Override
    public Content validate(List<FeedRow> rows) {
        FeedErrors errors = new FeedErrors();
        var schools = facts.schools(FeedKind.distinct(rows, "schoolCode"));
        Map<String, Integer> seen = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (FeedRow r : rows) {
            int before = errors.count();
            String school = SimpleFeeds.school(errors, r, schools, "transitions");
            Integer year = errors.beYear(r, "academicYear", true);
            String stage = errors.oneOf(r, "stage", true, List.of("P6", "M3"));
            Integer graduates = errors.count(r, "graduates", true);
            Integer notContinuing = errors.count(r, "notContinuing", true);
            boolean p6 = "P6".equals(stage);
            Integer continued = errors.count(r, "continued", p6);
            Integer general = errors.count(r, "general", stage != null && !p6);
            Integer vocational = errors.count(r, "vocational", stage != null && !p6);
            Integer equivalent = errors.count(r, "equivalent", stage != null && !p6);
            if (p6) {
                for (String col : List.of("general", "vocational", "equivalent")) {
                    if (r.get(col) != null) {
                        errors.add(r.row(), col, "is for M3 graduates; P6 graduates either continue to M1 or not");
                    }
                }
            } else if ("M3".equals(stage) && r.get("continued") != null) {
                errors.add(r.row(), "continued", "is for P6 graduates; M3 graduates go to general, vocational or equivalent");
            }
            if (errors.count() > before || !SimpleFeeds.firstOf(errors, r, seen, school + "|" + year + "|" + stage, "stage",
                    "stage " + stage + " of school " + school + ", " + year)) {
                continue;
            }
            lines.add(new Line(r.row(), school, year, stage, graduates, continued, general, vocational, equivalent, notContinuing));
        }
        errors.throwIfAny();
        return new Content(lines, schools);
    }

    /** The transitions rules kept as data (destinations that do not add up to the graduates). */
    @Override
    public List<org.khet.contracts.FeedWarning> warnings(Content c) {
        return rules.check(c);
    }

    /** Collected once a year (round 1 of the year), with each stage's graduates and where they went. */
    @Override
    public List<org.khet.kit.round.RoundTarget> roundTargets(Content c) {
        var targets = new org.khet.school.rounds.SchoolRoundTargets(c.schools(), false);
        for (Line l : c.lines()) {
            String s = l.stage() + ".";
            targets.figure(l.schoolCode(), l.academicYear(), 1, s + "graduates", l.graduates())
                    .figure(l.schoolCode(), l.academicYear(), 1, s + "continued", l.continued())
                    .figure(l.schoolCode(), l.academicYear(), 1, s + "general", l.general())
                    .figure(l.schoolCode(), l.academicYear(), 1, s + "vocational", l.vocational())
                    .figure(l.schoolCode(), l.academicYear(), 1, s + "equivalent", l.equivalent())
                    .figure(l.schoolCode(), l.academicYear(), 1, s + "notContinuing", l.notContinuing());
        }
        return targets.build();
    }

    @Override
    public FeedResult store(Content c, String actor) {
        List<Line> lines = c.lines();
        // one statement for the whole feed; a row whose figures are those stored is left alone and not returned
        List<SimpleFeeds.Written> written = sql.query("""
                        insert into transition (school_code, academic_year, stage, graduates, continued, general, vocational,
                                                equivalent, not_continuing)
                        select * from unnest(?::text[], ?::integer[], ?::text[], ?::integer[], ?::integer[], ?::integer[],
                                             ?::integer[], ?::integer[], ?::integer[])
                        on conflict (school_code, academic_year, stage) do update set graduates = excluded.graduates,
                            continued = excluded.continued, general = excluded.general, vocational = excluded.vocational,
                            equivalent = excluded.equivalent, not_continuing = excluded.not_continuing
                         where (transition.graduates, transition.continued, transition.general, transition.vocational,
                                transition.equivalent, transition.not_continuing)
                               is distinct from (excluded.graduates, excluded.continued, excluded.general,
                                                 excluded.vocational, excluded.equivalent, excluded.not_continuing)
                        returning school_code, academic_year, xmax = 0""",
                rs -> new SimpleFeeds.Written(rs.getString(1), rs.getInt(2), null, rs.getBoolean(3)),
                lines.stream().map(Line::schoolCode).toArray(String[]::new),
                lines.stream().map(Line::academicYear).toArray(Integer[]::new),
                lines.stream().map(Line::stage).toArray(String[]::new),
                lines.stream().map(Line::graduates).toArray(Integer[]::new),
                lines.stream().map(Line::continued).toArray(Integer[]::new),
                lines.stream().map(Line::general).toArray(Integer[]::new),
                lines.stream().map(Line::vocational).toArray(Integer[]::new),
                lines.stream().map(Line::equivalent).toArray(Integer[]::new),
                lines.stream().map(Line::notContinuing).toArray(Integer[]::new));
        SimpleFeeds.publish(outbox, SchoolFactsSubmitted.TRANSITIONS_TYPE, "Transitions", c.schools(), written, w -> 1, actor);
        return SimpleFeeds.result(name(), lines.size(), lines.size(), written, c.schools(),
                lines.stream().map(Line::schoolCode).toList(), lines.stream().map(Line::academicYear).toList());
    }
}
