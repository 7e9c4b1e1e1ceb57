package org.khet.report.client;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each upstream answered to one composition, as publishing an edition records it (the data versions an edition
 * came from): the request, the status, the answer's ETag where the service sends one, and the SHA-256 of the answer's
 * bytes. A composition that wants its reads opens a {@link Recorder}; its id travels with each call in the
 * {@link #HEADER} request header (the calls run on other threads), and {@link UpstreamAnswers}' response filter files
 * each answer under it. Calls without the header (the live draft) record nothing.
 */
public final class UpstreamReads {
    /** The request header naming the recorder; the upstreams ignore it. */
    public static final String HEADER = "X-Khet-Read";
    private static final Map<String, Recorder> OPEN = new ConcurrentHashMap<>();

    private UpstreamReads() {
    }

    /** One upstream answer. */
    @Schema(name = "UpstreamRead", description = "One upstream answer an edition was composed from")
    public record Read(
            @Schema(description = "the service asked") String service,
            @Schema(description = "the request: path and query, with the area, years and paging asked for",
                    example = "GET /v1/areas/5602/budget?fiscalYear=2566") String request,
            @Schema(description = "the answer's status (404: the service had no data)") int status,
            @Schema(description = "the answer's ETag, where the service sends one") String etag,
            @Schema(description = "SHA-256 of the answer's bytes (hex); null without a body") String sha256) {
    }

    /** Collects the answers of one composition; close it when done. */
    public static final class Recorder implements AutoCloseable {
        private final String id = UUID.randomUUID().toString();
        private final Map<String, Read> reads = new ConcurrentHashMap<>();

        public String id() {
            return id;
        }

        /** The answers by request, in a fixed order (service, then request); a retried call keeps its last answer. */
        public List<Read> reads() {
            List<Read> out = new ArrayList<>(reads.values());
            out.sort(Comparator.comparing(Read::service).thenComparing(Read::request));
            return out;
        }

        @Override
        public void close() {
            OPEN.remove(id);
        }
    }

    public static Recorder open() {
        Recorder r = new Recorder();
        OPEN.put(r.id, r);
        return r;
    }

    /** The header value for a call: the recorder's id, or null (no header) when nothing records. */
    public static String id(Recorder recorder) {
        return recorder == null ? null : recorder.id;
    }

    /** Files an answer under the recorder the request's header names (nothing when it names none). */
    static void record(String recorderId, Upstream upstream, String method, URI uri, int status, String etag, byte[] body) {
        Recorder r = recorderId == null ? null : OPEN.get(recorderId);
        if (r == null) {
            return;
        }
        String request = method + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        r.reads.put(request, new Read(upstream.serviceName(), request, status, etag, body == null ? null : sha256(body)));
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
