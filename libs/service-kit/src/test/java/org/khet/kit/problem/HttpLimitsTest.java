package org.khet.kit.problem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP layer's refusals (body too large, path too long) are problem+json like every other error. */
@QuarkusTest
class HttpLimitsTest {
    @TestHTTPResource("/")
    URL root;

    private String raw(String requestHead) throws Exception {
        return org.khet.testkit.RawHttp.send(root, requestHead);
    }

    @Test
    void aBodyOverTheLimitIsA413Problem() throws Exception {
        String answer = raw("POST /test/widgets HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 20000000\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"status\":413") && answer.contains("20000000 bytes"), answer);
    }

    @Test
    void aPathOver8192CharactersIsA414Problem() throws Exception {
        String answer = raw("GET /test/widgets/" + "9".repeat(100_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 414"), answer.substring(0, Math.min(200, answer.length())));
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"status\":414") && answer.contains("at most 8192"), answer);
    }
}
