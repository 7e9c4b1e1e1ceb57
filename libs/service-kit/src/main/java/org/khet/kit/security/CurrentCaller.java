package org.khet.kit.security;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * Holds the caller that {@link BearerTokenFilter} authenticated for this request, and its bearer token so that a
 * service calling another one on the caller's behalf (report-service reading summaries) can pass it on.
 */
@RequestScoped
public class CurrentCaller {
    private Caller caller;
    private String token;

    void set(Caller caller, String token) {
        this.caller = caller;
        this.token = token;
    }

    public Optional<Caller> get() {
        return Optional.ofNullable(caller);
    }

    /**
     * Work that will run on another thread (a feed job) as this request's caller: the caller and its token go with
     * it into a request context of its own, so that the job's writes are authorized and audited as the sender's.
     */
    public <T> java.util.function.Supplier<T> carried(java.util.function.Supplier<T> work) {
        Caller c = caller;
        String t = token;
        return () -> {
            io.quarkus.arc.ManagedContext context = io.quarkus.arc.Arc.container().requestContext();
            context.activate();
            try {
                io.quarkus.arc.Arc.container().instance(CurrentCaller.class).get().set(c, t);
                return work.get();
            } finally {
                context.terminate();
            }
        };
    }

    /** The verified bearer token of this request, for an {@code Authorization: Bearer} header on onward calls. */
    public Optional<String> bearerToken() {
        return Optional.ofNullable(token);
    }
}
