package org.khet.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.contracts.events.school.SchoolFactsSubmitted;
import org.khet.kit.feed.FeedErrors;
import org.khet.contracts.FeedResult;
import org.khet.kit.feed.FeedKind;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.school.config.SchoolConfig;
import org.khet.kit.sql.Sql;
import org.khet.school.repository.SchoolFacts;
import org.khet.school.repository.SchoolFacts.RoundKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The staffing feed: per school and round, how many people of each staff type (positions: director, deputy,
 * teacher; contract types: government employee, crisis teacher, janitor …, as listed in {@code staff_type}).
 * A school's round in the feed replaces its staffing of that round; a locked enrolment round refuses it. Its unit is a
 * school's round: created, updated (some count differs) or unchanged.
 */
@ApplicationScoped
public class StaffingFeed implements SchoolFeedKind<StaffingFeed.Content> {
    public static final FeedReader.Columns COLUMNS = FeedReader.Columns.of(
            List.of("schoolCode", "academicYear", "round", "staffType", "count"), List.of("schoolNameTh"));

    private final SchoolFacts facts;
    private final Sql sql;
    private final Outbox outbox;
    private final SchoolConfig config;
    private final org.khet.school.rounds.StaffingRules rules;

    public StaffingFeed(SchoolFacts facts, Sql sql, Outbox outbox, SchoolConfig config,
                        org.khet.school.rounds.StaffingRules rules) {
        this.facts = facts;
        this.sql = sql;
        this.outbox = outbox;
        this.config = config;
        this.rules = rules;
    }

    public record Line(int row, String schoolCode, int academicYear, int round, String staffType, int count) {
    }

    public record Content(List<Line> lines, Set<RoundKey> rounds, Map<String, SchoolFacts.SchoolRef> schools) {
    }

    @Override
    public String name() {
        return "staffing";
    }

    @Override
    public FeedReader.Columns columns() {
        return COLUMNS;
    }

    @Override
    public String scope(List<FeedRow> rows) {
        return FeedKind.scopeOf(rows, "schoolCode", "academicYear", "round");
    }

    @Override
    public Content validate(List<FeedRow> rows) {
        FeedErrors errors = new FeedErrors();
        var schools = facts.schools(FeedKind.distinct(rows, "schoolCode"));
        List<String> types = sql.query("select code from staff_type order by sort_order", rs -> rs.getString(1));
        Map<String, Integer> seen = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        Set<RoundKey> rounds = new LinkedHashSet<>();
        Map<RoundKey, List<Integer>> rowsOf = new HashMap<>();
        for (FeedRow r : rows) {
            int before = errors.count();
            String school = SimpleFeeds.school(errors, r, schools, "staffing");
            Integer year = errors.beYear(r, "academicYear", true);
            Integer round = errors.integer(r, "round", true, 1, config.maxRound());
            String type = errors.oneOf(r, "staffType", true, types);
            Integer count = errors.count(r, "count", true);
            if (errors.count() > before || !SimpleFeeds.firstOf(errors, r, seen, school + "|" + year + "|" + round + "|" + type,
                    "staffType", "staff type " + type + " of school " + school + ", " + year + " round " + round)) {
                continue;
            }
            RoundKey k = new RoundKey(school, year, round);
            rounds.add(k);
            rowsOf.computeIfAbsent(k, x -> new ArrayList<>()).add(r.row());
            lines.add(new Line(r.row(), school, year, round, type, count));
        }
        errors.throwIfAny();
        var locked = facts.lockedRounds(rounds);
        if (!locked.isEmpty()) {
            List<Problem.FieldError> conflicts = new ArrayList<>();
            locked.forEach(k -> rowsOf.get(k).forEach(row -> conflicts.add(Problem.FieldError.cell(row, "round",
                    "round " + k.round() + " of " + k.academicYear() + " of school " + k.schoolCode() + " is locked"))));
            conflicts.sort(java.util.Comparator.comparing(Problem.FieldError::row));
            throw new ProblemException(409, "round-locked", "The round is locked",
                    "the feed changes locked rounds; nothing was stored", conflicts);
        }
        return new Content(lines, rounds, schools);
    }

    /**
     * A school's round is replaced whole where the sent counts differ from the stored ones (a staff type not sent is
     * none), created where nothing was stored, and left alone where they are the same.
     */
    /** The staffing rules kept as data (pupils per teacher against the school's enrolment of the round). */
    @Override
    public List<org.khet.contracts.FeedWarning> warnings(Content c) {
        return rules.check(c);
    }

    /** Each school's round, with its count of each staff type sent. */
    @Override
    public List<org.khet.kit.round.RoundTarget> roundTargets(Content c) {
        var targets = new org.khet.school.rounds.SchoolRoundTargets(c.schools(), false);
        for (Line l : c.lines()) {
            targets.figure(l.schoolCode(), l.academicYear(), l.round(), l.staffType(), l.count());
        }
        return targets.build();
    }

    @Override
    public FeedResult store(Content c, String actor) {
        sql.update("""
                create temporary table feed_staffing (school_code text, academic_year integer, round integer,
                    staff_type text, count integer) on commit drop""");
        sql.copy("feed_staffing", List.of("school_code", "academic_year", "round", "staff_type", "count"), w -> {
            for (Line l : c.lines()) {
                w.text(l.schoolCode()).num(l.academicYear()).num(l.round()).text(l.staffType()).num(l.count()).end();
            }
        });
        sql.update("""
                create temporary table feed_staffing_written on commit drop as
                with sent as (select school_code, academic_year, round, jsonb_object_agg(staff_type, count) as counts
                                from feed_staffing group by school_code, academic_year, round),
                     stored as (select c.school_code, c.academic_year, c.round, jsonb_object_agg(c.staff_type, c.count) as counts
                                  from staffing_count c join sent s using (school_code, academic_year, round)
                                 group by c.school_code, c.academic_year, c.round)
                select s.school_code, s.academic_year, s.round, t.counts is null as created
                  from sent s left join stored t using (school_code, academic_year, round)
                 where t.counts is distinct from s.counts""");
        sql.update("""
                delete from staffing_count c using feed_staffing_written w
                 where c.school_code = w.school_code and c.academic_year = w.academic_year and c.round = w.round""");
        sql.update("""
                insert into staffing_count (school_code, academic_year, round, staff_type, count)
                select f.school_code, f.academic_year, f.round, f.staff_type, f.count
                  from feed_staffing f join feed_staffing_written using (school_code, academic_year, round)""");
        List<SimpleFeeds.Written> written = sql.query("select school_code, academic_year, round, created from feed_staffing_written",
                rs -> new SimpleFeeds.Written(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4)));
        sql.update("drop table feed_staffing, feed_staffing_written");
        Map<RoundKey, Integer> rowsOf = new HashMap<>();
        c.lines().forEach(l -> rowsOf.merge(new RoundKey(l.schoolCode(), l.academicYear(), l.round()), 1, Integer::sum));
        SimpleFeeds.publish(outbox, SchoolFactsSubmitted.STAFFING_TYPE, "Staffing", c.schools(), written,
                w -> rowsOf.get(new RoundKey(w.schoolCode(), w.academicYear(), w.round())), actor);
        return SimpleFeeds.result(name(), c.lines().size(), c.rounds().size(), written, c.schools(),
                c.lines().stream().map(Line::schoolCode).toList(), c.lines().stream().map(Line::academicYear).toList());
    }
}
