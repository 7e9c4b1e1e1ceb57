package org.khet.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway's HTTP-layer refusals (body too large, path too long) are problem+json, as the services' are. */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class HttpLimitsTest {
    @TestHTTPResource("/")
    URL root;

    private String raw(String requestHead) throws Exception {
        return org.khet.testkit.RawHttp.send(root, requestHead);
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() throws Exception {
        String answer = raw("POST /api/v1/schools/feed HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                + "Content-Length: 2000000000\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"status\":413") && answer.contains("2000000000 bytes"), answer);
    }

    @Test
    void aPathOver8192CharactersIsA414Problem() throws Exception {
        String answer = raw("GET /api/v1/schools/" + "9".repeat(100_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 414"), answer.substring(0, Math.min(300, answer.length())));
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"status\":414") && answer.contains("at most 8192"), answer);
    }
}
