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
import org.khet.school.repository.Jdbc;
import org.khet.school.repository.SchoolFacts;
import org.khet.school.repository.SchoolFacts.RoundKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The staffing feed: per school and round, how many people of each staff type (positions: director, deputy,
 * teacher; contract types: government employee, crisis teacher, janitor …, as listed in {@code staff_type}).
 * A school's round in the feed replaces its staffing of that round; a locked enrolment round refuses it.
 */
@ApplicationScoped
public class StaffingFeed implements SchoolFeedKind<StaffingFeed.Content> {
    public static final FeedReader.Columns COLUMNS = FeedReader.Columns.of(
            List.of("schoolCode", "academicYear", "round", "staffType", "count"), List.of());

    private final SchoolFacts facts;
    private final Jdbc jdbc;
    private final Outbox outbox;
    private final SchoolConfig config;

    public StaffingFeed(SchoolFacts facts, Jdbc jdbc, Outbox outbox, SchoolConfig config) {
        this.facts = facts;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.config = config;
    }

    public record Line(String schoolCode, int academicYear, int round, String staffType, int count) {
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
        List<String> types = jdbc.query("select code from staff_type order by sort_order", rs -> rs.getString(1));
        Map<String, Integer> seen = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        Set<RoundKey> rounds = new LinkedHashSet<>();
        Map<RoundKey, List<Integer>> rowsOf = new HashMap<>();
        for (FeedRow r : rows) {
            int before = errors.count();
            String school = SimpleFeeds.school(errors, r, schools);
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
            lines.add(new Line(school, year, round, type, count));
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

    @Override
    public FeedResult store(Content c, String actor) {
        for (RoundKey k : c.rounds()) {
            jdbc.update("delete from staffing_count where school_code = ? and academic_year = ? and round = ?",
                    k.schoolCode(), k.academicYear(), k.round());
        }
        jdbc.with(conn -> {
            try (var ps = conn.prepareStatement("insert into staffing_count (school_code, academic_year, round, staff_type, count) "
                    + "values (?, ?, ?, ?, ?)")) {
                for (Line l : c.lines()) {
                    ps.setString(1, l.schoolCode());
                    ps.setInt(2, l.academicYear());
                    ps.setInt(3, l.round());
                    ps.setString(4, l.staffType());
                    ps.setInt(5, l.count());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
        TreeSet<Integer> years = new TreeSet<>();
        List<String> areas = new ArrayList<>();
        Map<Integer, List<Line>> byRound = new HashMap<>();
        c.lines().forEach(l -> byRound.computeIfAbsent(l.round(), x -> new ArrayList<>()).add(l));
        for (var e : byRound.entrySet()) {
            for (String a : SimpleFeeds.publish(outbox, SchoolFactsSubmitted.STAFFING_TYPE, "Staffing", c.schools(),
                    e.getValue().stream().map(Line::schoolCode).toList(), e.getValue().stream().map(Line::academicYear).toList(),
                    e.getKey(), actor, years)) {
                if (!areas.contains(a)) {
                    areas.add(a);
                }
            }
        }
        return FeedResult.of(name(), c.lines().size(), c.lines().size(), 0, 0, areas.stream().sorted().toList(), List.copyOf(years));
    }
}
