package org.khet.devstack.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The collection-round ritual of the demo (issue #21), as the people of an area would go through it: the area's
 * officer opens a round, sends the schools' figures, each school's officer acknowledges its warnings with a reason,
 * its director certifies (รับรอง), and the area acknowledges (รับทราบ); the last {@code late} schools by code send
 * nothing, so the round's completeness has someone to show as missing.
 * <p>
 * The round is enrolment round 2 (10 November) of the demo's year, made from round 1's figures: the report and the
 * e2e read round 1, whose totals stay the seed's. Each step is chosen by the submission's state, so a load that was
 * interrupted is completed and a second load finds nothing to do (the feed is replayed, no step publishes).
 * <p>
 * {@code load.tsv}: {@code RITUAL  kind  academicYear  round  snapshotDate  opensOn  area  round-1-feed  late}; the
 * round closes 30 days after the load (by the date in Thailand), so the schools that sent count as on time.
 */
public final class DemoRitual {
    /** The caller of a step: a dev token for a role at an org unit. */
    @FunctionalInterface
    public interface Tokens {
        String token(String sub, String role, String org) throws Exception;
    }

    /** What the loader does for the ritual: one request as someone. */
    @FunctionalInterface
    public interface Http {
        Answer call(String method, String path, String token, String contentType, byte[] body) throws Exception;
    }

    public record Answer(int status, String body) {
    }

    public static final String REASON = "ตรวจสอบกับทะเบียนนักเรียนแล้ว ตัวเลขถูกต้อง (ห้องเรียนคละชั้น/ห้องใหญ่ตามจริง)";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([a-z-]+)\"");
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([a-z]+)\"");
    private static final Pattern JOB = Pattern.compile("\"jobId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern SEQ = Pattern.compile("\"seq\"\\s*:\\s*(\\d+)");

    private final Http http;
    private final Tokens tokens;
    private int steps;

    public DemoRitual(Http http, Tokens tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    public int steps() {
        return steps;
    }

    /** Runs the ritual of a {@code RITUAL} line's fields (after the step name); {@code base} holds the feed file. */
    public void run(String where, String[] f, Path base) throws Exception {
        String kind = f[1];
        int year = Integer.parseInt(f[2]);
        int round = Integer.parseInt(f[3]);
        String snapshot = f[4];
        String opens = f[5];
        String area = f[6];
        List<String> feed = Files.readAllLines(base.resolve(f[7]), StandardCharsets.UTF_8);
        int late = Integer.parseInt(f[8]);
        if (!kind.equals("enrolment")) {
            throw new DemoLoader.StepFailed(where + ": the demo's ritual sends enrolment only, not " + kind);
        }
        String officer = tokens.token("เจ้าหน้าที่เขต " + area, "area-officer", area);

        String id = existing(officer, kind, year, round, area);
        if (id == null) {
            String closes = LocalDate.now(ZoneId.of("Asia/Bangkok")).plusDays(30).toString();
            Answer a = ok(where, "POST", "/api/v1/collection-rounds", officer, "application/json", ("{\"kind\":\"" + kind
                    + "\",\"academicYear\":" + year + ",\"round\":" + round + ",\"snapshotDate\":\"" + snapshot
                    + "\",\"opensOn\":\"" + opens + "\",\"closesOn\":\"" + closes + "\",\"areaCode\":\"" + area + "\"}"));
            id = first(ID, a.body());
        }
        String r = ok(where, "GET", "/api/v1/collection-rounds/" + id, officer, null, null).body();
        if ("planned".equals(first(STATE, r))) {
            ok(where, "POST", "/api/v1/collection-rounds/" + id + "/open", officer, null, null);
        }

        List<String> schools = new ArrayList<>(new TreeSet<>(column(feed, "schoolCode")));
        List<String> sending = schools.subList(0, Math.max(0, schools.size() - late));
        Answer sent = ok(where, "POST", "/api/v1/enrolment-rounds/feed", officer, "text/csv; charset=UTF-8",
                roundOf(feed, sending, round, snapshot));
        if (sent.status() == 202) {
            awaitJob(where, first(JOB, sent.body()), officer);
        }
        for (String school : sending) {
            String path = "/api/v1/collection-rounds/" + id + "/submissions/" + school;
            String sub = ok(where, "GET", path, officer, null, null).body();
            String status = first(STATUS, sub);
            if ("submitted".equals(status)) {
                List<String> seqs = all(SEQ, sub);
                if (!seqs.isEmpty()) {
                    String acks = String.join(",", seqs.stream().map(s -> "{\"seq\":" + s + ",\"reason\":\"" + REASON + "\"}").toList());
                    ok(where, "POST", path + "/warnings", tokens.token("ครูธุรการ " + school, "school-officer", school),
                            "application/json", "{\"warnings\":[" + acks + "]}");
                }
                status = "warnings-acknowledged";
            }
            if ("warnings-acknowledged".equals(status)) {
                ok(where, "POST", path + "/certify", tokens.token("ผู้อำนวยการ " + school, "school-director", school), null, null);
                status = "certified";
            }
            if ("certified".equals(status)) {
                ok(where, "POST", path + "/acknowledge", officer, null, null);
            }
        }
    }

    /** A large feed is stored as a background job: its submissions exist once the job succeeded. */
    private void awaitJob(String where, String job, String token) throws Exception {
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline) {
            String body = ok(where, "GET", "/api/v1/school/feed-jobs/" + job, token, null, null).body();
            String status = first(STATUS, body);
            if ("succeeded".equals(status)) {
                return;
            }
            if ("failed".equals(status)) {
                throw new DemoLoader.StepFailed(where + ": the round's feed failed: " + body);
            }
            Thread.sleep(500);
        }
        throw new DemoLoader.StepFailed(where + ": the round's feed (job " + job + ") did not finish within 5 minutes");
    }

    /** The id of the area's round of the kind, year and number, or null. */
    private String existing(String token, String kind, int year, int round, String area) throws Exception {
        String list = ok("listing rounds", "GET", "/api/v1/collection-rounds?kind=" + kind + "&academicYear=" + year
                + "&areaCode=" + URLEncoder.encode(area, StandardCharsets.UTF_8), token, null, null).body();
        for (String one : list.split("}")) {
            String flat = one.replaceAll("\\s", "");
            if (flat.contains("\"round\":" + round + ",") && flat.contains("\"areaCode\":\"" + area + "\"")) {
                return first(ID, one);
            }
        }
        return null;
    }

    /** The feed of round {@code round} at {@code snapshot}: round 1's rows of the {@code sending} schools. */
    static byte[] roundOf(List<String> feed, List<String> sending, int round, String snapshot) {
        List<String> header = List.of(feed.get(0).split(","));
        int school = header.indexOf("schoolCode");
        int number = header.indexOf("round");
        int date = header.indexOf("snapshotDate");
        java.util.Set<String> send = new java.util.HashSet<>(sending);
        StringBuilder out = new StringBuilder(feed.get(0)).append('\n');
        for (String line : feed.subList(1, feed.size())) {
            String[] c = line.split(",", -1);
            if (line.isBlank() || !send.contains(c[school])) {
                continue;
            }
            c[number] = Integer.toString(round);
            if (date >= 0) {
                c[date] = snapshot;
            }
            out.append(String.join(",", c)).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> column(List<String> feed, String name) {
        int i = List.of(feed.get(0).split(",")).indexOf(name);
        return feed.subList(1, feed.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split(",", -1)[i]).toList();
    }

    private Answer ok(String where, String method, String path, String token, String contentType, Object body)
            throws Exception {
        byte[] bytes = body == null ? new byte[0] : body instanceof byte[] b ? b : body.toString().getBytes(StandardCharsets.UTF_8);
        Answer a = http.call(method, path, token, contentType, bytes);
        if (a.status() < 200 || a.status() >= 300) {
            throw new DemoLoader.StepFailed(where + ": " + method + " " + path + " answered " + a.status() + ": " + a.body());
        }
        steps++;
        return a;
    }

    private static String first(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static List<String> all(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

}
