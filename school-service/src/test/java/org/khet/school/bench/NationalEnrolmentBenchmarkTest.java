package org.khet.school.bench;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.khet.kit.feed.FeedFormat;
import org.khet.kit.feed.FeedReader;
import org.khet.school.service.EnrolmentFeed;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.postgresql.PGConnection;

import io.restassured.RestAssured;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark (issue 3): a national enrolment feed — 29,000 schools × 15 grades × 2 genders = 870,000 counts in
 * 435,000 rows — ingested through the API (POST /v1/enrolment-rounds/feed, accepted as a job, polled until it
 * succeeded: parsing, whole-feed validation, the rounds, the COPY of the counts, the outbox events) against a raw
 * PostgreSQL COPY of the same CSV bytes into a table of the same shape, on the same server in the same run.
 * Run with {@code ./mvnw -B verify -pl school-service -Dbenchmark=true -Dtest=NationalEnrolmentBenchmarkTest}.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class NationalEnrolmentBenchmarkTest {
    static final int AREAS = 245;
    static final int SCHOOLS = 29_000;
    static final List<String> GRADES = List.of("K1", "K2", "K3", "P1", "P2", "P3", "P4", "P5", "P6", "M1", "M2", "M3", "M4", "M5", "M6");

    static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
    /**
     * Each round also sends the feed through the API as main did before ADR 0046 (enrolment_round's foreign key to
     * school checked per row, and the feed's 29,000 schools looked up for stored rounds even when nobody has a round
     * of that year: a round of another school, {@link #OTHER}, is stored in the year first, so that the look-up takes
     * the way it took on main), so that before and after are measured side by side in one run:
     * {@code -Dbenchmark.before=false} sends only the current feed.
     */
    static final boolean BEFORE = Boolean.parseBoolean(System.getProperty("benchmark.before", "true"));
    /** A registered school not in the feed: its round makes the "before" feed's look-up take main's way. */
    static final String OTHER = "1010019999";

    @Test
    void nationalFeedThroughTheApiAgainstRawCopy() throws Exception {
        List<String> schools = registerSchools();
        int rows = SCHOOLS * GRADES.size();
        byte[] warmup = feed(schools, 2560);
        System.out.printf("[benchmark] feed: %d schools, %d rows, %d counts, %.1f MB CSV, %d measured rounds%s%n", SCHOOLS,
                rows, rows * 2, warmup.length / 1e6, ROUNDS, BEFORE ? ", each also as before ADR 0046" : "");

        // warm both paths once (JIT of the service; PostgreSQL's caches); both targets then hold a year already,
        // as a real table would. Each measured round sends a new year down each path, COPY first, then the API (and
        // the API with the schema before, in turns first or second), so that a checkpoint or a GC pause falls on
        // any side; the medians are compared.
        ingestThroughApi(warmup);
        copy(warmup, true);
        long[] copyMs = new long[ROUNDS];
        long[] apiMs = new long[ROUNDS];
        long[] beforeMs = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            int year = 2561 + i;
            byte[] feed = feed(schools, year);
            copyMs[i] = copy(feed, false);
            if (BEFORE && i % 2 == 1) {
                beforeMs[i] = ingestBefore(feed(schools, year + 20), year + 20);
            }
            apiMs[i] = ingestThroughApi(feed);
            if (BEFORE && i % 2 == 0) {
                beforeMs[i] = ingestBefore(feed(schools, year + 20), year + 20);
            }
            System.out.printf("[benchmark] round %d (year %d): COPY %,d ms, API %,d ms = %.0f%%%s (FeedReader alone: %,d ms; load %s)%n",
                    i + 1, year, copyMs[i], apiMs[i], 100.0 * copyMs[i] / apiMs[i],
                    BEFORE ? String.format(", before ADR 0046 %,d ms = %.0f%%", beforeMs[i], 100.0 * copyMs[i] / beforeMs[i]) : "",
                    read(feed), load());
            for (int y : BEFORE ? new int[]{year, year + 20} : new int[]{year}) {
                try (Connection c = db();
                     PreparedStatement api = c.prepareStatement("select count(*), sum(boys + girls) from enrolment_grade "
                             + "where academic_year = ? and round = 1");
                     PreparedStatement raw = c.prepareStatement("select sum(boys + girls) from bench_copy where academic_year = ?")) {
                    api.setInt(1, y);
                    raw.setInt(1, year);
                    try (ResultSet rs = api.executeQuery(); ResultSet b = raw.executeQuery()) {
                        rs.next();
                        b.next();
                        assertEquals(rows, rs.getInt(1), "every row stored");
                        assertEquals(b.getLong(1), rs.getLong(2), "the API stored the same counts as COPY");
                    }
                }
            }
        }
        long copy = median(copyMs);
        long api = median(apiMs);
        double copyRate = rows / (copy / 1000.0);
        double apiRate = rows / (api / 1000.0);
        System.out.printf("[benchmark] raw COPY : %,d rows in %,d ms (median) = %,.0f rows/s (%,.0f counts/s)%n", rows, copy, copyRate, copyRate * 2);
        System.out.printf("[benchmark] via API  : %,d rows in %,d ms (median) = %,.0f rows/s (%,.0f counts/s)%n", rows, api, apiRate, apiRate * 2);
        if (BEFORE) {
            System.out.printf("[benchmark] via API, before ADR 0046: %,d ms (median) = %.0f%% of COPY%n", median(beforeMs),
                    100.0 * copy / median(beforeMs));
        }
        System.out.printf("[benchmark] API speed = %.0f%% of COPY (target >= 80%%, issue 24)%n", 100.0 * copy / api);
    }

    /** The feed through the API as before ADR 0046, which is then undone (not timed). */
    private static long ingestBefore(byte[] feed, int year) throws Exception {
        before(true, year);
        try {
            return ingestThroughApi(feed);
        } finally {
            before(false, year);
        }
    }

    /**
     * enrolment_round's foreign key to school as V1 made it, and a round of {@link #OTHER} in {@code year}; or V10's
     * schema back (that round stays: it is in no feed).
     */
    private static void before(boolean before, int year) throws Exception {
        try (Connection c = db(); Statement s = c.createStatement()) {
            if (before) {
                s.execute("alter table enrolment_round add constraint enrolment_round_school_code_fkey foreign key "
                        + "(school_code) references school (code)");
                try (PreparedStatement p = c.prepareStatement("insert into enrolment_round (school_code, academic_year, "
                        + "round, status) values (?, ?, 1, 'submitted')")) {
                    p.setString(1, OTHER);
                    p.setInt(2, year);
                    p.executeUpdate();
                }
            } else {
                s.execute("alter table enrolment_round drop constraint enrolment_round_school_code_fkey");
            }
            s.execute("checkpoint");
        }
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** The kit's FeedReader alone on the same bytes, after the round (the pipeline logs validation and storing). */
    private static long read(byte[] feed) {
        long t0 = System.nanoTime();
        assertEquals(SCHOOLS * GRADES.size(), FeedReader.read(feed, FeedFormat.CSV, EnrolmentFeed.COLUMNS).size());
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        java.util.Arrays.sort(v);
        return v[v.length / 2];
    }

    /** POSTs the feed as a plain HTTP client would (no test-framework body handling) and polls its job. */
    private static long ingestThroughApi(byte[] feed) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI base = URI.create("http://localhost:" + RestAssured.port);
        long t0 = System.nanoTime();
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(base.resolve("/v1/enrolment-rounds/feed"))
                .header("Content-Type", "text/csv").header("Prefer", "respond-async")
                .POST(HttpRequest.BodyPublishers.ofByteArray(feed)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, accepted.statusCode(), accepted::body);
        URI job = base.resolve(accepted.headers().firstValue("Location").orElseThrow());
        String body;
        do {
            Thread.sleep(20);
            body = http.send(HttpRequest.newBuilder(job).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        } while (!body.contains("\"succeeded\"") && !body.contains("\"failed\""));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(body.contains("\"status\":\"succeeded\""), body);
        return ms;
    }

    /** The raw COPY of the feed's CSV bytes into bench_copy, a table of enrolment_grade's shape. */
    private static long copy(byte[] feed, boolean create) throws Exception {
        try (Connection c = db(); Statement s = c.createStatement()) {
            if (create) {
                s.execute("create table bench_copy (like enrolment_grade including all)");
            }
            long t0 = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_copy (school_code, academic_year, round, grade, boys, "
                    + "girls, classrooms) from stdin with (format csv, header true)", new ByteArrayInputStream(feed));
            return (System.nanoTime() - t0) / 1_000_000;
        }
    }

    private static byte[] feed(List<String> schools, int year) {
        StringBuilder sb = new StringBuilder(SCHOOLS * GRADES.size() * 36);
        sb.append("schoolCode,academicYear,round,grade,boys,girls,classrooms\n");
        int i = 0;
        for (String school : schools) {
            for (String g : GRADES) {
                i++;
                sb.append(school).append(',').append(year).append(",1,").append(g).append(',')
                        .append(5 + i % 23).append(',').append(4 + i % 19).append(',').append(1 + i % 2).append('\n');
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** 245 areas with one district each and 29,000 schools, written straight into the tables (setup, not measured). */
    private static List<String> registerSchools() throws Exception {
        StringBuilder areas = new StringBuilder();
        StringBuilder districts = new StringBuilder();
        StringBuilder schools = new StringBuilder();
        List<String> codes = new java.util.ArrayList<>(SCHOOLS);
        int perArea = SCHOOLS / AREAS;
        int extra = SCHOOLS % AREAS;
        for (int a = 0; a < AREAS; a++) {
            String area = String.valueOf(1001 + a);
            areas.append(area).append("\tสำนักงานเขตพื้นที่การศึกษา ").append(area).append("\tprimary\n");
            districts.append(area).append("-01\t").append(area).append("\tอำเภอ ").append(area).append('\n');
            int n = perArea + (a < extra ? 1 : 0);
            for (int s = 1; s <= n; s++) {
                String code = "10" + area + String.format("%04d", s);
                codes.add(code);
                schools.append(code).append('\t').append(area).append('\t').append(area).append("-01\tโรงเรียนบ้าน ")
                        .append(code).append('\n');
            }
        }
        schools.append(OTHER).append("\t1001\t1001-01\tโรงเรียนบ้าน ").append(OTHER).append('\n');
        try (Connection c = db()) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy area (code, name_th, level) from stdin", in(areas));
            copy.copyIn("copy district (code, area_code, name_th) from stdin", in(districts));
            copy.copyIn("copy school (code, area_code, district_code, name_th) from stdin", in(schools));
        }
        return codes;
    }

    private static ByteArrayInputStream in(CharSequence s) {
        return new ByteArrayInputStream(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static Connection db() throws Exception {
        return DriverManager.getConnection(EmbeddedPostgresResource.jdbcUrl(), "postgres", "postgres");
    }
}
