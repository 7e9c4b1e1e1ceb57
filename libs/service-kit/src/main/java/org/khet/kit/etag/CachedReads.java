package org.khet.kit.etag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.khet.kit.config.KhetConfig;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Computed reads (an area's summary, its tests, its budget) answered as JSON bytes with a strong ETag (a hash of the
 * bytes), 304 when the request's {@code If-None-Match} names it, and kept in memory until this process commits any
 * transaction (ADR 0035).
 * <p>
 * Every transaction of the process — a write of a resource, a feed, a consumer applying events to a replica — bumps
 * one generation number when it ends, before the method that committed returns: a write's 2xx is sent after the
 * bump, so a read that follows it never gets a figure computed before it. A read remembers the generation it started
 * in and its answer is kept only for that generation (one computing request per key and generation, the others wait
 * for it). Reads run without a transaction ({@code SUPPORTS}), so they bump nothing.
 * <p>
 * The key must name everything the answer depends on (area, year, round, basis …), and the caller's access is checked
 * before {@link #read}: the cache serves only answers that are the same for every caller allowed to read them. One
 * process's commits are all it sees: a service run as several instances on one database would need a shared version
 * instead (ADR 0035). {@code khet.read-cache.enabled=false} computes every read (the ETags and 304s stay).
 */
@ApplicationScoped
public class CachedReads {
    /** The response header saying whether the answer came from the cache ({@code hit}) or was computed ({@code miss}). */
    public static final String CACHE_HEADER = "X-Khet-Cache";

    private final AtomicLong generation = new AtomicLong();
    private final TransactionSynchronizationRegistry transactions;
    private final ObjectMapper json;
    private final boolean enabled;
    private final Map<Object, Slot> slots;
    private final Synchronization bump = new Synchronization() {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            // committed or not: a rolled-back transaction changed nothing, but bumping on every end costs nothing
            generation.incrementAndGet();
        }
    };

    /** A computed answer: its JSON and its strong ETag. */
    public record Answer(byte[] body, EntityTag etag) {
    }

    private record Slot(long generation, CompletableFuture<Answer> answer) {
    }

    public CachedReads(TransactionSynchronizationRegistry transactions, ObjectMapper json, KhetConfig config) {
        this.transactions = transactions;
        this.json = json;
        this.enabled = config.readCache().enabled();
        int max = config.readCache().maxEntries();
        this.slots = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Slot> eldest) {
                return size() > max;
            }
        };
    }

    /** Every transaction of this process bumps the generation when it ends. */
    void onBegin(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        transactions.registerInterposedSynchronization(bump);
    }

    /** The current generation (how many transactions this process has ended). */
    public long generation() {
        return generation.get();
    }

    /**
     * 200 with the JSON of {@code compute}'s value and its ETag, or 304 when If-None-Match names it; from the cache when
     * this key was computed since the last commit. {@code Cache-Control: no-cache}: a client keeps its copy but asks
     * again (a conditional GET) every time.
     */
    public Response read(Request request, Object key, Supplier<?> compute) {
        boolean[] hit = {false};
        Answer a = answer(key, compute, hit);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(a.etag());
        Response.ResponseBuilder b = notModified != null ? notModified : Response.ok(a.body(), MediaType.APPLICATION_JSON_TYPE);
        return b.tag(a.etag()).header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .header(CACHE_HEADER, hit[0] ? "hit" : "miss").build();
    }

    /** The answer of {@code key} in the current generation: kept, being computed by another request, or computed now. */
    Answer answer(Object key, Supplier<?> compute, boolean[] hit) {
        if (!enabled) {
            return of(compute.get());
        }
        long g = generation.get();
        Slot slot;
        boolean mine = false;
        synchronized (slots) {
            slot = slots.get(key);
            if (slot == null || slot.generation() != g) {
                slot = new Slot(g, new CompletableFuture<>());
                slots.put(key, slot);
                mine = true;
            }
        }
        if (!mine) {
            try {
                Answer a = slot.answer().join();
                hit[0] = true;
                return a;
            } catch (CompletionException | java.util.concurrent.CancellationException failed) {
                return of(compute.get());   // its computation failed (a 404, an outage): ours answers for itself
            }
        }
        try {
            Answer a = of(compute.get());
            slot.answer().complete(a);
            return a;
        } catch (RuntimeException | Error e) {
            synchronized (slots) {
                slots.remove(key, slot);
            }
            slot.answer().completeExceptionally(e);
            throw e;
        }
    }

    private Answer of(Object value) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
        return new Answer(body, ETags.of(body));
    }
}
