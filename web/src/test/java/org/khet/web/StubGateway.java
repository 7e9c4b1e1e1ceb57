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
        server.start();
        return Map.of("khet.web.gateway-url", "http://127.0.0.1:" + server.getAddress().getPort());
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
                     "history":[]}""".formatted(ROUND));
        } else if (path.equals("/api/v1/enrolment-rounds/feed")) {
            send(x, 400, "application/problem+json", """
                    {"type":"https://khet.dev/problems/validation","title":"The feed has errors","status":400,
                     "detail":"1 row is not valid; nothing was stored",
                     "errors":[{"row":3,"column":"boys","message":"must be a whole number, 0 or more (was -2)"}]}""");
        } else if (path.equals("/api/v1/reports/findings")) {
            send(x, 503, "text/plain", "upstream connect error");
        } else {
            send(x, 404, "application/problem+json", """
                    {"type":"https://khet.dev/problems/not-found","title":"Not found","status":404,"detail":"no such thing: %s"}"""
                    .formatted(path));
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
