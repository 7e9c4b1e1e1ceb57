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
 * The admissions feed (ผลการรับนักเรียน): per school, year and entry level, planned and admitted rooms and students.
 * Its unit is a school's year and level: a row is created, updated where its figures differ, or unchanged.
 */
@ApplicationScoped
public class AdmissionsFeed implements SchoolFeedKind<AdmissionsFeed.Content> {
    public static final List<String> LEVELS = List.of("kindergarten", "P1", "M1");
    public static final FeedReader.Columns COLUMNS = FeedReader.Columns.of(
            List.of("schoolCode", "academicYear", "level", "plannedRooms", "plannedStudents", "admittedRooms", "admittedStudents"),
            List.of("schoolNameTh"));

    private final SchoolFacts facts;
    private final Sql sql;
    private final Outbox outbox;
    private final org.khet.school.rounds.AdmissionsRules rules;

    public AdmissionsFeed(SchoolFacts facts, Sql sql, Outbox outbox, org.khet.school.rounds.AdmissionsRules rules) {
        this.facts = facts;
        this.sql = sql;
        this.outbox = outbox;
        this.rules = rules;
    }

    public record Line(int row, String schoolCode, int academicYear, String level, int plannedRooms, int plannedStudents,
                       int admittedRooms, int admittedStudents) {
    }

    public record Content(List<Line> lines, Map<String, SchoolFacts.SchoolRef> schools) {
    }

    @Override
    public String name() {
        return "admissions";
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
            String school = SimpleFeeds.school(errors, r, schools, "admissions");
            Integer year = errors.beYear(r, "academicYear", true);
            String level = errors.oneOf(r, "level", true, LEVELS);
            Integer pr = errors.count(r, "plannedRooms", true);
            Integer ps = errors.count(r, "plannedStudents", true);
            Integer ar = errors.count(r, "admittedRooms", true);
            Integer as = errors.count(r, "admittedStudents", true);
            if (errors.count() > before || !SimpleFeeds.firstOf(errors, r, seen, school + "|" + year + "|" + level, "level",
                    "level " + level + " of school " + school + ", " + year)) {
                continue;
            }
            lines.add(new Line(r.row(), school, year, level, pr, ps, ar, as));
        }
        errors.throwIfAny();
        return new Content(lines, schools);
    }

    /** The admissions rules kept as data (admitted above the plan). */
    @Override
    public List<org.khet.contracts.FeedWarning> warnings(Content c) {
        return rules.check(c);
    }

    /** Collected once a year (round 1 of the year), with each level's planned and admitted rooms and students. */
    @Override
    public List<org.khet.kit.round.RoundTarget> roundTargets(Content c) {
        var targets = new org.khet.school.rounds.SchoolRoundTargets(c.schools(), false);
        for (Line l : c.lines()) {
            targets.figure(l.schoolCode(), l.academicYear(), 1, l.level() + ".plannedRooms", l.plannedRooms())
                    .figure(l.schoolCode(), l.academicYear(), 1, l.level() + ".plannedStudents", l.plannedStudents())
                    .figure(l.schoolCode(), l.academicYear(), 1, l.level() + ".admittedRooms", l.admittedRooms())
                    .figure(l.schoolCode(), l.academicYear(), 1, l.level() + ".admittedStudents", l.admittedStudents());
        }
        return targets.build();
    }

    @Override
    public FeedResult store(Content c, String actor) {
        List<Line> lines = c.lines();
        // one statement for the whole feed; a row whose figures are those stored is left alone and not returned
        List<SimpleFeeds.Written> written = sql.query("""
                        insert into admission (school_code, academic_year, level, planned_rooms, planned_students,
                                               admitted_rooms, admitted_students)
                        select * from unnest(?::text[], ?::integer[], ?::text[], ?::integer[], ?::integer[], ?::integer[],
                                             ?::integer[])
                        on conflict (school_code, academic_year, level) do update set planned_rooms = excluded.planned_rooms,
                            planned_students = excluded.planned_students, admitted_rooms = excluded.admitted_rooms,
                            admitted_students = excluded.admitted_students
                         where (admission.planned_rooms, admission.planned_students, admission.admitted_rooms,
                                admission.admitted_students)
                               is distinct from (excluded.planned_rooms, excluded.planned_students, excluded.admitted_rooms,
                                                 excluded.admitted_students)
                        returning school_code, academic_year, xmax = 0""",
                rs -> new SimpleFeeds.Written(rs.getString(1), rs.getInt(2), null, rs.getBoolean(3)),
                lines.stream().map(Line::schoolCode).toArray(String[]::new),
                lines.stream().map(Line::academicYear).toArray(Integer[]::new),
                lines.stream().map(Line::level).toArray(String[]::new),
                lines.stream().map(Line::plannedRooms).toArray(Integer[]::new),
                lines.stream().map(Line::plannedStudents).toArray(Integer[]::new),
                lines.stream().map(Line::admittedRooms).toArray(Integer[]::new),
                lines.stream().map(Line::admittedStudents).toArray(Integer[]::new));
        SimpleFeeds.publish(outbox, SchoolFactsSubmitted.ADMISSIONS_TYPE, "Admissions", c.schools(), written, w -> 1, actor);
        return SimpleFeeds.result(name(), lines.size(), lines.size(), written, c.schools(),
                lines.stream().map(Line::schoolCode).toList(), lines.stream().map(Line::academicYear).toList());
    }
}
