package org.khet.kit.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import org.khet.contracts.BuddhistEra;
import org.khet.contracts.FeedWarning;
import org.khet.contracts.codes.RoundState;
import org.khet.contracts.codes.SubmissionStatus;
import org.khet.contracts.events.round.CollectionRoundChanged;
import org.khet.contracts.events.round.SubmissionChanged;
import org.khet.kit.config.KhetConfig;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;
import org.khet.kit.security.Caller;
import org.khet.kit.sql.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Collection rounds (รอบการจัดเก็บข้อมูล) and the schools' submissions to them, the same in every service that
 * collects school-level feeds: a round goes planned → open → closed → locked; a school's submission goes
 * not submitted → submitted (ยืนยัน) → warnings acknowledged → certified by its director (รับรอง) → acknowledged by
 * the area (รับทราบ) → locked with the round. The area may reopen a submission with a reason; a new feed after
 * certification drops the certification. Every transition is a line of the submission's history and an event on the
 * service's topic ({@link SubmissionChanged}, {@link CollectionRoundChanged}), written in the change's transaction.
 * <p>
 * The tables come from {@code db/rounds} (the service adds it to its Flyway locations).
 */
@ApplicationScoped
@Transactional
public class Rounds {
    /** Lateness is judged by the date in Thailand. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");
    private static final Set<SubmissionStatus> RESUBMITTABLE = EnumSet.of(SubmissionStatus.NOT_SUBMITTED,
            SubmissionStatus.SUBMITTED, SubmissionStatus.WARNINGS_ACKNOWLEDGED, SubmissionStatus.CERTIFIED);

    private final Sql sql;
    private final Outbox outbox;
    private final AccessControl access;
    private final OrgDirectory directory;
    private final Instance<Submitters> submitters;
    private final String service;

    public Rounds(Sql sql, Outbox outbox, AccessControl access, OrgDirectory directory, Instance<Submitters> submitters,
                  KhetConfig config) {
        this.sql = sql;
        this.outbox = outbox;
        this.access = access;
        this.directory = directory;
        this.submitters = submitters;
        this.service = config.service();
    }

    /** A round to plan; {@code areaCode} null makes it national (obec-admin only). */
    public record NewRound(String kind, Integer academicYear, Integer round, LocalDate snapshotDate, LocalDate opensOn,
                           LocalDate closesOn, String areaCode) {
    }

    /** @param expected the schools expected to submit (0 until the round opens) */
    public record RoundView(UUID id, String kind, int academicYear, int round, LocalDate snapshotDate,
                            LocalDate opensOn, LocalDate closesOn, String areaCode, RoundState state, int expected,
                            long version) {
    }

    /** A warning of the submission's latest feed, with its acknowledgement (reason, who, when) once given. */
    public record WarningView(int seq, FeedWarning warning, String reason, String acknowledgedBy,
                              OffsetDateTime acknowledgedAt) {
    }

    public record HistoryLine(String action, SubmissionStatus from, SubmissionStatus to, String reason, UUID receiptId,
                              String actor, OffsetDateTime at) {
    }

    /** @param late whether the first submission came after the round's closing date */
    public record SubmissionView(UUID roundId, String kind, int academicYear, int round, String schoolCode,
                                 String areaCode, String districtCode, boolean expected, SubmissionStatus status,
                                 boolean reopened, int submissions, OffsetDateTime firstSubmittedAt,
                                 OffsetDateTime submittedAt, OffsetDateTime certifiedAt, OffsetDateTime acknowledgedAt,
                                 UUID receiptId, boolean late, long version, List<WarningView> warnings,
                                 List<HistoryLine> history) {
    }

    /** One warning acknowledged: its number in the submission and why the figure is right. */
    public record WarningAck(Integer seq, String reason) {
    }

    // ---------------------------------------------------------------- rounds

    /** Plans a round of one of {@code kinds}: 201-worthy, state planned; 409 when the same round exists. */
    public RoundView create(NewRound r, Collection<String> kinds) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (r == null) {
            throw ProblemException.badRequest("a round needs kind, academicYear, round, snapshotDate, opensOn and closesOn");
        }
        if (r.kind() == null || !kinds.contains(r.kind())) {
            errors.add(Problem.FieldError.field("kind", "is required, one of " + kinds.stream().sorted().toList()));
        }
        if (r.academicYear() == null || r.academicYear() < BuddhistEra.MIN_BE || r.academicYear() > BuddhistEra.MAX_BE) {
            errors.add(Problem.FieldError.field("academicYear", "is required, a Buddhist-era year such as 2566"));
        }
        if (r.round() == null || r.round() < 1) {
            errors.add(Problem.FieldError.field("round", "is required, 1 or more"));
        }
        for (var d : List.of(Map.entry("snapshotDate", r.snapshotDate() == null),
                Map.entry("opensOn", r.opensOn() == null), Map.entry("closesOn", r.closesOn() == null))) {
            if (d.getValue()) {
                errors.add(Problem.FieldError.field(d.getKey(), "is required, a date such as 2023-06-10"));
            }
        }
        if (r.opensOn() != null && r.closesOn() != null && r.closesOn().isBefore(r.opensOn())) {
            errors.add(Problem.FieldError.field("closesOn", r.closesOn() + " is before opensOn " + r.opensOn()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation("the round is not complete", errors);
        }
        authorizeRound(r.areaCode());
        if (r.areaCode() != null) {
            directory.requireArea(r.areaCode());
        }
        boolean exists = !sql.query("""
                select 1 from collection_round where kind = ? and academic_year = ? and round = ?
                   and coalesce(area_code, '') = coalesce(?, '')""", rs -> 1, r.kind(), r.academicYear(), r.round(),
                r.areaCode()).isEmpty();
        if (exists) {
            throw ProblemException.conflict("round " + r.round() + " of " + r.academicYear() + " of " + r.kind() + " for "
                    + scopeName(r.areaCode()) + " exists already");
        }
        UUID id = UUID.randomUUID();
        sql.update("""
                insert into collection_round (id, kind, academic_year, round, snapshot_date, opens_on, closes_on,
                                              area_code, state, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, r.kind(), r.academicYear(), r.round(), r.snapshotDate(),
                r.opensOn(), r.closesOn(), r.areaCode(), RoundState.PLANNED.code(), access.actor(), access.actor());
        RoundView v = round(id);
        publishRound(v, null);
        return v;
    }

    /** Opens a planned round: its expected schools are those open in the register at the snapshot date. */
    public RoundView open(UUID id) {
        RoundView r = lockedRound(id);
        authorizeRound(r.areaCode());
        requireState(r, RoundState.PLANNED, "open");
        if (!submitters.isResolvable()) {
            throw new IllegalStateException("service " + service + " collects rounds but has no Submitters bean");
        }
        List<Submitters.Submitter> expected = submitters.get().expected(r.areaCode(), r.snapshotDate());
        sql.copy("round_submission", List.of("round_id", "school_code", "area_code", "district_code", "expected", "status"), w -> {
            for (Submitters.Submitter s : expected) {
                w.text(id.toString()).text(s.schoolCode()).text(s.areaCode()).text(s.districtCode()).bool(true)
                        .text(SubmissionStatus.NOT_SUBMITTED.code()).end();
            }
        });
        return moveRound(r, RoundState.OPEN);
    }

    /** Closes an open round: afterwards only submissions the area reopened are taken. */
    public RoundView close(UUID id) {
        RoundView r = lockedRound(id);
        authorizeRound(r.areaCode());
        requireState(r, RoundState.OPEN, "close");
        return moveRound(r, RoundState.CLOSED);
    }

    /** Locks a closed round and every submission in it: nothing changes afterwards. */
    public RoundView lock(UUID id) {
        RoundView r = lockedRound(id);
        authorizeRound(r.areaCode());
        requireState(r, RoundState.CLOSED, "lock");
        List<Sub> subs = sql.query(SUB_SELECT + " where s.round_id = ? and s.status <> ? order by s.school_code for update of s",
                Rounds::sub, id, SubmissionStatus.NOT_SUBMITTED.code());
        for (Sub s : subs) {
            move(r, s, "lock", SubmissionStatus.LOCKED, null, null, 0);
        }
        return moveRound(r, RoundState.LOCKED);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RoundView round(UUID id) {
        List<RoundView> found = sql.query(ROUND_SELECT + " where r.id = ?", Rounds::roundView, id);
        if (found.isEmpty()) {
            throw ProblemException.notFound("no collection round " + id);
        }
        return found.get(0);
    }

    /** The rounds of a kind and year (either may be null), for an area (its own and the national ones) or all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoundView> rounds(String kind, Integer academicYear, String areaCode) {
        return sql.query(ROUND_SELECT + " " + """
                 where (cast(? as text) is null or r.kind = ?) and (cast(? as integer) is null or r.academic_year = ?)
                   and (cast(? as text) is null or r.area_code = ? or r.area_code is null)
                 order by r.academic_year, r.kind, r.round, r.area_code nulls first""", Rounds::roundView,
                kind, kind, academicYear, academicYear, areaCode, areaCode);
    }

    // ---------------------------------------------------------------- submissions by feed

    /**
     * A target with the round it submits to and its submission as it stood before the feed, locked (a school the
     * round did not expect has one created, not submitted, by {@link #resolve}).
     */
    public record Resolved(RoundTarget target, RoundView round, Sub current) {
    }

    /**
     * The rounds {@code targets} submit to, checked: a round not open (planned, closed without reopening, locked)
     * or a submission the area has acknowledged refuses the feed whole (409, every refused school named). Targets of
     * no round are left out: a feed of a year and round no collection round was made for is stored as before.
     */
    public List<Resolved> resolve(String kind, List<RoundTarget> targets) {
        return resolve(kind, () -> targets);
    }

    /**
     * Whether any collection round of {@code kind} exists: only then do its feeds' submissions and warnings go anywhere.
     * A service whose database has no collection rounds at all (budget-service, project-service: their migrations do
     * not include {@code db/rounds}) collects nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean collects(String kind) {
        return hasRounds() && !sql.query("select 1 from collection_round where kind = ? limit 1", rs -> 1, kind).isEmpty();
    }

    /** Whether this database has the collection-round tables; asked once (they come with the migrations at start). */
    private boolean hasRounds() {
        Boolean known = roundsTable;
        if (known == null) {
            known = sql.query("select to_regclass('collection_round') is not null", rs -> rs.getBoolean(1)).get(0);
            roundsTable = known;
        }
        return known;
    }

    private volatile Boolean roundsTable;

    /**
     * As {@link #resolve(String, List)}, building the targets only when some collection round of {@code kind} exists
     * (a national feed's targets carry every figure of every school: no work for a kind nobody collects in rounds).
     */
    public List<Resolved> resolve(String kind, java.util.function.Supplier<List<RoundTarget>> targetsOf) {
        if (!collects(kind)) {
            return List.of();
        }
        List<RoundTarget> targets = targetsOf.get();
        if (targets.isEmpty()) {
            return List.of();
        }
        String[] schools = targets.stream().map(RoundTarget::schoolCode).toArray(String[]::new);
        String[] areas = targets.stream().map(RoundTarget::areaCode).toArray(String[]::new);
        Integer[] years = targets.stream().map(RoundTarget::academicYear).toArray(Integer[]::new);
        Integer[] numbers = targets.stream().map(RoundTarget::round).toArray(Integer[]::new);
        record Hit(int i, UUID roundId) {
        }
        List<Hit> hits = sql.query("""
                select distinct on (t.i) t.i, r.id
                  from unnest(?, ?, ?, ?) with ordinality as t(school, area, yr, rnd, i)
                  join collection_round r on r.kind = ? and r.academic_year = t.yr and r.round = t.rnd
                                         and (r.area_code = t.area or r.area_code is null)
                 order by t.i, r.area_code nulls last""", rs -> new Hit(rs.getInt(1), rs.getObject(2, UUID.class)),
                schools, areas, years, numbers, kind);
        Map<UUID, RoundView> rounds = new HashMap<>();
        List<Resolved> out = new ArrayList<>();
        List<Problem.FieldError> refused = new ArrayList<>();
        for (Hit h : hits) {
            RoundTarget t = targets.get(h.i() - 1);
            RoundView r = rounds.computeIfAbsent(h.roundId(), this::round);
            List<Sub> cur = sql.query(SUB_SELECT + " where s.round_id = ? and s.school_code = ? for update of s",
                    Rounds::sub, r.id(), t.schoolCode());
            if (cur.isEmpty() && refusal(r, null) == null) {
                // A school the round did not expect has no row to lock: two first submissions sent at once would
                // both insert one (a primary-key 500). The row is created here, under the insert's own lock — a
                // second transaction's insert waits for the first to end and then does nothing — and read again
                // locked, so the second sees the first's submission (or none, if the first rolled back). A dry run
                // or a refused feed rolls the row back with everything else.
                sql.update("""
                        insert into round_submission (round_id, school_code, area_code, expected, status)
                        values (?, ?, ?, false, ?) on conflict (round_id, school_code) do nothing""",
                        r.id(), t.schoolCode(), t.areaCode(), SubmissionStatus.NOT_SUBMITTED.code());
                cur = sql.query(SUB_SELECT + " where s.round_id = ? and s.school_code = ? for update of s",
                        Rounds::sub, r.id(), t.schoolCode());
            }
            Sub s = cur.isEmpty() ? null : cur.get(0);
            String why = refusal(r, s);
            if (why != null) {
                if (refused.size() < 100) {
                    refused.add(Problem.FieldError.field("schoolCode", "school " + t.schoolCode() + ": " + why));
                }
                continue;
            }
            out.add(new Resolved(t, r, s));
        }
        if (!refused.isEmpty()) {
            throw new ProblemException(409, "round-refuses-submission", "The round does not take this submission",
                    refused.size() + " school submission(s) of the feed are refused by their collection round ("
                            + String.join("; ", refused.stream().limit(3).map(Problem.FieldError::message).toList())
                            + (refused.size() > 3 ? "; …" : "") + "); nothing was stored", refused);
        }
        return out;
    }

    private static String refusal(RoundView r, Sub s) {
        String name = "round " + r.round() + " of " + r.academicYear() + " of " + r.kind();
        return switch (r.state()) {
            case PLANNED -> name + " is planned and opens on " + r.opensOn() + "; it takes no submission yet";
            case LOCKED -> name + " is locked; it takes no submission";
            case CLOSED -> s != null && s.reopened() && s.status() != SubmissionStatus.ACKNOWLEDGED ? null
                    : name + " closed; the area must reopen the school's submission first";
            case OPEN -> s != null && !RESUBMITTABLE.contains(s.status())
                    ? "the submission is " + s.status().code() + "; the area must reopen it first" : null;
        };
    }

    /**
     * Records the feed's submissions: each goes to submitted (a certification it had is dropped), its warnings are
     * replaced by the feed's, and the transition is a history line and an event.
     */
    public void submitted(List<Resolved> resolved, Map<String, List<FeedWarning>> warningsBySchool, UUID receiptId) {
        for (Resolved x : resolved) {
            RoundTarget t = x.target();
            Sub s = x.current();   // never null: resolve created the row of a school the round did not expect
            List<FeedWarning> ws = warningsBySchool.getOrDefault(t.schoolCode(), List.of());
            sql.update("delete from round_warning where round_id = ? and school_code = ?", s.roundId(), s.schoolCode());
            int seq = 0;
            for (FeedWarning w : ws) {
                sql.update("""
                        insert into round_warning (round_id, school_code, seq, rule, rule_version, feed_row, feed_column,
                                                   reported, rule_limit, message_th, message_en)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", s.roundId(), s.schoolCode(), ++seq, w.rule(),
                        w.ruleVersion(), w.row(), w.column(), w.reported(), w.limit(), w.messageTh(), w.messageEn());
            }
            sql.update("""
                    update round_submission set submissions = submissions + 1, submitted_at = now(),
                           first_submitted_at = coalesce(first_submitted_at, now()), certified_at = null,
                           receipt_id = ? where round_id = ? and school_code = ?""", receiptId, s.roundId(), s.schoolCode());
            recordFigures(s, t, receiptId);
            move(x.round(), s, s.status() == SubmissionStatus.NOT_SUBMITTED ? "submit" : "resubmit",
                    SubmissionStatus.SUBMITTED, null, receiptId, ws.size());
        }
    }

    /**
     * The audit trail: each figure the feed sends that differs from the school's previous submission (or is new)
     * is recorded with before and after, the receipt and the actor; a feed that replaces the round whole records the
     * figures it no longer sends as removed (after null). The submission's figures become the feed's.
     */
    private void recordFigures(Sub s, RoundTarget t, UUID receiptId) {
        if (t.figures().isEmpty() && !t.whole()) {
            return;
        }
        Map<String, String> before = new HashMap<>();
        sql.query("select figure, value from round_figure where round_id = ? and school_code = ?",
                rs -> before.put(rs.getString(1), rs.getString(2)), s.roundId(), s.schoolCode());
        java.util.SortedSet<String> names = new java.util.TreeSet<>(t.figures().keySet());
        if (t.whole()) {
            names.addAll(before.keySet());
        }
        List<String> figure = new ArrayList<>();
        List<String> was = new ArrayList<>();
        List<String> now = new ArrayList<>();
        for (String n : names) {
            String b = before.get(n);
            String a = t.figures().get(n);
            if (!java.util.Objects.equals(a, b)) {
                figure.add(n);
                was.add(b);
                now.add(a);
            }
        }
        if (figure.isEmpty()) {
            return;
        }
        String[] f = figure.toArray(String[]::new);
        sql.update("""
                insert into round_figure_change (round_id, school_code, figure, before, after, receipt_id, actor)
                select ?, ?, c.figure, c.before, c.after, ?, ? from unnest(?, ?, ?) as c(figure, before, after)""",
                s.roundId(), s.schoolCode(), receiptId, access.actor(), f, was.toArray(String[]::new),
                now.toArray(String[]::new));
        sql.update("delete from round_figure where round_id = ? and school_code = ? and figure = any(?)",
                s.roundId(), s.schoolCode(), f);
        sql.update("""
                insert into round_figure (round_id, school_code, figure, value)
                select ?, ?, c.figure, c.after from unnest(?, ?) as c(figure, after) where c.after is not null""",
                s.roundId(), s.schoolCode(), f, now.toArray(String[]::new));
    }

    /** One figure's change: who changed it from what to what, when, through which feed receipt. */
    public record FigureChange(String figure, String before, String after, UUID receiptId, String actor,
                               OffsetDateTime at) {
    }

    /** A school's figure changes in a round, oldest first, paged; read by the school itself and by its area. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public org.khet.contracts.read.Page<FigureChange> figureChanges(UUID roundId, String school,
                                                                 org.khet.kit.paging.PageRequest page) {
        access.requireRole(school, Caller.SCHOOL_OFFICER, Caller.SCHOOL_DIRECTOR, Caller.AREA_OFFICER, Caller.OBEC_ADMIN);
        RoundView r = round(roundId);
        long total = sql.query("select count(*) from round_figure_change where round_id = ? and school_code = ?",
                rs -> rs.getLong(1), r.id(), school).get(0);
        List<FigureChange> items = sql.query("""
                select figure, before, after, receipt_id, actor, at from round_figure_change
                 where round_id = ? and school_code = ? order by id limit ? offset ?""",
                rs -> new FigureChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class)), r.id(), school, page.size(),
                page.offset());
        return new org.khet.contracts.read.Page<>(items, page.page(), page.size(), total);
    }

    // ---------------------------------------------------------------- submissions: the ritual

    /** A school officer (or the director) acknowledges warnings, each with a reason; all acknowledged moves it on. */
    public SubmissionView acknowledgeWarnings(UUID roundId, String school, List<WarningAck> acks) {
        RoundView r = round(roundId);
        Sub s = lockedSub(r, school);
        access.requireRole(school, Caller.SCHOOL_OFFICER, Caller.SCHOOL_DIRECTOR);
        requireActive(r);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (acks == null || acks.isEmpty()) {
            errors.add(Problem.FieldError.field("warnings", "name at least one warning (seq) with a reason"));
        } else {
            for (int i = 0; i < acks.size(); i++) {
                WarningAck a = acks.get(i);
                if (a == null || a.seq() == null) {
                    errors.add(Problem.FieldError.field("warnings[" + i + "].seq", "is required"));
                } else if (sql.query("select 1 from round_warning where round_id = ? and school_code = ? and seq = ?",
                        rs -> 1, roundId, school, a.seq()).isEmpty()) {
                    errors.add(Problem.FieldError.field("warnings[" + i + "].seq", "the submission has no warning " + a.seq()));
                }
                if (a == null || a.reason() == null || a.reason().isBlank()) {
                    errors.add(Problem.FieldError.field("warnings[" + i + "].reason", "is required: why the figure is right"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation("every acknowledged warning needs its number and a reason", errors);
        }
        requireStatus(s, "acknowledge its warnings", SubmissionStatus.SUBMITTED, SubmissionStatus.WARNINGS_ACKNOWLEDGED);
        for (WarningAck a : acks) {
            sql.update("""
                    update round_warning set reason = ?, acknowledged_by = ?, acknowledged_at = now()
                     where round_id = ? and school_code = ? and seq = ?""", a.reason().strip(), access.actor(),
                    roundId, school, a.seq());
        }
        int open = unacknowledged(roundId, school);
        move(r, s, "acknowledge-warnings", open == 0 ? SubmissionStatus.WARNINGS_ACKNOWLEDGED : SubmissionStatus.SUBMITTED,
                null, null, open);
        return submission(roundId, school);
    }

    /** The school's director certifies (รับรอง) its submission: refused while a warning is unacknowledged. */
    public SubmissionView certify(UUID roundId, String school) {
        RoundView r = round(roundId);
        Sub s = lockedSub(r, school);
        access.requireRole(school, Caller.SCHOOL_DIRECTOR);
        requireActive(r);
        requireStatus(s, "certify it", SubmissionStatus.SUBMITTED, SubmissionStatus.WARNINGS_ACKNOWLEDGED);
        List<String> open = sql.query("""
                select seq, rule, feed_row, feed_column from round_warning
                 where round_id = ? and school_code = ? and acknowledged_at is null order by seq""",
                rs -> "warning " + rs.getInt(1) + " (" + rs.getString(2) + ", row " + rs.getInt(3) + ", column "
                        + rs.getString(4) + ")", roundId, school);
        if (!open.isEmpty()) {
            throw new ProblemException(409, "warnings-unacknowledged", "Warnings are not acknowledged",
                    "school " + school + " cannot be certified while " + open.size()
                            + " warning(s) are unacknowledged: " + String.join(", ", open), null);
        }
        sql.update("update round_submission set certified_at = now() where round_id = ? and school_code = ?", roundId, school);
        move(r, s, "certify", SubmissionStatus.CERTIFIED, null, null, 0);
        return submission(roundId, school);
    }

    /** The area acknowledges (รับทราบ) a certified submission. */
    public SubmissionView acknowledge(UUID roundId, String school) {
        RoundView r = round(roundId);
        Sub s = lockedSub(r, school);
        access.requireRole(s.areaCode(), Caller.AREA_OFFICER, Caller.OBEC_ADMIN);
        requireActive(r);
        requireStatus(s, "acknowledge it", SubmissionStatus.CERTIFIED);
        sql.update("update round_submission set acknowledged_at = now(), reopened = false where round_id = ? and school_code = ?",
                roundId, school);
        move(r, s, "acknowledge", SubmissionStatus.ACKNOWLEDGED, null, null, 0);
        return submission(roundId, school);
    }

    /**
     * The area reopens one school's submission, with a reason: its certification and acknowledgement are dropped
     * and the school may submit again, even after the round closed. A school that never submitted may be reopened
     * only after the round closed (to let it submit late).
     */
    public SubmissionView reopen(UUID roundId, String school, String reason) {
        RoundView r = round(roundId);
        Sub s = lockedSub(r, school);
        access.requireRole(s.areaCode(), Caller.AREA_OFFICER, Caller.OBEC_ADMIN);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.validation("a reopening needs a reason",
                    List.of(Problem.FieldError.field("reason", "is required: why the submission is reopened")));
        }
        requireActive(r);
        if (s.status() == SubmissionStatus.NOT_SUBMITTED && r.state() == RoundState.OPEN) {
            throw ProblemException.conflict("school " + school + " has not submitted and the round is open: "
                    + "it may submit without reopening");
        }
        requireStatus(s, "reopen it", SubmissionStatus.NOT_SUBMITTED, SubmissionStatus.SUBMITTED,
                SubmissionStatus.WARNINGS_ACKNOWLEDGED, SubmissionStatus.CERTIFIED, SubmissionStatus.ACKNOWLEDGED);
        sql.update("""
                update round_submission set reopened = true, certified_at = null, acknowledged_at = null
                 where round_id = ? and school_code = ?""", roundId, school);
        int open = unacknowledged(roundId, school);
        int all = sql.query("select count(*) from round_warning where round_id = ? and school_code = ?",
                rs -> rs.getInt(1), roundId, school).get(0);
        SubmissionStatus to = s.status() == SubmissionStatus.NOT_SUBMITTED ? SubmissionStatus.NOT_SUBMITTED
                : all > 0 && open == 0 ? SubmissionStatus.WARNINGS_ACKNOWLEDGED : SubmissionStatus.SUBMITTED;
        move(r, s, "reopen", to, reason.strip(), null, open);
        return submission(roundId, school);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubmissionView submission(UUID roundId, String school) {
        RoundView r = round(roundId);
        List<Sub> found = sql.query(SUB_SELECT + " where s.round_id = ? and s.school_code = ?", Rounds::sub, roundId, school);
        if (found.isEmpty()) {
            throw ProblemException.notFound("school " + school + " has no submission to round " + roundId);
        }
        Sub s = found.get(0);
        List<WarningView> warnings = sql.query("""
                select seq, rule, rule_version, feed_row, feed_column, reported, rule_limit, message_th, message_en,
                       reason, acknowledged_by, acknowledged_at
                  from round_warning where round_id = ? and school_code = ? order by seq""",
                rs -> new WarningView(rs.getInt(1), new FeedWarning(rs.getString(2), rs.getInt(3), school, rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)),
                        rs.getString(10), rs.getString(11), rs.getObject(12, OffsetDateTime.class)), roundId, school);
        List<HistoryLine> history = sql.query("""
                select action, from_status, to_status, reason, receipt_id, actor, at from round_submission_history
                 where round_id = ? and school_code = ? order by id""",
                rs -> new HistoryLine(rs.getString(1), SubmissionStatus.of(rs.getString(2)),
                        SubmissionStatus.of(rs.getString(3)), rs.getString(4), rs.getObject(5, UUID.class),
                        rs.getString(6), rs.getObject(7, OffsetDateTime.class)), roundId, school);
        return new SubmissionView(roundId, r.kind(), r.academicYear(), r.round(), school, s.areaCode(), s.districtCode(),
                s.expected(), s.status(), s.reopened(), s.submissions(), s.firstSubmittedAt(), s.submittedAt(),
                s.certifiedAt(), s.acknowledgedAt(), s.receiptId(), late(s, r), s.version(), warnings, history);
    }

    /** Every submission row of a round (expected or not), for completeness. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Sub> submissions(UUID roundId) {
        return sql.query(SUB_SELECT + " where s.round_id = ? order by s.school_code", Rounds::sub, roundId);
    }

    /** Whether the submission came after the round's closing date (by the date in Thailand). */
    public static boolean late(Sub s, RoundView r) {
        return s.firstSubmittedAt() != null
                && s.firstSubmittedAt().atZoneSameInstant(ZONE).toLocalDate().isAfter(r.closesOn());
    }

    // ---------------------------------------------------------------- internals

    /** A submission row. */
    public record Sub(UUID roundId, String schoolCode, String areaCode, String districtCode, boolean expected,
                      SubmissionStatus status, boolean reopened, int submissions, OffsetDateTime firstSubmittedAt,
                      OffsetDateTime submittedAt, OffsetDateTime certifiedAt, OffsetDateTime acknowledgedAt,
                      UUID receiptId, long version) {
    }

    private static final String SUB_SELECT = """
            select s.round_id, s.school_code, s.area_code, s.district_code, s.expected, s.status, s.reopened,
                   s.submissions, s.first_submitted_at, s.submitted_at, s.certified_at, s.acknowledged_at, s.receipt_id,
                   s.version
              from round_submission s""";

    private static Sub sub(ResultSet rs) throws SQLException {
        return new Sub(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                SubmissionStatus.of(rs.getString(6)), rs.getBoolean(7), rs.getInt(8),
                rs.getObject(9, OffsetDateTime.class), rs.getObject(10, OffsetDateTime.class),
                rs.getObject(11, OffsetDateTime.class), rs.getObject(12, OffsetDateTime.class),
                rs.getObject(13, UUID.class), rs.getLong(14));
    }

    private static final String ROUND_SELECT = """
            select r.id, r.kind, r.academic_year, r.round, r.snapshot_date, r.opens_on, r.closes_on, r.area_code, r.state,
                   (select count(*) from round_submission s where s.round_id = r.id and s.expected), r.version
              from collection_round r""";

    private static RoundView roundView(ResultSet rs) throws SQLException {
        return new RoundView(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getInt(4),
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                rs.getString(8), RoundState.of(rs.getString(9)), rs.getInt(10), rs.getLong(11));
    }

    private RoundView lockedRound(UUID id) {
        sql.query("select 1 from collection_round where id = ? for update", rs -> 1, id);
        return round(id);
    }

    private Sub lockedSub(RoundView r, String school) {
        List<Sub> found = sql.query(SUB_SELECT + " where s.round_id = ? and s.school_code = ? for update of s",
                Rounds::sub, r.id(), school);
        if (found.isEmpty()) {
            throw ProblemException.notFound("school " + school + " is not expected in round " + r.round() + " of "
                    + r.academicYear() + " of " + r.kind() + " and has not submitted to it");
        }
        return found.get(0);
    }

    private void authorizeRound(String areaCode) {
        if (areaCode == null) {
            access.requireRole(null, Caller.OBEC_ADMIN);
        } else {
            access.requireRole(areaCode, Caller.AREA_OFFICER, Caller.OBEC_ADMIN);
        }
    }

    private static void requireState(RoundView r, RoundState wanted, String verb) {
        if (r.state() != wanted) {
            throw ProblemException.conflict("cannot " + verb + " round " + r.round() + " of " + r.academicYear() + " of "
                    + r.kind() + ": it is " + r.state().code() + ", and only a " + wanted.code() + " round can be");
        }
    }

    /** The ritual's steps happen while the round is open or closed (not before it opens, never once locked). */
    private static void requireActive(RoundView r) {
        if (r.state() == RoundState.PLANNED || r.state() == RoundState.LOCKED) {
            throw ProblemException.conflict("round " + r.round() + " of " + r.academicYear() + " of " + r.kind() + " is "
                    + r.state().code() + "; its submissions cannot change");
        }
    }

    private static void requireStatus(Sub s, String verb, SubmissionStatus... allowed) {
        List<SubmissionStatus> ok = List.of(allowed);
        if (!ok.contains(s.status())) {
            throw ProblemException.conflict("cannot " + verb + ": the submission of school " + s.schoolCode() + " is "
                    + s.status().code() + ", and this needs " + String.join(" or ", ok.stream().map(SubmissionStatus::code).toList()));
        }
    }

    private int unacknowledged(UUID roundId, String school) {
        return sql.query("select count(*) from round_warning where round_id = ? and school_code = ? and acknowledged_at is null",
                rs -> rs.getInt(1), roundId, school).get(0);
    }

    private void move(RoundView r, Sub s, String action, SubmissionStatus to, String reason, UUID receiptId, int openWarnings) {
        String actor = access.actor();
        sql.update("""
                update round_submission set status = ?, version = version + 1, updated_at = now(), updated_by = ?
                 where round_id = ? and school_code = ?""", to.code(), actor, s.roundId(), s.schoolCode());
        sql.update("""
                insert into round_submission_history (round_id, school_code, action, from_status, to_status, reason,
                                                      receipt_id, actor)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", s.roundId(), s.schoolCode(), action, s.status().code(), to.code(),
                reason, receiptId, actor);
        outbox.publish(SubmissionChanged.type(service),
                Outbox.Subject.of("RoundSubmission", s.roundId() + "/" + s.schoolCode()).area(s.areaCode())
                        .academicYear(r.academicYear()),
                new SubmissionChanged(r.id(), r.kind(), r.academicYear(), r.round(), s.schoolCode(), s.areaCode(), action,
                        s.status().code(), to.code(), reason, receiptId, openWarnings), actor);
    }

    private RoundView moveRound(RoundView r, RoundState to) {
        sql.update("update collection_round set state = ?, version = version + 1, updated_at = now(), updated_by = ? where id = ?",
                to.code(), access.actor(), r.id());
        RoundView v = round(r.id());
        publishRound(v, r.state());
        return v;
    }

    private void publishRound(RoundView v, RoundState from) {
        outbox.publish(CollectionRoundChanged.type(service),
                Outbox.Subject.of("CollectionRound", v.id().toString()).area(v.areaCode()).academicYear(v.academicYear()),
                new CollectionRoundChanged(v.id(), v.kind(), v.academicYear(), v.round(), v.snapshotDate(), v.areaCode(),
                        from == null ? null : from.code(), v.state().code(), v.expected()), access.actor());
    }

    private static String scopeName(String areaCode) {
        return areaCode == null ? "the whole country" : "area " + areaCode;
    }

    /** Submissions grouped by a key of each (area, district, network …), in key order, for completeness. */
    public static Map<String, List<Sub>> groupBy(List<Sub> subs, java.util.function.Function<Sub, List<String>> keys) {
        Map<String, List<Sub>> out = new LinkedHashMap<>();
        for (Sub s : subs) {
            for (String k : keys.apply(s)) {
                if (k != null) {
                    out.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
                }
            }
        }
        return new java.util.TreeMap<>(out);
    }
}
