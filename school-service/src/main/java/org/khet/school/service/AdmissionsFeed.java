package org.khet.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.contracts.events.school.SchoolFactsSubmitted;
import org.khet.kit.feed.FeedErrors;
import org.khet.contracts.FeedResult;
import org.khet.kit.feed.FeedKind;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.outbox.Outbox;
import org.khet.school.repository.Jdbc;
import org.khet.school.repository.SchoolFacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The admissions feed (ผลการรับนักเรียน): per school, year and entry level, planned and admitted rooms and students. */
@ApplicationScoped
public class AdmissionsFeed implements SchoolFeedKind<AdmissionsFeed.Content> {
    public static final List<String> LEVELS = List.of("kindergarten", "P1", "M1");
    public static final FeedReader.Columns COLUMNS = FeedReader.Columns.of(
            List.of("schoolCode", "academicYear", "level", "plannedRooms", "plannedStudents", "admittedRooms", "admittedStudents"),
            List.of());

    private final SchoolFacts facts;
    private final Jdbc jdbc;
    private final Outbox outbox;

    public AdmissionsFeed(SchoolFacts facts, Jdbc jdbc, Outbox outbox) {
        this.facts = facts;
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    public record Line(String schoolCode, int academicYear, String level, int plannedRooms, int plannedStudents,
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
            String school = SimpleFeeds.school(errors, r, schools);
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
            lines.add(new Line(school, year, level, pr, ps, ar, as));
        }
        errors.throwIfAny();
        return new Content(lines, schools);
    }

    @Override
    public FeedResult store(Content c, String actor) {
        jdbc.with(conn -> {
            try (var ps = conn.prepareStatement("""
                    insert into admission (school_code, academic_year, level, planned_rooms, planned_students, admitted_rooms, admitted_students)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (school_code, academic_year, level) do update set planned_rooms = excluded.planned_rooms,
                        planned_students = excluded.planned_students, admitted_rooms = excluded.admitted_rooms,
                        admitted_students = excluded.admitted_students""")) {
                for (Line l : c.lines()) {
                    ps.setString(1, l.schoolCode());
                    ps.setInt(2, l.academicYear());
                    ps.setString(3, l.level());
                    ps.setInt(4, l.plannedRooms());
                    ps.setInt(5, l.plannedStudents());
                    ps.setInt(6, l.admittedRooms());
                    ps.setInt(7, l.admittedStudents());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
        TreeSet<Integer> years = new TreeSet<>();
        List<String> areas = SimpleFeeds.publish(outbox, SchoolFactsSubmitted.ADMISSIONS_TYPE, "Admissions", c.schools(),
                c.lines().stream().map(Line::schoolCode).toList(), c.lines().stream().map(Line::academicYear).toList(), null,
                actor, years);
        return FeedResult.of(name(), c.lines().size(), c.lines().size(), 0, 0, areas, List.copyOf(years));
    }
}
