package org.khet.kit.problem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP layer's refusals (body too large, path too long) are problem+json like every other error. */
@QuarkusTest
class HttpLimitsTest {
    @TestHTTPResource("/")
    URL root;

    /** Sends the raw request head (no body) and returns the whole answer as text. */
    private String raw(String requestHead) throws Exception {
        try (Socket s = new Socket(root.getHost(), root.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
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
