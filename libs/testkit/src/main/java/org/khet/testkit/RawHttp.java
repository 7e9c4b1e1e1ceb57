package org.khet.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * A request written byte for byte on a socket, for what an HTTP client library will not send: a {@code Content-Length}
 * without its body, a request line of 100,000 characters. Returns the whole answer (status line, headers, body) as
 * text, read until the server closes the connection.
 */
public final class RawHttp {
    private RawHttp() {
    }

    public static String send(URL server, String requestHead) throws IOException {
        try (Socket s = new Socket(server.getHost(), server.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
