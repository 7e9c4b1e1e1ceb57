package org.khet.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.contracts.AcademicYear;
import org.khet.contracts.events.school.EnrolmentSubmitted;
import org.khet.kit.feed.FeedErrors;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.school.config.SchoolConfig;
import org.khet.school.domain.Codes;
import org.khet.school.domain.Grade;
import org.khet.school.domain.SizeClass;
import org.khet.school.repository.SchoolFacts;
import org.khet.school.repository.SchoolFacts.RoundKey;
import org.khet.school.repository.SchoolFacts.SchoolRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The enrolment feed: one row per school × academic year × round × grade with boys, girls and classrooms. A round
 * in the feed replaces that school's round wholesale (grades not sent are none) and goes back to 'submitted'.
 */
@ApplicationScoped
public class EnrolmentFeed implements FeedKind<EnrolmentFeed.Content> {
    public static final FeedReader.Columns COLUMNS = FeedReader.Columns.of(
            List.of("schoolCode", "academicYear", "round", "grade", "boys", "girls", "classrooms"),
            List.of("snapshotDate"));

    private final SchoolFacts facts;
    private final Outbox outbox;
    private final SchoolConfig config;

    public EnrolmentFeed(SchoolFacts facts, Outbox outbox, SchoolConfig config) {
        this.facts = facts;
        this.outbox = outbox;
        this.config = config;
    }

    public record Line(String schoolCode, int academicYear, int round, String grade, int boys, int girls, int classrooms) {
    }

    public record Content(List<Line> lines, Map<RoundKey, LocalDate> rounds, Map<String, SchoolRef> schools) {
    }

    @Override
    public String name() {
        return "enrolment";
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
        Map<String, SchoolRef> schools = facts.schools(FeedKind.distinct(rows, "schoolCode"));
        List<Line> lines = new ArrayList<>(rows.size());
        Map<String, Integer> seen = new HashMap<>(rows.size() * 2);
        Map<RoundKey, LocalDate> rounds = new LinkedHashMap<>();
        Map<RoundKey, Integer> roundRow = new HashMap<>();
        Map<RoundKey, List<Integer>> rowsOfRound = new HashMap<>();
        for (FeedRow r : rows) {
            int before = errors.count();
            String school = errors.text(r, "schoolCode", true);
            if (school != null) {
                if (!Codes.SCHOOL.matcher(school).matches()) {
                    errors.add(r.row(), "schoolCode", "must be an OBEC school code of 8 or 10 digits, got '" + school + "'");
                } else if (!schools.containsKey(school)) {
                    errors.add(r.row(), "schoolCode", "no school " + school + " is registered");
                } else if (!"open".equals(schools.get(school).status())) {
                    errors.add(r.row(), "schoolCode", "school " + school + " is " + schools.get(school).status() + "; it sends no enrolment");
                }
            }
            Integer year = errors.beYear(r, "academicYear", true);
            Integer round = errors.integer(r, "round", true, 1, config.maxRound());
            String grade = errors.oneOf(r, "grade", true, Grade.CODES);
            Integer boys = errors.count(r, "boys", true);
            Integer girls = errors.count(r, "girls", true);
            Integer rooms = errors.count(r, "classrooms", true);
            LocalDate date = errors.date(r, "snapshotDate", false);
            if (date != null && year != null && !AcademicYear.of(year).contains(date)) {
                errors.add(r.row(), "snapshotDate", date + " is not in academic year " + year + " ("
                        + AcademicYear.of(year).start() + " to " + AcademicYear.of(year).end() + ")");
            }
            if (boys != null && girls != null && rooms != null && rooms == 0 && boys + girls > 0) {
                errors.add(r.row(), "classrooms", (boys + girls) + " students in grade " + grade + " need at least one classroom");
            }
            if (errors.count() > before) {
                continue;
            }
            String dup = school + '|' + year + '|' + round + '|' + grade;
            Integer first = seen.putIfAbsent(dup, r.row());
            if (first != null) {
                errors.add(r.row(), "grade", "duplicate row: school " + school + ", year " + year + ", round " + round
                        + ", grade " + grade + " is already in row " + first);
                continue;
            }
            RoundKey key = new RoundKey(school, year, round);
            if (rounds.containsKey(key)) {
                LocalDate had = rounds.get(key);
                if (date != null && had != null && !had.equals(date)) {
                    errors.add(r.row(), "snapshotDate", "round " + round + " of school " + school + " has snapshot date "
                            + had + " in row " + roundRow.get(key) + ", not " + date);
                    continue;
                }
                if (had == null && date != null) {
                    rounds.put(key, date);
                }
            } else {
                rounds.put(key, date);
                roundRow.put(key, r.row());
            }
            rowsOfRound.computeIfAbsent(key, k -> new ArrayList<>()).add(r.row());
            lines.add(new Line(school, year, round, grade, boys, girls, rooms));
        }
        errors.throwIfAny();
        var locked = facts.lockedRounds(rounds.keySet());
        if (!locked.isEmpty()) {
            List<Problem.FieldError> conflicts = new ArrayList<>();
            for (RoundKey k : locked) {
                for (int row : rowsOfRound.get(k)) {
                    conflicts.add(Problem.FieldError.cell(row, "round", "round " + k.round() + " of " + k.academicYear()
                            + " of school " + k.schoolCode() + " is locked"));
                }
            }
            conflicts.sort(java.util.Comparator.comparing(Problem.FieldError::row));
            throw new ProblemException(409, "round-locked", "The round is locked", locked.size()
                    + " school round(s) in the feed are locked and refuse changes; nothing was stored",
                    conflicts.subList(0, Math.min(conflicts.size(), FeedErrors.MAX_LISTED)));
        }
        return new Content(lines, rounds, schools);
    }

    @Override
    public FeedKind.FeedResult store(Content c, String actor) {
        StringBuilder roundsCopy = new StringBuilder(c.rounds().size() * 32);
        for (var e : c.rounds().entrySet()) {
            RoundKey k = e.getKey();
            roundsCopy.append(k.schoolCode()).append('\t').append(k.academicYear()).append('\t').append(k.round())
                    .append('\t').append(e.getValue() == null ? "\\N" : e.getValue().toString()).append('\n');
        }
        facts.execute("create temporary table feed_round (school_code text, academic_year integer, round integer, "
                + "snapshot_date date) on commit drop");
        facts.copy("feed_round", List.of("school_code", "academic_year", "round", "snapshot_date"), roundsCopy);
        facts.execute("""
                insert into enrolment_round (school_code, academic_year, round, snapshot_date, status, updated_at, updated_by)
                select school_code, academic_year, round, snapshot_date, 'submitted', now(), %s from feed_round
                on conflict (school_code, academic_year, round) do update set snapshot_date = excluded.snapshot_date,
                    status = 'submitted', version = enrolment_round.version + 1, updated_at = now(), updated_by = excluded.updated_by"""
                .formatted(literal(actor)));
        facts.execute("""
                delete from enrolment_grade g using feed_round t
                 where g.school_code = t.school_code and g.academic_year = t.academic_year and g.round = t.round""");
        StringBuilder grades = new StringBuilder(c.lines().size() * 40);
        for (Line l : c.lines()) {
            grades.append(l.schoolCode()).append('\t').append(l.academicYear()).append('\t').append(l.round()).append('\t')
                    .append(l.grade()).append('\t').append(l.boys()).append('\t').append(l.girls()).append('\t')
                    .append(l.classrooms()).append('\n');
        }
        facts.copy("enrolment_grade", List.of("school_code", "academic_year", "round", "grade", "boys", "girls", "classrooms"), grades);
        facts.execute("drop table feed_round");

        // one event per area and round, with each school's totals and size class as stored
        Map<String, Map<RoundKey, int[]>> byArea = new TreeMap<>();
        for (Line l : c.lines()) {
            String area = c.schools().get(l.schoolCode()).areaCode();
            int[] t = byArea.computeIfAbsent(area, a -> new LinkedHashMap<>())
                    .computeIfAbsent(new RoundKey(l.schoolCode(), l.academicYear(), l.round()), k -> new int[2]);
            t[0] += l.boys() + l.girls();
            t[1] += l.classrooms();
        }
        TreeSet<Integer> years = new TreeSet<>();
        for (var area : byArea.entrySet()) {
            Map<String, List<EnrolmentSubmitted.SchoolTotal>> perRound = new TreeMap<>();
            Map<String, RoundKey> sample = new HashMap<>();
            for (var e : area.getValue().entrySet()) {
                RoundKey k = e.getKey();
                String rk = k.academicYear() + "/" + k.round();
                sample.putIfAbsent(rk, k);
                perRound.computeIfAbsent(rk, x -> new ArrayList<>()).add(new EnrolmentSubmitted.SchoolTotal(k.schoolCode(),
                        e.getValue()[0], e.getValue()[1], SizeClass.of(e.getValue()[0], config.sizeClass()).code()));
            }
            for (var e : perRound.entrySet()) {
                RoundKey k = sample.get(e.getKey());
                years.add(k.academicYear());
                outbox.publish(EnrolmentSubmitted.TYPE, Outbox.Subject.of("EnrolmentRound", area.getKey())
                                .area(area.getKey()).academicYear(k.academicYear()),
                        new EnrolmentSubmitted(area.getKey(), k.academicYear(), k.round(), c.rounds().get(k), e.getValue()), actor);
            }
        }
        return new FeedKind.FeedResult(name(), c.lines().size(), c.rounds().size(), List.copyOf(byArea.keySet()),
                List.copyOf(years), false);
    }

    static String literal(String s) {
        return s == null ? "null" : "'" + s.replace("'", "''") + "'";
    }
}
