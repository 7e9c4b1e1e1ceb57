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

    /** The verified bearer token of this request, for an {@code Authorization: Bearer} header on onward calls. */
    public Optional<String> bearerToken() {
        return Optional.ofNullable(token);
    }
}
