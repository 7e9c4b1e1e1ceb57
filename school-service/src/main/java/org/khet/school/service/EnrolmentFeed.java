package org.khet.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.contracts.AcademicYear;
import org.khet.contracts.BuddhistEra;
import org.khet.contracts.codes.RoundStatus;
import org.khet.contracts.events.school.EnrolmentSubmittedV2;
import org.khet.kit.feed.FeedErrors;
import org.khet.contracts.FeedResult;
import org.khet.kit.feed.FeedKind;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.sql.CopyWriter;
import org.khet.kit.sql.Sql;
import org.khet.school.config.SchoolConfig;
import org.khet.school.domain.Grade;
import org.khet.school.domain.SizeClass;
import org.khet.school.repository.SchoolFacts;
import org.khet.school.repository.SchoolFacts.RoundKey;
import org.khet.school.repository.SchoolFacts.SchoolRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The enrolment feed: one row per school × academic year × round × grade with boys, girls and classrooms. A round
 * in the feed replaces that school's round wholesale (grades not sent are none) and goes back to 'submitted'.
 */
@ApplicationScoped
public class EnrolmentFeed implements SchoolFeedKind<EnrolmentFeed.Content> {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(EnrolmentFeed.class);
    public static final FeedReader.Columns COLUMNS = FeedReader.Columns.of(
            List.of("schoolCode", "academicYear", "round", "grade", "boys", "girls", "classrooms"),
            List.of("snapshotDate", "schoolNameTh"));

    private final SchoolFacts facts;
    private final Sql sql;
    private final Outbox outbox;
    private final SchoolConfig config;
    private final org.khet.school.rounds.EnrolmentRules rules;

    private final org.khet.kit.security.AccessControl access;

    public EnrolmentFeed(SchoolFacts facts, Sql sql, Outbox outbox, SchoolConfig config,
                         org.khet.school.rounds.EnrolmentRules rules, org.khet.kit.security.AccessControl access) {
        this.access = access;
        this.facts = facts;
        this.sql = sql;
        this.outbox = outbox;
        this.config = config;
        this.rules = rules;
    }

    public record Line(int row, String schoolCode, int academicYear, int round, Grade grade, int boys, int girls,
                       int classrooms) {
    }

    /** What the feed says about one school's round: its snapshot date, where each grade is, and its totals. */
    public static final class RoundState {
        LocalDate snapshotDate;
        final int firstRow;
        final int[] gradeRow = new int[Grade.values().length];
        final int[] gradeStudents = new int[Grade.values().length];
        int students;
        int classrooms;

        RoundState(int firstRow) {
            this.firstRow = firstRow;
        }
    }

    /**
     * @param replacing    whether some of the rounds exist already (a re-submission), so their counts are replaced
     * @param countsStored whether the counts went into enrolment_grade during validation (every round new)
     * @param events       the events of a feed of new rounds, prepared since validation (null otherwise)
     */
    public record Content(List<Line> lines, Map<RoundKey, RoundState> rounds, Map<String, SchoolRef> schools,
                          boolean replacing, boolean countsStored, Events events) {
    }

    /** The events of a feed of new rounds, being prepared since validation, as {@code actor}. */
    public record Events(String actor, java.util.concurrent.CompletableFuture<List<Outbox.Prepared>> prepared) {
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

    /**
     * Validates every row. A feed none of whose rounds is stored yet (a first submission: the national feed's usual
     * case) streams each valid row's counts into {@code enrolment_grade} with COPY while the rows are still being
     * checked, so that PostgreSQL stores while Java validates; a feed with an error stops streaming at its first
     * error, goes on checking (every error is listed) and throws, and the transaction takes the counts back with it
     * (ADR 0030). A feed that re-sends stored rounds is validated first and written by {@link #replaceRounds}.
     * <p>
     * Whether every round is new is not waited for: it is asked on another connection ({@link #lookUp}) while the
     * counts already stream, inside a savepoint. A feed found to re-send a stored round stops streaming, and the
     * savepoint takes back what was copied (ADR 0048); a national feed's look-ups then cost the COPY nothing.
     */
    @Override
    public Content validate(List<FeedRow> rows) {
        long t0 = System.nanoTime();
        // the sender, as the events name it (a job runs as its caller)
        String actor = access.actor();
        java.util.concurrent.CompletableFuture<LookUp> lookUp =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> lookUp(rows), WORKERS);
        java.util.concurrent.CompletableFuture<List<Outbox.Prepared>> early = null;
        Checked[] streamed = new Checked[1];
        int takenBack = 0;
        sql.update("savepoint enrolment_counts");
        try {
            List<java.util.concurrent.CompletableFuture<List<Outbox.Prepared>>> events = new ArrayList<>(1);
            sql.copy("enrolment_grade", GRADE_COLUMNS, w -> {
                // streaming stops once the look-up says a round of the feed is stored: the feed will replace rounds
                Checked all = check(rows, null, w, () -> !lookUp.isDone() || joined(lookUp).fresh());
                streamed[0] = all;
                LookUp l = joined(lookUp);
                if (!l.fresh()) {
                    throw new ResentRounds();
                }
                // every row valid and every school open: the events are built while PostgreSQL still takes the
                // last of the counts (what the socket holds), not after it
                if (all.errors().isEmpty() && openSchools(all.rounds().keySet(), l.schools())) {
                    events.add(prepareAsync(new Content(all.lines(), all.rounds(), l.schools(), false, true, null),
                            actor));
                }
            });
            early = events.isEmpty() ? null : events.get(0);
            sql.update("release savepoint enrolment_counts");
        } catch (RuntimeException e) {
            if (joined(lookUp).fresh()) {
                throw storedMeanwhile(e);
            }
            // a re-sent feed: the counts streamed so far are taken back, the transaction goes on
            sql.update("rollback to savepoint enrolment_counts");
            takenBack = streamed[0] == null ? -1 : streamed[0].copied();
        }
        LookUp l = joined(lookUp);
        boolean fresh = l.fresh();
        Map<String, SchoolRef> schools = l.schools();
        long t1 = System.nanoTime();
        // each row's school was not checked while streaming: the rounds' schools are checked now, and a feed with any
        // error (or one whose check the COPY cut short) is checked again as a whole with the register, so that its
        // errors are exactly those of one pass
        Checked checked = streamed[0] != null && streamed[0].errors().isEmpty()
                && openSchools(streamed[0].rounds().keySet(), schools) ? streamed[0] : check(rows, schools, null, () -> false);
        FeedErrors errors = checked.errors();
        List<Line> lines = checked.lines();
        Map<RoundKey, RoundState> rounds = checked.rounds();
        errors.throwIfAny();
        long t2 = System.nanoTime();
        // A feed of new rounds does not look them up again: a round another feed stored since the look-up above
        // meets the rounds' primary key in the rounds' COPY (or the counts' in theirs), and the feed is refused
        // then, 409 and nothing stored (storedMeanwhile), as the look-up refused it (ADR 0042). A re-sent feed reads
        // its stored rounds (and locks them against a certification) to replace them.
        Map<RoundKey, String> existing = fresh ? Map.of() : facts.existingRounds(rounds.keySet());
        LOG.infof("enrolment validate: rows%s %d ms (look-ups alongside %d ms), rows checked again %d ms, existing rounds %d ms%s",
                fresh ? " with the counts' COPY" : "", (t1 - t0) / 1_000_000, l.nanos() / 1_000_000,
                (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000,
                fresh ? "" : takenBack < 0 ? "; streamed counts taken back" : "; " + takenBack + " streamed counts taken back");
        Set<RoundKey> locked = new HashSet<>();
        existing.forEach((k, status) -> {
            if (RoundStatus.LOCKED.code().equals(status)) {
                locked.add(k);
            }
        });
        if (!locked.isEmpty()) {
            List<Problem.FieldError> conflicts = new ArrayList<>();
            for (Line line : lines) {
                RoundKey k = new RoundKey(line.schoolCode(), line.academicYear(), line.round());
                if (locked.contains(k) && conflicts.size() < FeedErrors.MAX_LISTED) {
                    conflicts.add(Problem.FieldError.cell(line.row(), "round", "round " + k.round() + " of "
                            + k.academicYear() + " of school " + k.schoolCode() + " is locked"));
                }
            }
            throw new ProblemException(409, "round-locked", "The round is locked", locked.size()
                    + " school round(s) in the feed are locked and refuse changes; nothing was stored", conflicts);
        }
        Content content = new Content(lines, rounds, schools, !existing.isEmpty(), fresh, null);
        if (content.replacing()) {
            return content;
        }
        // every round is new, so every round has its event: they are built and serialized on other threads while the
        // warnings are checked and the rounds are written (a first submission's since the end of its rows' check)
        return new Content(lines, rounds, schools, false, fresh,
                new Events(actor, early != null ? early : prepareAsync(content, actor)));
    }

    /**
     * What validation asks the database before it can decide how to store a feed, asked on a connection of its own
     * while the rows are checked: whether every round is new ({@link SchoolFacts#anyRound}), and the register's
     * entries of the feed's schools (the feed writes no school). The schools, years and round numbers come from one
     * pass over the rows (each distinct cell value read by the same check as the rows).
     */
    private LookUp lookUp(List<FeedRow> rows) {
        long t0 = System.nanoTime();
        Map<String, FeedRow> firstCode = new HashMap<>();
        Map<String, FeedRow> firstYear = new HashMap<>();
        Map<String, FeedRow> firstRound = new HashMap<>();
        for (FeedRow r : rows) {
            first(firstCode, r, "schoolCode");
            first(firstYear, r, "academicYear");
            first(firstRound, r, "round");
        }
        List<String> codes = firstCode.keySet().stream().sorted().toList();
        Set<Integer> years = candidates(firstYear.values(), "academicYear", BuddhistEra.MIN_BE, BuddhistEra.MAX_BE);
        Set<Integer> numbers = candidates(firstRound.values(), "round", 1, config.maxRound());
        boolean fresh = !facts.anyRound(codes, years, numbers);
        Map<String, SchoolRef> schools = facts.schools(codes);
        return new LookUp(fresh, schools, System.nanoTime() - t0);
    }

    /** The look-up's answer, or what it threw (not wrapped). */
    private static LookUp joined(java.util.concurrent.CompletableFuture<LookUp> lookUp) {
        try {
            return lookUp.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Whether every round of a feed is new, the register's entries of its schools, and the time it took. */
    private record LookUp(boolean fresh, Map<String, SchoolRef> schools, long nanos) {
    }

    /** Ends the speculative streaming of a feed that re-sends stored rounds (the savepoint takes the counts back). */
    private static final class ResentRounds extends RuntimeException {
        ResentRounds() {
            super("the feed re-sends stored rounds", null, false, false);
        }
    }

    /**
     * Runs a first submission's COPY; a round or count it meets already stored (a primary key: another feed stored
     * some of its rounds since they were looked up) refuses the feed, 409, and the transaction takes back what was
     * copied.
     */
    private static void storedMeanwhile(Runnable copy) {
        try {
            copy.run();
        } catch (RuntimeException e) {
            throw storedMeanwhile(e);
        }
    }

    /** The 409 of a first submission's COPY that met a stored key, or {@code e} itself. */
    private static RuntimeException storedMeanwhile(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException x && "23505".equals(x.getSQLState())) {
                return ProblemException.conflict("school round(s) of the feed were stored by another feed while this"
                        + " one was checked; nothing was stored: send it again");
            }
        }
        return e;
    }

    /** What checking the rows found: every error, and the valid rows as lines and rounds. */
    private record Checked(FeedErrors errors, List<Line> lines, Map<RoundKey, RoundState> rounds, int copied) {
    }

    /** Whether the school of every round is registered and open (what each row's check would have said). */
    private static boolean openSchools(Collection<RoundKey> rounds, Map<String, SchoolRef> schools) {
        for (RoundKey k : rounds) {
            SchoolRef ref = schools.get(k.schoolCode());
            if (ref == null || !org.khet.contracts.codes.SchoolStatus.OPEN.code().equals(ref.status())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks each row, and then each round's classrooms; a valid row becomes a line (and, with {@code copy}, a row of
     * the COPY, as long as no error was found — the feed will be refused anyway — and {@code streaming} says so). Without {@code schools} the rows'
     * schools are not checked (the caller checks the rounds' schools, and checks again with them on any doubt).
     */
    private Checked check(List<FeedRow> rows, Map<String, SchoolRef> schools, CopyWriter copy,
                          java.util.function.BooleanSupplier streaming) {
        FeedErrors errors = new FeedErrors();
        List<Line> lines = new ArrayList<>(rows.size());
        Map<RoundKey, RoundState> rounds = new LinkedHashMap<>();
        int copied = 0;
        for (FeedRow r : rows) {
            int before = errors.count();
            String school = errors.text(r, "schoolCode", true);
            if (schools != null) {
                SchoolRef ref = school == null ? null : schools.get(school);
                errors.registeredOpenSchool(r, "schoolCode", school, ref == null ? null : ref.status(), "enrolment");
            }
            int year = number(errors, r, "academicYear", BuddhistEra.MIN_BE, BuddhistEra.MAX_BE);
            int round = number(errors, r, "round", 1, config.maxRound());
            Grade grade = grade(errors, r);
            int boys = number(errors, r, "boys", 0, Integer.MAX_VALUE);
            int girls = number(errors, r, "girls", 0, Integer.MAX_VALUE);
            int rooms = number(errors, r, "classrooms", 0, Integer.MAX_VALUE);
            LocalDate date = r.get("snapshotDate") == null ? null : errors.date(r, "snapshotDate", false);
            if (date != null && year > 0 && !AcademicYear.of(year).contains(date)) {
                errors.add(r.row(), "snapshotDate", date + " is not in academic year " + year + " ("
                        + AcademicYear.of(year).start() + " to " + AcademicYear.of(year).end() + ")");
            }
            if (errors.count() > before) {
                continue;
            }
            RoundKey key = new RoundKey(school, year, round);
            RoundState st = rounds.get(key);
            if (st == null) {
                st = new RoundState(r.row());
                st.snapshotDate = date;
                rounds.put(key, st);
            } else if (date != null && st.snapshotDate != null && !st.snapshotDate.equals(date)) {
                errors.add(r.row(), "snapshotDate", "round " + round + " of school " + school + " has snapshot date "
                        + st.snapshotDate + " in row " + st.firstRow + ", not " + date);
                continue;
            } else if (st.snapshotDate == null) {
                st.snapshotDate = date;
            }
            int first = st.gradeRow[grade.ordinal()];
            if (first != 0) {
                errors.add(r.row(), "grade", "duplicate row: school " + school + ", year " + year + ", round " + round
                        + ", grade " + grade + " is already in row " + first);
                continue;
            }
            st.gradeRow[grade.ordinal()] = r.row();
            st.gradeStudents[grade.ordinal()] = boys + girls;
            st.students += boys + girls;
            st.classrooms += rooms;
            Line line = new Line(r.row(), school, year, round, grade, boys, girls, rooms);
            lines.add(line);
            if (copy != null && errors.isEmpty() && streaming.getAsBoolean()) {
                grade(copy, line);
                copied++;
            }
        }
        // A grade with pupils and no room of its own is taught together with another grade (ห้องเรียนคละชั้น, common in
        // small schools: the seed's 131 schools have 124 P1 rooms); a round with pupils and no room at all is a mistake.
        rounds.forEach((k, st) -> {
            if (st.students > 0 && st.classrooms == 0) {
                errors.add(st.firstRow, "classrooms", "round " + k.round() + " of school " + k.schoolCode() + " has "
                        + st.students + " students and no classroom in any grade");
            }
        });
        return new Checked(errors, lines, rounds, copied);
    }

    /** Keeps the first row of each distinct value of {@code column} (blank cells are none). */
    private static void first(Map<String, FeedRow> first, FeedRow r, String column) {
        String v = r.get(column);
        if (v != null) {
            first.putIfAbsent(v, r);
        }
    }

    /**
     * The values of {@code column} that {@link #number} takes on {@code firsts}, the first row of each distinct cell
     * value: a superset of the years or round numbers of the feed's valid rows.
     */
    private static Set<Integer> candidates(Collection<FeedRow> firsts, String column, int min, int max) {
        Set<Integer> out = new HashSet<>();
        FeedErrors scratch = new FeedErrors();
        firsts.forEach(r -> {
            int n = number(scratch, r, column, min, max);
            if (n >= 0) {
                out.add(n);
            }
        });
        return out;
    }

    /**
     * A feed that re-sends rounds: the rounds whose snapshot date or counts differ from the stored ones (or that are
     * new) are upserted, back to 'submitted', and their counts replaced; a round sent with the facts already stored is
     * left alone — its status and version too. Returns the rounds written, each with whether it is new.
     */
    private Map<RoundKey, Boolean> replaceRounds(Content c, String actor) {
        sql.update("""
                create temporary table feed_round (school_code text, academic_year integer, round integer,
                    snapshot_date date) on commit drop""");
        sql.update("""
                create temporary table feed_grade (school_code text, academic_year integer, round integer, grade text,
                    boys integer, girls integer, classrooms integer) on commit drop""");
        sql.copy("feed_round", List.of("school_code", "academic_year", "round", "snapshot_date"), w -> {
            for (var e : c.rounds().entrySet()) {
                RoundKey k = e.getKey();
                w.text(k.schoolCode()).num(k.academicYear()).num(k.round()).date(e.getValue().snapshotDate).end();
            }
        });
        copyGrades(c, "feed_grade");
        sql.update("analyze feed_round, feed_grade");
        sql.update("""
                create temporary table feed_round_written on commit drop as
                with sent as (select school_code, academic_year, round,
                                     jsonb_object_agg(grade, jsonb_build_array(boys, girls, classrooms)) as grades
                                from feed_grade group by school_code, academic_year, round),
                     stored as (select g.school_code, g.academic_year, g.round,
                                       jsonb_object_agg(g.grade, jsonb_build_array(g.boys, g.girls, g.classrooms)) as grades
                                  from enrolment_grade g join feed_round f using (school_code, academic_year, round)
                                 group by g.school_code, g.academic_year, g.round)
                select f.school_code, f.academic_year, f.round, f.snapshot_date, r.school_code is null as created
                  from feed_round f join sent s using (school_code, academic_year, round)
                  left join enrolment_round r using (school_code, academic_year, round)
                  left join stored t using (school_code, academic_year, round)
                 where r.school_code is null or r.snapshot_date is distinct from f.snapshot_date
                    or t.grades is distinct from s.grades""");
        sql.update("""
                insert into enrolment_round (school_code, academic_year, round, snapshot_date, status, updated_at, updated_by)
                select school_code, academic_year, round, snapshot_date, ?, now(), ? from feed_round_written
                on conflict (school_code, academic_year, round) do update set snapshot_date = excluded.snapshot_date,
                    status = excluded.status, version = enrolment_round.version + 1, updated_at = now(),
                    updated_by = excluded.updated_by""", RoundStatus.SUBMITTED.code(), actor);
        sql.update("""
                delete from enrolment_grade g using feed_round_written w
                 where g.school_code = w.school_code and g.academic_year = w.academic_year and g.round = w.round""");
        sql.update("""
                insert into enrolment_grade (school_code, academic_year, round, grade, boys, girls, classrooms)
                select g.school_code, g.academic_year, g.round, g.grade, g.boys, g.girls, g.classrooms
                  from feed_grade g join feed_round_written using (school_code, academic_year, round)""");
        Map<RoundKey, Boolean> written = new LinkedHashMap<>();
        sql.query("select school_code, academic_year, round, created from feed_round_written",
                rs -> written.put(new RoundKey(rs.getString(1), rs.getInt(2), rs.getInt(3)), rs.getBoolean(4)));
        sql.update("drop table feed_round, feed_grade, feed_round_written");
        return written;
    }

    private static final List<String> GRADE_COLUMNS = List.of("school_code", "academic_year", "round", "grade", "boys",
            "girls", "classrooms");

    private void copyGrades(Content c, String table) {
        sql.copy(table, GRADE_COLUMNS, w -> c.lines().forEach(l -> grade(w, l)));
    }

    private static void grade(CopyWriter w, Line l) {
        w.text(l.schoolCode()).num(l.academicYear()).num(l.round()).text(l.grade().name()).num(l.boys())
                .num(l.girls()).num(l.classrooms()).end();
    }

    /** A whole number in range: plain digits are read directly; anything else goes through the kit's checks. */
    private static int number(FeedErrors errors, FeedRow r, String column, int min, int max) {
        String v = r.get(column);
        if (v != null && v.length() <= 9) {
            int n = 0;
            boolean digits = true;
            for (int i = 0; i < v.length() && digits; i++) {
                char ch = v.charAt(i);
                digits = ch >= '0' && ch <= '9';
                n = n * 10 + (ch - '0');
            }
            if (digits && n >= min && n <= max) {
                return n;
            }
        }
        Integer parsed = max == Integer.MAX_VALUE && min == 0 ? errors.count(r, column, true)
                : errors.integer(r, column, true, min, max);
        return parsed == null ? -1 : parsed;
    }

    private static final Map<String, Grade> GRADES = new HashMap<>();

    static {
        for (Grade g : Grade.values()) {
            GRADES.put(g.name(), g);
        }
    }

    private static Grade grade(FeedErrors errors, FeedRow r) {
        String v = r.get("grade");
        Grade g = v == null ? null : GRADES.get(v);
        if (g != null) {
            return g;
        }
        String named = errors.oneOf(r, "grade", true, Grade.CODES);
        return named == null ? null : Grade.valueOf(named);
    }

    /** The enrolment rules kept as data (students per classroom, change from the previous round, grades not taught). */
    @Override
    public List<org.khet.contracts.FeedWarning> warnings(Content c) {
        return rules.check(c);
    }

    @Override
    public List<org.khet.contracts.FeedWarning> warnings(Content c, boolean kept) {
        return rules.check(c, kept);
    }

    /** Each school's round, with its grades' boys, girls and classrooms (the round is replaced whole). */
    @Override
    public List<org.khet.kit.round.RoundTarget> roundTargets(Content c) {
        var targets = new org.khet.school.rounds.SchoolRoundTargets(c.schools(), true);
        for (Line l : c.lines()) {
            targets.figure(l.schoolCode(), l.academicYear(), l.round(), l.grade() + ".boys", l.boys())
                    .figure(l.schoolCode(), l.academicYear(), l.round(), l.grade() + ".girls", l.girls())
                    .figure(l.schoolCode(), l.academicYear(), l.round(), l.grade() + ".classrooms", l.classrooms());
        }
        return targets.build();
    }

    /**
     * Stores the feed; its unit is a school's round. The usual first submission of rounds goes straight in with COPY
     * (every round created); a feed that re-sends rounds writes only those that differ ({@link #replaceRounds}).
     */
    @Override
    public FeedResult store(Content c, String actor) {
        long t0 = System.nanoTime();
        if (c.replacing()) {
            Map<RoundKey, Boolean> written = replaceRounds(c, actor);
            outbox.publishAll(events(c, written.keySet(), actor));
            int newRounds = (int) written.values().stream().filter(isNew -> isNew).count();
            LOG.infof("enrolment store (re-sent rounds): %d ms", (System.nanoTime() - t0) / 1_000_000);
            return FeedResult.of(name(), c.lines().size(), newRounds, written.size() - newRounds,
                    c.rounds().size() - written.size(), areas(c), years(c));
        }
        // the events (one per area and round, with every school's totals) are built and serialized on another
        // core while PostgreSQL takes the rounds and the counts
        Events early = c.events();
        java.util.concurrent.CompletableFuture<List<Outbox.Prepared>> events = early != null && early.actor().equals(actor)
                ? early.prepared() : prepareAsync(c, actor);
        storedMeanwhile(() -> sql.copy("enrolment_round", List.of("school_code", "academic_year", "round", "snapshot_date",
                "status", "updated_by"), w -> {
            for (var e : c.rounds().entrySet()) {
                RoundKey k = e.getKey();
                w.text(k.schoolCode()).num(k.academicYear()).num(k.round()).date(e.getValue().snapshotDate)
                        .text(RoundStatus.SUBMITTED.code()).text(actor).end();
            }
        }));
        long t1 = System.nanoTime();
        if (!c.countsStored()) {
            copyGrades(c, "enrolment_grade");
        }
        long t2 = System.nanoTime();
        List<Outbox.Prepared> prepared = events.join();
        long t3 = System.nanoTime();
        outbox.publishAll(prepared);
        LOG.infof("enrolment store: rounds %d ms, counts COPY %d ms, events waited for %d ms and written %d ms",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
        return FeedResult.of(name(), c.lines().size(), c.rounds().size(), 0, 0, areas(c), years(c));
    }

    private static List<String> areas(Content c) {
        TreeSet<String> areas = new TreeSet<>();
        c.rounds().keySet().forEach(k -> areas.add(c.schools().get(k.schoolCode()).areaCode()));
        return List.copyOf(areas);
    }

    private static List<Integer> years(Content c) {
        TreeSet<Integer> years = new TreeSet<>();
        c.rounds().keySet().forEach(k -> years.add(k.academicYear()));
        return List.copyOf(years);
    }

    /**
     * The round's students by grade, in the grades' order, for the event (assessment-service's takers rule): one JSON
     * object, grade to students (v2, ADR 0046).
     */
    private static Map<String, Integer> grades(RoundState st) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Grade g : Grade.values()) {
            if (st.gradeRow[g.ordinal()] != 0) {
                out.put(g.name(), st.gradeStudents[g.ordinal()]);
            }
        }
        return out;
    }

    /**
     * Two threads of the feed's own: the register read while the rows are checked, and a national feed's 245 events
     * serialized on both cores.
     */
    private static final java.util.concurrent.ExecutorService WORKERS = java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "enrolment-feed");
        t.setDaemon(true);
        return t;
    });

    /** Every round's event, built and serialized on {@link #WORKERS}: the areas in two halves, in order. */
    private java.util.concurrent.CompletableFuture<List<Outbox.Prepared>> prepareAsync(Content c, String actor) {
        List<RoundKey> keys = new ArrayList<>(c.rounds().keySet());
        keys.sort(java.util.Comparator.comparing((RoundKey k) -> c.schools().get(k.schoolCode()).areaCode()));
        int half = keys.size() / 2;
        // the halves split at an area's boundary, so each area's round is one event whichever half builds it
        while (half > 0 && half < keys.size() && c.schools().get(keys.get(half).schoolCode()).areaCode()
                .equals(c.schools().get(keys.get(half - 1).schoolCode()).areaCode())) {
            half++;
        }
        List<RoundKey> first = keys.subList(0, half);
        List<RoundKey> second = keys.subList(half, keys.size());
        var a = java.util.concurrent.CompletableFuture.supplyAsync(() -> events(c, first, actor), WORKERS);
        var b = java.util.concurrent.CompletableFuture.supplyAsync(() -> events(c, second, actor), WORKERS);
        return a.thenCombine(b, (x, y) -> {
            List<Outbox.Prepared> all = new ArrayList<>(x);
            all.addAll(y);
            return all;
        });
    }

    /**
     * One {@code school.EnrolmentSubmitted.v2} per area and round of the {@code written} rounds, with each school's
     * totals, size class and students by grade as stored (a round sent again unchanged publishes nothing).
     */
    private List<Outbox.Prepared> events(Content c, Collection<RoundKey> written, String actor) {
        Map<String, Map<String, List<EnrolmentSubmittedV2.School>>> byArea = new TreeMap<>();
        Map<String, RoundKey> sample = new HashMap<>();
        for (RoundKey k : written) {
            String area = c.schools().get(k.schoolCode()).areaCode();
            String rk = area + "/" + k.academicYear() + "/" + k.round();
            sample.putIfAbsent(rk, k);
            RoundState st = c.rounds().get(k);
            byArea.computeIfAbsent(area, a -> new TreeMap<>()).computeIfAbsent(rk, x -> new ArrayList<>())
                    .add(new EnrolmentSubmittedV2.School(k.schoolCode(), st.students, st.classrooms,
                            SizeClass.of(st.students, config.sizeClass()).code(), grades(st)));
        }
        List<Outbox.Prepared> prepared = new ArrayList<>();
        for (var area : byArea.entrySet()) {
            for (var e : area.getValue().entrySet()) {
                RoundKey k = sample.get(e.getKey());
                prepared.add(outbox.prepare(EnrolmentSubmittedV2.TYPE, Outbox.Subject.of("EnrolmentRound", area.getKey())
                                .area(area.getKey()).academicYear(k.academicYear()),
                        new EnrolmentSubmittedV2(area.getKey(), k.academicYear(), k.round(), c.rounds().get(k).snapshotDate,
                                e.getValue()), actor));
            }
        }
        return prepared;
    }
}
