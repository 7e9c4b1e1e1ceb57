package org.khet.gateway;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * With {@code khet.gateway.console} set, the web console owns {@code /} and every path outside {@code /api},
 * {@code /q}, {@code /openapi} and {@code /health}: its pages, posts and cookies pass through unchanged, and the API
 * and the management paths stay the gateway's. A console that does not answer in time is a page in words.
 */
@QuarkusTest
@QuarkusTestResource(value = ConsoleRouteTest.Console.class, restrictToAnnotatedClass = true)
class ConsoleRouteTest {

    /** A console that echoes the method, path and query it got, and sets a cookie. */
    public static class Console implements QuarkusTestResourceLifecycleManager {
        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.createContext("/slow", x -> {
                try {
                    Thread.sleep(3000); // the gateway's test wait for the console is 1 s
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                x.sendResponseHeaders(200, -1);
                x.close();
            });
            server.createContext("/", x -> {
                String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                byte[] out = ("console " + x.getRequestMethod() + " " + x.getRequestURI() + " " + body)
                        .getBytes(StandardCharsets.UTF_8);
                x.getResponseHeaders().add("Content-Type", "text/html;charset=UTF-8");
                x.getResponseHeaders().add("Set-Cookie", "khet_session=t; Path=/; HttpOnly; SameSite=Lax");
                x.sendResponseHeaders(x.getRequestURI().getPath().equals("/signin") && x.getRequestMethod().equals("POST")
                        ? 303 : 200, out.length);
                x.getResponseBody().write(out);
                x.close();
            });
            server.start();
            return Map.of("khet.gateway.console", "http://127.0.0.1:" + server.getAddress().getPort());
        }

        @Override
        public void stop() {
            server.stop(0);
        }
    }

    @Test
    void theConsoleServesTheRootAndItsPages() {
        given().redirects().follow(false).get("/").then().statusCode(200).body(equalTo("console GET / "));
        given().get("/areas/5602?fiscalYear=2566").then().statusCode(200)
                .body(equalTo("console GET /areas/5602?fiscalYear=2566 "))
                .header("Set-Cookie", containsString("HttpOnly"));
        given().redirects().follow(false).formParam("role", "viewer").post("/signin").then().statusCode(303)
                .body(equalTo("console POST /signin role=viewer"));
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().body(containsString("console GET /webjars/"));
    }

    @Test
    void aConsoleTooSlowToAnswerIsAPageInWordsNotAProblem() {
        given().get("/slow").then().statusCode(504).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"th\">"))
                .body(containsString("<h1>ระบบตอบช้าเกินไป</h1>"))
                .body(containsString("<a href=\"/slow\">ลองอีกครั้ง</a>"))
                .body(containsString("รหัสคำขอ: "))
                .body(not(containsString("\"type\"")));
        given().cookie("khet_lang", "en").get("/slow").then().statusCode(504)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1>The console answered too slowly</h1>"));
    }

    @Test
    void theApiAndTheManagementPathsStayTheGateways() {
        given().get("/api/v1/schools").then().statusCode(401).body(not(containsString("console")));
        given().get("/q/health/ready").then().body(not(containsString("console")));
        given().get("/health").then().body(not(containsString("console")));
        given().get("/openapi/school").then().body(not(containsString("console")));
        given().get("/apiary").then().body(equalTo("console GET /apiary "));
    }
}
