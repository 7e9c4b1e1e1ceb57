package org.khet.school.templates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.kit.feed.FeedTemplate;
import org.khet.kit.feed.FeedTemplate.Column;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.round.Rounds;
import org.khet.kit.round.Submitters;
import org.khet.kit.sql.Sql;
import org.khet.school.domain.Grade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The templates of school-service's four school-level feeds (แบบฟอร์มนำเข้าข้อมูล), for one school or a whole area,
 * for a year and round: one line per expected school and grade (staff type, admission level, graduating stage), the
 * school's code and Thai name filled in, the figures empty with the school's previous round beside them as a hint.
 * <p>
 * The expected schools are those of the collection round when one is open for the kind, year and round (its fixed
 * list); else those open in the register at the round's snapshot date (10 June for round 1, 10 November for round 2).
 * A school's lines are those of its previous round; a school without one gets the lines its kind of school usually
 * has (kindergarten and primary grades, M1–M3 at an expansion school, M1–M6 in a secondary area).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SchoolTemplates {
    /** The optional column every school-level feed takes for the school's name (read back, never stored). */
    public static final String NAME = "schoolNameTh";
    public static final List<String> KINDS = List.of("enrolment", "staffing", "admissions", "transitions");

    private static final Column SCHOOL = Column.key("schoolCode", "รหัสโรงเรียน");
    private static final Column SCHOOL_NAME = Column.text(NAME, "ชื่อโรงเรียน");
    private static final Column YEAR = Column.key("academicYear", "ปีการศึกษา");
    private static final Column ROUND = Column.key("round", "รอบ");

    private final Sql sql;
    private final Rounds rounds;
    private final Submitters submitters;

    public SchoolTemplates(Sql sql, Rounds rounds, Submitters submitters) {
        this.sql = sql;
        this.rounds = rounds;
        this.submitters = submitters;
    }

    /** An expected school with what decides its default lines. */
    record School(String code, String nameTh, boolean expansion, boolean secondaryArea) {
    }

    /** The template of {@code kind} for the area's expected schools, or for {@code school} alone when given. */
    public FeedTemplate template(String kind, String area, int year, int round, String school) {
        List<School> schools = schools(kind, area, year, round, school);
        return switch (kind) {
            case "enrolment" -> enrolment(schools, year, round);
            case "staffing" -> staffing(schools, year, round);
            case "admissions" -> admissions(schools, year);
            case "transitions" -> transitions(schools, year);
            default -> throw ProblemException.notFound("no template of feed kind '" + kind + "'; the kinds are " + KINDS);
        };
    }

    /** The round's snapshot date when no collection round says it: 10 June (round 1) or 10 November (round 2). */
    static LocalDate defaultSnapshot(int year, int round) {
        return LocalDate.of(year - 543, round == 2 ? 11 : 6, 10);
    }

    private List<School> schools(String kind, String area, int year, int round, String school) {
        List<String> codes = expected(kind, area, year, round);
        if (school != null && !codes.contains(school)) {
            throw ProblemException.notFound("school " + school + " is not expected in round " + round + " of " + year
                    + " of " + kind + " in area " + area + " (not in the area, or not open at the snapshot date)");
        }
        List<String> wanted = school == null ? codes : List.of(school);
        return sql.query("""
                select s.code, s.name_th, s.expansion, a.level = 'secondary'
                  from school s join area a on a.code = s.area_code
                 where s.code = any(?) order by s.code""",
                rs -> new School(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)),
                (Object) wanted.toArray(String[]::new));
    }

    /** The collection round's expected schools once it is open; else the register's open schools at the snapshot date. */
    private List<String> expected(String kind, String area, int year, int round) {
        Rounds.RoundView best = null;
        for (Rounds.RoundView r : rounds.rounds(kind, year, area)) {
            if (r.round() == round && (best == null || r.areaCode() != null)) {
                best = r;
            }
        }
        if (best != null && best.expected() > 0) {
            return rounds.submissions(best.id()).stream()
                    .filter(s -> s.expected() && area.equals(s.areaCode())).map(Rounds.Sub::schoolCode).sorted().toList();
        }
        LocalDate date = best != null ? best.snapshotDate() : defaultSnapshot(year, round);
        return submitters.expected(area, date).stream().map(Submitters.Submitter::schoolCode).sorted().toList();
    }

    // ---------------------------------------------------------------- the four kinds

    private FeedTemplate enrolment(List<School> schools, int year, int round) {
        List<Column> columns = List.of(SCHOOL, SCHOOL_NAME, YEAR, ROUND, Column.code("grade", "ชั้น", Grade.CODES),
                Column.whole("boys", "นักเรียนชาย"), Column.whole("girls", "นักเรียนหญิง"),
                Column.whole("classrooms", "ห้องเรียน"));
        Previous prev = previous("""
                select t.school, g.grade, g.boys, g.girls, g.classrooms, g.academic_year, g.round
                  from unnest(?) as t(school)
                  join lateral (select r.academic_year, r.round from enrolment_round r
                                 where r.school_code = t.school and (r.academic_year, r.round) < (?, ?)
                                 order by r.academic_year desc, r.round desc limit 1) p on true
                  join enrolment_grade g on g.school_code = t.school and g.academic_year = p.academic_year
                                        and g.round = p.round""", schools, List.of("boys", "girls", "classrooms"), year, round);
        List<FeedTemplate.Line> lines = new ArrayList<>();
        for (School s : schools) {
            Set<String> grades = prev.keys(s.code(), defaultGrades(s));
            for (Grade g : Grade.values()) {
                if (grades.contains(g.name())) {
                    lines.add(line(s, year, round, "grade", g.name(), prev.hints(s.code(), g.name())));
                }
            }
        }
        return new FeedTemplate("จำนวนนักเรียน", prev.title(), columns, lines);
    }

    private FeedTemplate staffing(List<School> schools, int year, int round) {
        List<String> types = sql.query("select code from staff_type order by sort_order, code", rs -> rs.getString(1));
        List<Column> columns = List.of(SCHOOL, SCHOOL_NAME, YEAR, ROUND, Column.code("staffType", "ประเภทบุคลากร", types),
                Column.whole("count", "จำนวน (คน)"));
        Previous prev = previous("""
                select t.school, c.staff_type, c.count, c.academic_year, c.round
                  from unnest(?) as t(school)
                  join lateral (select academic_year, round from staffing_count
                                 where school_code = t.school and (academic_year, round) < (?, ?)
                                 order by academic_year desc, round desc limit 1) p on true
                  join staffing_count c on c.school_code = t.school and c.academic_year = p.academic_year
                                       and c.round = p.round""", schools, List.of("count"), year, round);
        List<FeedTemplate.Line> lines = new ArrayList<>();
        for (School s : schools) {
            Set<String> mine = prev.keys(s.code(), Set.of("director", "deputy", "teacher"));
            for (String t : types) {
                if (mine.contains(t)) {
                    lines.add(line(s, year, round, "staffType", t, prev.hints(s.code(), t)));
                }
            }
        }
        return new FeedTemplate("บุคลากร", prev.title(), columns, lines);
    }

    private FeedTemplate admissions(List<School> schools, int year) {
        List<String> levels = List.of("kindergarten", "P1", "M1");
        List<Column> columns = List.of(SCHOOL, SCHOOL_NAME, YEAR, Column.code("level", "ระดับที่รับ", levels),
                Column.whole("plannedRooms", "แผนรับ (ห้อง)"), Column.whole("plannedStudents", "แผนรับ (คน)"),
                Column.whole("admittedRooms", "รับจริง (ห้อง)"), Column.whole("admittedStudents", "รับจริง (คน)"));
        Previous prev = previous("""
                select a.school_code, a.level, a.planned_rooms, a.planned_students, a.admitted_rooms,
                       a.admitted_students, a.academic_year, 0
                  from admission a where a.school_code = any(?) and a.academic_year = ? - 1""", schools,
                List.of("plannedRooms", "plannedStudents", "admittedRooms", "admittedStudents"), year);
        List<FeedTemplate.Line> lines = new ArrayList<>();
        for (School s : schools) {
            Set<String> mine = prev.keys(s.code(), s.secondaryArea() ? Set.of("M1")
                    : s.expansion() ? Set.of("kindergarten", "P1", "M1") : Set.of("kindergarten", "P1"));
            for (String l : levels) {
                if (mine.contains(l)) {
                    lines.add(line(s, year, null, "level", l, prev.hints(s.code(), l)));
                }
            }
        }
        return new FeedTemplate("ผลการรับนักเรียน", prev.title(), columns, lines);
    }

    private FeedTemplate transitions(List<School> schools, int year) {
        List<String> stages = List.of("P6", "M3");
        List<Column> columns = List.of(SCHOOL, SCHOOL_NAME, YEAR, Column.code("stage", "ชั้นที่จบ", stages),
                Column.whole("graduates", "ผู้จบการศึกษา"), Column.whole("continued", "ศึกษาต่อ ม.1 (เฉพาะ P6)"),
                Column.whole("general", "ต่อสายสามัญ (เฉพาะ M3)"), Column.whole("vocational", "ต่อสายอาชีพ (เฉพาะ M3)"),
                Column.whole("equivalent", "ต่อการศึกษาเทียบเท่า (เฉพาะ M3)"), Column.whole("notContinuing", "ไม่ศึกษาต่อ"));
        Previous prev = previous("""
                select t.school_code, t.stage, t.graduates, t.continued, t.general, t.vocational, t.equivalent,
                       t.not_continuing, t.academic_year, 0
                  from transition t where t.school_code = any(?) and t.academic_year = ? - 1""", schools,
                List.of("graduates", "continued", "general", "vocational", "equivalent", "notContinuing"), year);
        List<FeedTemplate.Line> lines = new ArrayList<>();
        for (School s : schools) {
            Set<String> mine = prev.keys(s.code(), s.secondaryArea() ? Set.of("M3")
                    : s.expansion() ? Set.of("P6", "M3") : Set.of("P6"));
            for (String st : stages) {
                if (mine.contains(st)) {
                    lines.add(line(s, year, null, "stage", st, prev.hints(s.code(), st)));
                }
            }
        }
        return new FeedTemplate("การศึกษาต่อ", prev.title(), columns, lines);
    }

    private static Set<String> defaultGrades(School s) {
        Set<String> out = new LinkedHashSet<>();
        for (Grade g : Grade.values()) {
            boolean taught = switch (g.level) {
                case PRE_PRIMARY, PRIMARY -> !s.secondaryArea();
                case LOWER_SECONDARY -> s.secondaryArea() || s.expansion();
                case UPPER_SECONDARY -> s.secondaryArea();
            };
            if (taught) {
                out.add(g.name());
            }
        }
        return out;
    }

    private static FeedTemplate.Line line(School s, int year, Integer round, String keyColumn, String key,
                                          Map<String, String> hints) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("schoolCode", s.code());
        values.put(NAME, s.nameTh());
        values.put("academicYear", Integer.toString(year));
        if (round != null) {
            values.put("round", Integer.toString(round));
        }
        values.put(keyColumn, key);
        return new FeedTemplate.Line(values, hints);
    }

    // ---------------------------------------------------------------- the previous round

    /**
     * Reads each school's previous figures with {@code query}: its columns are the school, the line's key, the
     * {@code figures} in order, then the year and round they are of (0 for a kind collected once a year); its
     * parameters the schools' codes, then {@code args}.
     */
    private Previous previous(String query, List<School> schools, List<String> figures, Object... args) {
        Previous p = new Previous();
        sql.query(query, rs -> {
            Map<String, String> hints = new HashMap<>();
            for (int i = 0; i < figures.size(); i++) {
                String v = rs.getString(3 + i);
                if (v != null) {
                    hints.put(figures.get(i), v);
                }
            }
            p.add(rs.getString(1), rs.getString(2), hints, rs.getInt(3 + figures.size()), rs.getInt(4 + figures.size()));
            return null;
        }, params(schools, args));
        return p;
    }

    private static Object[] params(List<School> schools, Object[] args) {
        Object[] all = new Object[args.length + 1];
        all[0] = schools.stream().map(School::code).toArray(String[]::new);
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    /** The previous round's figures of each school, by the line's key (a grade, a staff type …). */
    static final class Previous {
        private final Map<String, Map<String, Map<String, String>>> bySchool = new HashMap<>();
        private final Set<String> rounds = new java.util.TreeSet<>();

        void add(String school, String key, Map<String, String> hints, int year, int round) {
            bySchool.computeIfAbsent(school, k -> new LinkedHashMap<>()).put(key, hints);
            rounds.add(year + "/" + round);
        }

        /** The school's keys of its previous round, or {@code otherwise} when it has none. */
        Set<String> keys(String school, Set<String> otherwise) {
            Map<String, Map<String, String>> mine = bySchool.get(school);
            return mine == null ? otherwise : mine.keySet();
        }

        Map<String, String> hints(String school, String key) {
            return bySchool.getOrDefault(school, Map.of()).getOrDefault(key, Map.of());
        }

        /** What the hints are, in Thai; null when no school has a previous round. */
        String title() {
            if (rounds.isEmpty()) {
                return null;
            }
            return "ข้อมูลรอบก่อน (" + String.join(", ", rounds.stream().map(r -> {
                String[] p = r.split("/");
                return "ปีการศึกษา " + p[0] + ("0".equals(p[1]) ? "" : " รอบที่ " + p[1]);
            }).toList()) + ")";
        }
    }
}
