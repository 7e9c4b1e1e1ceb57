package org.khet.school;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP subscriber on a free port: it answers 500 to its first {@code failFirst} requests (or to every request
 * while {@link #down} is set) and 204 afterwards, and keeps every request it got, answered or not.
 */
final class WebhookSubscriber implements AutoCloseable {
    record Received(byte[] body, String contentType, String signature, int answered) {
    }

    private final HttpServer server;
    private final AtomicInteger failuresLeft;
    final AtomicBoolean down = new AtomicBoolean();
    private final List<Received> received = new ArrayList<>();

    WebhookSubscriber(int failFirst) throws IOException {
        failuresLeft = new AtomicInteger(failFirst);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/events", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int status = down.get() || failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            synchronized (received) {
                received.add(new Received(body, exchange.getRequestHeaders().getFirst("Content-Type"),
                        exchange.getRequestHeaders().getFirst("Khet-Signature"), status));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    List<Received> accepted() {
        return received().stream().filter(r -> r.answered() == 204).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
