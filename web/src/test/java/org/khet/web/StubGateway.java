package org.khet.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A gateway for the console's own tests: a JDK HTTP server answering the few {@code /api/v1/...} calls the pages make
 * with fixed bodies in the API document's shapes, and recording what it was sent (path, token, content type, body).
 * The whole stack is e2e's (WebConsoleTest).
 */
public class StubGateway implements QuarkusTestResourceLifecycleManager {
    static final String ROUND = "0b7e5a52-8e0a-4b8e-9a55-3c1f2a0d9e11";
    static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/", this::answer);
        String realm = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/khet";
        server.createContext("/realms/khet/", x -> provider(x, realm));
        server.start();
        // the gateway, and an OIDC provider's discovery and keys for the console with OIDC on (OidcSignInTest)
        return Map.of("khet.web.gateway-url", "http://127.0.0.1:" + server.getAddress().getPort(),
                "quarkus.oidc.auth-server-url", realm);
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        RECEIVED.add(x.getRequestMethod() + " " + x.getRequestURI() + " auth=" + x.getRequestHeaders().getFirst("Authorization")
                + " type=" + x.getRequestHeaders().getFirst("Content-Type") + " body=" + body);
        String round = """
                {"id":"%s","kind":"enrolment","academicYear":2568,"round":1,"snapshotDate":"2025-06-10",
                 "opensOn":"2025-06-01","closesOn":"2025-06-30","areaCode":"5602","state":"open","expected":3,"version":1}"""
                .formatted(ROUND);
        if (path.equals("/api/v1/collection-rounds")) {
            send(x, 200, "application/json", "[" + round + "]");
        } else if (path.equals("/api/v1/collection-rounds/" + ROUND)) {
            send(x, 200, "application/json", round);
        } else if (path.equals("/api/v1/collection-rounds/" + ROUND + "/completeness")) {
            send(x, 200, "application/json", """
                    {"round":%s,
                     "total":{"code":"5602","expected":3,"submitted":2,"certified":1,"acknowledged":1,"late":1,"onTimeRate":33.33,"missing":["1056020003"],"unexpected":0},
                     "districts":[{"code":"560201","expected":3,"submitted":2,"certified":1,"acknowledged":1,"late":1,"onTimeRate":33.33,"missing":["1056020003"],"unexpected":0}],
                     "networks":[],
                     "names":{"560201":"เมืองพะเยา","1056020003":"บ้านดอกคำใต้"}}""".formatted(round));
        } else if (path.equals("/api/v1/collection-rounds/" + ROUND + "/submissions/1056020001")) {
            send(x, 200, "application/json", """
                    {"roundId":"%s","kind":"enrolment","academicYear":2568,"round":1,"schoolCode":"1056020001",
                     "areaCode":"5602","expected":true,"status":"submitted","reopened":false,"submissions":1,"late":false,
                     "version":3,"warnings":[{"seq":1,"warning":{"rule":"students-per-classroom","ruleVersion":1,
                     "schoolCode":"1056020001","row":4,"column":"classrooms","reported":"45","limit":"40",
                     "messageTh":"นักเรียน 45 คนต่อห้อง เกิน 40","messageEn":"45 students per classroom, above 40"}}],
                     "history":[{"action":"submit","from":"not-submitted","to":"submitted","actor":"ครูธุรการ (school-officer @ 1056020001)",
                     "at":"2025-06-12T09:30:00+07:00"},{"action":"reopen","from":"acknowledged","to":"submitted","reason":"ห้อง ป.1 นับซ้ำ",
                     "actor":"นางสาวจิตติมา (area-officer @ 5602)","at":"2025-06-20T14:00:00+07:00"}]}""".formatted(ROUND));
        } else if (path.equals("/api/v1/collection-rounds/" + ROUND + "/submissions/1056020001/changes")) {
            send(x, 200, "application/json", """
                    {"items":[{"figure":"P1.boys","before":"12","after":"14","actor":"ครูธุรการ (school-officer @ 1056020001)",
                     "at":"2025-06-21T10:00:00+07:00"}],"page":0,"size":500,"total":1}""");
        } else if (path.equals("/api/v1/schools/1056020001")) {
            send(x, 200, "application/json", """
                    {"code":"1056020001","areaCode":"5602","districtCode":"560201","nameTh":"โรงเรียนบ้านดอกคำใต้"}""");
        } else if (path.equals("/api/v1/schools/1056020001/status-history")) {
            send(x, 200, "application/json", """
                    [{"status":"open","effectiveOn":"1980-05-16","note":"ตั้งโรงเรียน","recordedBy":"สพฐ."}]""");
        } else if (path.equals("/api/v1/areas/5602/summary")) {
            send(x, 200, "application/json", """
                    {"areaCode":"5602","academicYear":2566,"round":1,
                     "sizeClasses":{"rows":[{"sizeClass":"S1","nameTh":"ขนาดเล็ก","students":"1-120","schools":84,"percent":64.12},
                                            {"sizeClass":"S2","nameTh":"ขนาดกลาง","students":"121-600","schools":42,"percent":32.06},
                                            {"sizeClass":"S3","nameTh":"ขนาดใหญ่","students":"601-1,500","schools":5,"percent":3.82}],
                                    "totalSchools":131,"totalPercent":100.00},
                     "studentsByDistrict":{"rows":[{"districtCode":"560201","nameTh":"เชียงคำ","boys":300,"girls":100,"total":400},
                                                   {"districtCode":"560202","nameTh":"จุน","boys":50,"girls":50,"total":100}],
                                           "total":{"nameTh":"รวม","boys":350,"girls":150,"total":500}}}""");
        } else if (path.equals("/api/v1/areas/5602/tests")) {
            send(x, 200, "application/json", """
                    {"areaCode":"5602","academicYear":2565,"tests":[
                     {"test":"ONET-P6","family":"O-NET","grade":"P6","nameTh":"O-NET ป.6","takers":900,
                      "subjects":[{"code":"TH","nameTh":"ภาษาไทย","area":50.00,"obec":45.00,"diffObec":5.00,"nation":40.00,"diffNation":10.00}]},
                     {"test":"NT-P3","family":"NT","grade":"P3","nameTh":"NT ป.3","subjects":[]}],"findings":[]}""");
        } else if (path.equals("/api/v1/areas/5602/budget/curve")) {
            send(x, 200, "application/json", """
                    [{"asOf":"2023-03-31","allocated":1000.00,"disbursed":500.00,"committed":100.00,"percentDisbursed":50.00,"percentDisbursedOrCommitted":60.00},
                     {"asOf":"2023-09-30","allocated":1000.00,"disbursed":950.00,"committed":0.00,"percentDisbursed":95.00,"percentDisbursedOrCommitted":95.00}]""");
        } else if (path.equals("/api/v1/areas/5602/projects/summary")) {
            send(x, 503, "application/problem+json", """
                    {"type":"https://khet.dev/problems/unavailable","title":"Service unavailable","status":503,
                     "detail":"project-service did not answer"}""");
        } else if (path.equals("/api/v1/national/collection-rounds")) {
            send(x, 200, "application/json", """
                    {"kind":"enrolment","academicYear":2566,"round":1,
                     "areas":{"items":[{"areaCode":"5602","nameTh":"สพป.พะเยา เขต 2","affiliation":"primary","province":"พะเยา",
                       "roundId":"%s","national":false,"state":"open","closesOn":"2023-06-30","expected":131,"submitted":128,
                       "certified":128,"acknowledged":128,"late":0,"missing":3,"onTimeRate":97.71},
                      {"areaCode":"5601","nameTh":"สพป.พะเยา เขต 1","affiliation":"primary","province":"พะเยา",
                       "expected":0,"submitted":0,"certified":0,"acknowledged":0,"late":0,"missing":0}],
                      "page":0,"size":50,"total":2},
                     "total":{"nameTh":"รวม","expected":131,"submitted":128,"certified":128,"acknowledged":128,"late":0,"missing":3,"onTimeRate":97.71}}"""
                    .formatted(ROUND));
        } else if (path.equals("/api/v1/enrolment-rounds/feed")) {
            send(x, 400, "application/problem+json", """
                    {"type":"https://khet.dev/problems/validation","title":"The feed has errors","status":400,
                     "detail":"1 row is not valid; nothing was stored",
                     "errors":[{"row":3,"column":"boys","message":"must be a whole number, 0 or more (was -2)"}]}""");
        } else if (path.equals("/api/v1/reports/annual")) {
            // the gateway's own answer when report-service took longer than its 120 s (a PDF on a busy machine)
            send(x, 504, "application/problem+json", """
                    {"type":"https://khet.dev/problems/upstream-timeout","title":"The service did not answer in time",
                     "status":504,"detail":"the report service did not answer within 120000 ms","service":"report"}""");
        } else if (path.equals("/api/v1/reports/findings")) {
            send(x, 503, "text/plain", "upstream connect error");
        } else {
            send(x, 404, "application/problem+json", """
                    {"type":"https://khet.dev/problems/not-found","title":"Not found","status":404,"detail":"no such thing: %s"}"""
                    .formatted(path));
        }
    }

    /** What Quarkus reads of a provider before it sends a browser there: its discovery document and its key set. */
    private static void provider(HttpExchange x, String realm) throws IOException {
        String path = x.getRequestURI().getPath();
        if (path.endsWith("/.well-known/openid-configuration")) {
            String oidc = realm + "/protocol/openid-connect";
            send(x, 200, "application/json", """
                    {"issuer":"%s","authorization_endpoint":"%s/auth","token_endpoint":"%s/token","jwks_uri":"%s/certs",
                     "userinfo_endpoint":"%s/userinfo","end_session_endpoint":"%s/logout",
                     "response_types_supported":["code"],"code_challenge_methods_supported":["S256"]}"""
                    .formatted(realm, oidc, oidc, oidc, oidc, oidc));
        } else if (path.endsWith("/protocol/openid-connect/certs")) {
            send(x, 200, "application/json", "{\"keys\":[]}");
        } else {
            send(x, 404, "text/plain", "not here");
        }
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }
}
