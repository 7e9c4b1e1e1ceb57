package org.khet.school;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.contracts.FeedWarning;
import org.khet.kit.feed.FeedFormat;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.problem.ProblemException;
import org.khet.school.rounds.EnrolmentRules;
import org.khet.school.service.EnrolmentFeed;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * A first submission's counts go into enrolment_grade while the rows are checked (ADR 0030): all or nothing still
 * holds (an error in the very last row stores nothing and names that row), a later round sees the stored one as its
 * previous round, two rounds of one feed do not see each other, and the warnings nobody keeps are not built while a
 * hard rule still refuses; a year some schools have sent already is looked up school by school and a school with
 * rounds keeps them (ADR 0046). Area 9813, schools S1–S47.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class EnrolmentFeedStreamingTest {
    static final String HEADER = "schoolCode,academicYear,round,grade,boys,girls,classrooms\n";
    static final List<String> GRADES = List.of("K1", "K2", "K3", "P1", "P2", "P3", "P4", "P5", "P6", "M1", "M2", "M3",
            "M4", "M5", "M6");
    static boolean ready;

    @Inject
    AgroalDataSource db;
    @Inject
    EnrolmentFeed kind;
    @Inject
    EnrolmentRules rules;

    static String school(int s) {
        return String.format("10981300%02d", s);
    }

    @BeforeEach
    void schools() {
        if (ready) {
            return;
        }
        Org.area("9813", "เขตทดสอบการนำเข้าต่อเนื่อง");
        Org.district("9813-01", "อำเภอปง");
        for (int s = 1; s <= 47; s++) {
            Org.school(school(s), "9813-01", "โรงเรียนบ้านปง " + s);
        }
        ready = true;
    }

    static ValidatableResponse post(String csv) {
        return given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/v1/enrolment-rounds/feed")
                .then();
    }

    private int count(String sql) throws Exception {
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void anErrorInTheLastRowOfALargeFirstSubmissionStoresNothingAndNamesThatRow() throws Exception {
        // 40 schools × 15 grades = 600 rows (a job: more than the test profile's 500); rows 2..601, the last one bad
        StringBuilder feed = new StringBuilder(HEADER);
        for (int s = 1; s <= 40; s++) {
            for (String g : GRADES) {
                boolean last = s == 40 && g.equals("M6");
                feed.append(school(s)).append(",2570,1,").append(g).append(',').append(last ? "ten" : "10").append(",9,1\n");
            }
        }
        String location = post(feed.toString()).statusCode(202).extract().header("Location");
        await("the job ends").atMost(Duration.ofSeconds(120)).until(() -> given().get(location).then().statusCode(200)
                .extract().jsonPath().getString("status"), s -> s.equals("succeeded") || s.equals("failed"));
        given().get(location).then().body("status", is("failed")).body("problem.status", is(400))
                .body("problem.errors", hasSize(1)).body("problem.errors[0].row", is(601))
                .body("problem.errors[0].column", is("boys"))
                .body("problem.errors[0].message", containsString("'ten'"));
        assertEquals(0, count("select count(*) from enrolment_grade where school_code like '10981300%' and academic_year = 2570"));
        assertEquals(0, count("select count(*) from enrolment_round where school_code like '10981300%' and academic_year = 2570"));

        // the same feed put right is stored whole: 600 rows, 40 rounds, 40 × 15 × 19 = 11,400 students
        String fixed = feed.toString().replace(",ten,", ",10,");
        String ok = post(fixed).statusCode(202).extract().header("Location");
        await("the job ends").atMost(Duration.ofSeconds(120)).until(() -> given().get(ok).then().statusCode(200)
                .extract().jsonPath().getString("status"), s -> s.equals("succeeded") || s.equals("failed"));
        given().get(ok).then().body("status", is("succeeded")).body("result.rows", is(600)).body("result.created", is(40));
        assertEquals(11_400, count("select sum(boys + girls) from enrolment_grade where school_code like '10981300%' "
                + "and academic_year = 2570"));
        // sent again: answered from its receipt, nothing doubled
        post(fixed).statusCode(200).body("replayed", is(true));
        assertEquals(600, count("select count(*) from enrolment_grade where school_code like '10981300%' and academic_year = 2570"));
    }

    /**
     * A round another feed stores between the look-up that finds every round of a feed new and the feed's own COPY
     * (here a transaction of the test's, invisible to the look-up, committed while the feed waits on the round's key)
     * refuses the feed whole: 409 saying so, and none of its rounds or counts is stored. The rounds are no longer
     * looked up a second time after the counts (ADR 0042): the rounds' primary key answers for it.
     */
    @Test
    void aRoundStoredMeanwhileByAnotherFeedRefusesTheFeedWhole() throws Exception {
        String a = school(1);
        String b = school(2);
        String csv = HEADER + a + ",2574,1,P1,10,10,1\n" + b + ",2574,1,P1,12,11,1\n";
        try (Connection other = java.sql.DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl(), "postgres", "postgres")) {
            other.setAutoCommit(false);
            try (var ps = other.prepareStatement("insert into enrolment_round (school_code, academic_year, round, status) "
                    + "values (?, 2574, 1, 'submitted')")) {
                ps.setString(1, a);
                ps.executeUpdate();
            }
            var sent = java.util.concurrent.CompletableFuture.supplyAsync(() -> given().contentType("text/csv")
                    .body(csv.getBytes(StandardCharsets.UTF_8)).post("/v1/enrolment-rounds/feed").then().extract());
            await("the feed waits on the round's key").atMost(Duration.ofSeconds(60)).until(() -> count(
                    "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like 'copy enrolment_round%'") == 1);
            other.commit();
            var answer = sent.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(409, answer.statusCode(), answer.asString());
            assertTrue(answer.asString().contains("stored by another feed"), answer.asString());
        }
        assertEquals(0, count("select count(*) from enrolment_grade where school_code in ('" + a + "', '" + b
                + "') and academic_year = 2574"), "no count of the refused feed");
        assertEquals(1, count("select count(*) from enrolment_round where school_code in ('" + a + "', '" + b
                + "') and academic_year = 2574"), "only the other feed's round");
    }

    /**
     * Whether a feed's rounds are new is asked on another connection while its counts already stream (ADR 0048). A feed
     * that re-sends a stored round, whose counts were streamed before that look-up answered, takes them back (the
     * savepoint) and replaces the round as a re-sent feed does: every round once, every count once. Here the look-up
     * is held on the register (the test locks the school table), so every count is streamed before it answers:
     * 20 schools × 30 years (2640–2669) × 2 rounds × 15 grades = 18,000 rows, school 1's round 1 of 2640 stored before
     * with P1 alone; the feed logs the 18,000 counts it took back.
     */
    @Test
    void aResentRoundFoundWhileTheCountsStreamIsReplacedAndNothingIsCountedTwice() throws Exception {
        post(HEADER + school(1) + ",2640,1,P1,5,5,1\n").statusCode(200).body("created", is(1));
        StringBuilder feed = new StringBuilder(HEADER);
        for (int s = 1; s <= 20; s++) {
            for (int year = 2640; year <= 2669; year++) {
                for (int round = 1; round <= 2; round++) {
                    for (String g : GRADES) {
                        feed.append(school(s)).append(',').append(year).append(',').append(round).append(',').append(g)
                                .append(",10,9,1\n");
                    }
                }
            }
        }
        String location;
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                logged.add(r.getParameters() == null ? r.getMessage() : String.format(r.getMessage(), r.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger feedLog = java.util.logging.Logger.getLogger(EnrolmentFeed.class.getName());
        feedLog.addHandler(capture);
        try (Connection lock = java.sql.DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl(), "postgres", "postgres")) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("lock table school in access exclusive mode");
            location = post(feed.toString()).statusCode(202).extract().header("Location");
            try {
                await("the look-up waits on the register").atMost(Duration.ofSeconds(60))
                        .until(() -> count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                                + "and query like 'select code, area_code, status from school%'") == 1);
                Thread.sleep(1000);
            } finally {
                lock.commit();
            }
        }
        await("the job ends").atMost(Duration.ofSeconds(120)).until(() -> given().get(location).then().statusCode(200)
                .extract().jsonPath().getString("status"), s -> s.equals("succeeded") || s.equals("failed"));
        // 20 × 30 × 2 = 1,200 rounds: school 1's round 1 of 2640 replaced, the 1,199 others new
        given().get(location).then().body("status", is("succeeded")).body("result.rows", is(18_000))
                .body("result.created", is(1_199)).body("result.updated", is(1));
        String ours = "school_code between '" + school(1) + "' and '" + school(20) + "' and academic_year between 2640 and 2669";
        assertEquals(18_000, count("select count(*) from enrolment_grade where " + ours));
        assertEquals(18_000 * 19, count("select sum(boys + girls) from enrolment_grade where " + ours));
        assertEquals(1_200, count("select count(*) from enrolment_round where " + ours));
        assertEquals(15, count("select count(*) from enrolment_grade where school_code = '" + school(1)
                + "' and academic_year = 2640 and round = 1"), "the stored round replaced whole");
        feedLog.removeHandler(capture);
        assertTrue(logged.stream().anyMatch(m -> m.endsWith("; 18000 streamed counts taken back")), logged.toString());
    }

    @Test
    void aNewRoundSeesTheStoredRoundAsItsPreviousButNotARoundOfTheSameFeed() {
        String a = school(41);
        String b = school(42);
        // A: round 1 of 2571 stored with 20 in P1; its round 2 with 40 is a 100 % change, above the default 30 %
        post(HEADER + a + ",2571,1,P1,10,10,1\n").statusCode(200).body("created", is(1));
        given().contentType("text/csv").body(HEADER + a + ",2571,2,P1,20,20,1\n").post("/v1/enrolment-rounds/feed?dryRun=true")
                .then().statusCode(200).body("warnings.findAll { it.rule == 'grade-change' }.reported",
                        contains("40 students in P1, 20 in the previous round (100.00 % change)"));
        // B: both rounds in one feed; nothing of B is stored, so round 2 has no previous round to be compared with
        given().contentType("text/csv").body(HEADER + b + ",2571,1,P1,10,10,1\n" + b + ",2571,2,P1,20,20,1\n")
                .post("/v1/enrolment-rounds/feed?dryRun=true").then().statusCode(200)
                .body("result.created", is(2))
                .body("warnings.findAll { it.rule == 'grade-change' }", empty());
    }

    @Test
    void warningsNobodyKeepsAreNotBuiltButAHardRuleStillRefuses() {
        // school 43: 45 students in one P1 room, above the default 40 per classroom (a warning)
        String csv = HEADER + school(43) + ",2572,1,P1,25,20,1\n";
        var rows = FeedReader.read(csv.getBytes(StandardCharsets.UTF_8), FeedFormat.CSV, EnrolmentFeed.COLUMNS);
        AtomicReference<List<FeedWarning>> kept = new AtomicReference<>();
        AtomicReference<List<FeedWarning>> notKept = new AtomicReference<>();
        // in a transaction rolled back at its end (validate copies the counts), as a dry run is
        assertThrows(RolledBack.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            EnrolmentFeed.Content c = kind.validate(rows);
            kept.set(rules.check(c, true));
            notKept.set(rules.check(c, false));
            throw new RolledBack();
        }));
        assertEquals(List.of("students-per-classroom"), kept.get().stream().map(FeedWarning::rule).toList());
        assertEquals("45 students in 1 classroom(s) of P1 = 45.0 per classroom", kept.get().get(0).reported());
        assertEquals(List.of(), notKept.get());

        // made hard for the area, it refuses the feed whether or not anybody keeps warnings
        given().contentType("application/json").body("{\"severity\":\"hard\"}")
                .put("/v1/validation-rules/enrolment/students-per-classroom?areaCode=9813").then().statusCode(200);
        try {
            for (boolean keep : List.of(true, false)) {
                ProblemException e = assertThrows(ProblemException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                    EnrolmentFeed.Content c = kind.validate(rows);
                    rules.check(c, keep);
                }));
                assertEquals(400, e.status());
                assertEquals(Integer.valueOf(2), e.errors().get(0).row());
                assertEquals("classrooms", e.errors().get(0).column());
            }
        } finally {
            given().contentType("application/json").body("{\"severity\":\"warning\"}")
                    .put("/v1/validation-rules/enrolment/students-per-classroom?areaCode=9813").then().statusCode(200);
        }
    }

    /**
     * Whether a feed's rounds are new is asked first of the year and round alone (ADR 0046): in a year other schools
     * have sent already, a feed of new rounds is still stored as new, and one that re-sends a stored round with other
     * counts replaces it (taken as new, its COPY would meet the round's key: 409).
     */
    @Test
    void aYearOthersHaveSentIsLookedUpSchoolBySchool() throws Exception {
        String a = school(44);
        String b = school(45);
        String c = school(46);
        post(HEADER + a + ",2576,1,P1,10,10,1\n").statusCode(200).body("created", is(1));
        post(HEADER + b + ",2576,1,P1,12,11,1\n" + a + ",2576,1,P1,11,10,1\n").statusCode(200)
                .body("created", is(1)).body("updated", is(1));
        post(HEADER + c + ",2576,1,P1,5,5,1\n").statusCode(200).body("created", is(1)).body("updated", is(0));
        // a: 11 + 10, b: 12 + 11, c: 5 + 5
        assertEquals(54, count("select sum(boys + girls) from enrolment_grade where school_code in ('" + a + "', '" + b
                + "', '" + c + "') and academic_year = 2576"));
        assertEquals(3, count("select count(*) from enrolment_grade where school_code in ('" + a + "', '" + b + "', '"
                + c + "') and academic_year = 2576"));
        assertEquals(3, count("select count(*) from enrolment_round where school_code in ('" + a + "', '" + b + "', '"
                + c + "') and academic_year = 2576"));
    }

    /**
     * enrolment_round has no foreign key to school since V10 (ADR 0046), but a school with rounds still cannot be
     * deleted or change its code (the foreign key's error, 23503, naming the school); its other columns change.
     */
    @Test
    void aSchoolWithRoundsIsNeitherDeletedNorRecoded() throws Exception {
        String s = school(47);
        post(HEADER + s + ",2577,1,P1,10,10,1\n").statusCode(200).body("created", is(1));
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                for (String sql : List.of("delete from school where code = ?",
                        "update school set code = '1098139999' where code = ?")) {
                    try (var ps = c.prepareStatement("savepoint s")) {
                        ps.execute();
                    }
                    java.sql.SQLException e = assertThrows(java.sql.SQLException.class, () -> {
                        try (var ps = c.prepareStatement(sql)) {
                            ps.setString(1, s);
                            ps.executeUpdate();
                        }
                    }, sql);
                    assertEquals("23503", e.getSQLState(), e.getMessage());
                    assertTrue(e.getMessage().contains("school " + s + " has enrolment rounds"), e.getMessage());
                    try (var ps = c.prepareStatement("rollback to savepoint s")) {
                        ps.execute();
                    }
                }
                try (var ps = c.prepareStatement("update school set name_th = 'โรงเรียนบ้านปงใหม่' where code = ?")) {
                    ps.setString(1, s);
                    assertEquals(1, ps.executeUpdate());
                }
            } finally {
                c.rollback();
            }
        }
        assertEquals(1, count("select count(*) from enrolment_round where school_code = '" + s + "'"));
    }

    private static final class RolledBack extends RuntimeException {
    }
}
