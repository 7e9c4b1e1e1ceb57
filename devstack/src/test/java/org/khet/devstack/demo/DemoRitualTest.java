package org.khet.devstack.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's ritual against a hand-written stand-in for the gateway that keeps each submission's status as the
 * service would: the round is made and opened, round 1's figures go as round 2 of the schools that are not late,
 * each school goes to acknowledged by the callers the steps need, and a second run finds nothing to do but the
 * replayed feed.
 */
class DemoRitualTest {
    static final String ROUND = "0b6f0b3e-9c41-4d1e-8a57-3c0f1d2e4a5b";

    /** The stand-in: rounds and submissions as the service keeps them, and every call made. */
    static final class Gateway implements DemoRitual.Http {
        final List<String> calls = new ArrayList<>();
        final Map<String, String> status = new HashMap<>();
        final Map<String, Integer> warnings = new HashMap<>();
        String state;
        String feed;

        @Override
        public DemoRitual.Answer call(String method, String path, String token, String contentType, byte[] body) {
            calls.add(method + " " + path + " as " + token);
            String b = new String(body, StandardCharsets.UTF_8);
            if (method.equals("GET") && path.startsWith("/api/v1/collection-rounds?")) {
                return new DemoRitual.Answer(200, state == null ? "[]" : "[{\"id\":\"" + ROUND + "\",\"kind\":\"enrolment\","
                        + "\"academicYear\":2566,\"round\":2,\"areaCode\":\"5602\",\"state\":\"" + state + "\"}]");
            }
            if (method.equals("POST") && path.equals("/api/v1/collection-rounds")) {
                state = "planned";
                return new DemoRitual.Answer(201, "{\"id\":\"" + ROUND + "\",\"state\":\"planned\"}");
            }
            if (path.equals("/api/v1/collection-rounds/" + ROUND)) {
                return new DemoRitual.Answer(200, "{\"id\":\"" + ROUND + "\",\"state\":\"" + state + "\"}");
            }
            if (path.endsWith("/open")) {
                state = "open";
                return new DemoRitual.Answer(200, "{}");
            }
            if (path.equals("/api/v1/enrolment-rounds/feed")) {
                if (b.equals(feed)) {
                    return new DemoRitual.Answer(200, "{\"replayed\":true}");
                }
                feed = b;
                b.lines().skip(1).map(l -> l.split(",")[0]).distinct().forEach(s -> status.put(s, "submitted"));
                return new DemoRitual.Answer(200, "{\"replayed\":false}");
            }
            String school = path.replaceAll(".*/submissions/(\\d+).*", "$1");
            if (method.equals("GET")) {
                StringBuilder ws = new StringBuilder();
                for (int i = 1; i <= warnings.getOrDefault(school, 0); i++) {
                    ws.append(i > 1 ? "," : "").append("{\"seq\" : ").append(i).append(",\"warning\":{\"rule\":\"x\"}}");
                }
                // as the services write it: pretty-printed, "key" : value
                return new DemoRitual.Answer(200, "{\"schoolCode\" : \"" + school + "\",\n  \"status\" : \"" + status.get(school)
                        + "\",\"warnings\":[" + ws + "],\"history\":[{\"from\":\"not-submitted\"}]}");
            }
            String next = path.endsWith("/warnings") ? "warnings-acknowledged" : path.endsWith("/certify") ? "certified"
                    : "acknowledged";
            status.put(school, next);
            return new DemoRitual.Answer(200, "{}");
        }
    }

    @Test
    void theSchoolsGoThroughTheRitualAndTheLateOnesSendNothing(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("round1.csv"), """
                schoolCode,academicYear,round,snapshotDate,grade,boys,girls,classrooms
                1056020001,2566,1,2023-06-10,P1,10,9,1
                1056020001,2566,1,2023-06-10,P2,8,8,1
                1056020002,2566,1,2023-06-10,P1,30,25,1
                1056020003,2566,1,2023-06-10,P1,5,5,1
                1056020004,2566,1,2023-06-10,P1,6,6,1
                """);
        Gateway gateway = new Gateway();
        gateway.warnings.put("1056020002", 2);
        DemoRitual ritual = new DemoRitual(gateway, (sub, role, org) -> role + "@" + org);
        String[] line = "RITUAL\tenrolment\t2566\t2\t2023-11-10\t2023-11-01\t5602\tround1.csv\t2".split("\t");
        ritual.run("load.tsv:1", line, dir);

        // round 2 at 10 November, of the two schools that are not late (…03 and …04 are)
        assertEquals("""
                schoolCode,academicYear,round,snapshotDate,grade,boys,girls,classrooms
                1056020001,2566,2,2023-11-10,P1,10,9,1
                1056020001,2566,2,2023-11-10,P2,8,8,1
                1056020002,2566,2,2023-11-10,P1,30,25,1
                """, gateway.feed);
        assertEquals(Map.of("1056020001", "acknowledged", "1056020002", "acknowledged"), gateway.status);
        String sub = "/api/v1/collection-rounds/" + ROUND + "/submissions/";
        assertEquals(List.of(
                "GET /api/v1/collection-rounds?kind=enrolment&academicYear=2566&areaCode=5602 as area-officer@5602",
                "POST /api/v1/collection-rounds as area-officer@5602",
                "GET /api/v1/collection-rounds/" + ROUND + " as area-officer@5602",
                "POST /api/v1/collection-rounds/" + ROUND + "/open as area-officer@5602",
                "POST /api/v1/enrolment-rounds/feed as area-officer@5602",
                "GET " + sub + "1056020001 as area-officer@5602",
                "POST " + sub + "1056020001/certify as school-director@1056020001",
                "POST " + sub + "1056020001/acknowledge as area-officer@5602",
                "GET " + sub + "1056020002 as area-officer@5602",
                "POST " + sub + "1056020002/warnings as school-officer@1056020002",
                "POST " + sub + "1056020002/certify as school-director@1056020002",
                "POST " + sub + "1056020002/acknowledge as area-officer@5602"), gateway.calls);

        // again: the round is found, the feed is a replay, every school is acknowledged already
        gateway.calls.clear();
        new DemoRitual(gateway, (sub2, role, org) -> role + "@" + org).run("load.tsv:1", line, dir);
        assertTrue(gateway.calls.stream().noneMatch(c -> c.contains("/certify") || c.contains("/acknowledge")
                || c.contains("/warnings") || c.endsWith("/open as area-officer@5602")), gateway.calls.toString());
        assertEquals(5, gateway.calls.size(), gateway.calls.toString());
    }
}
