package org.khet.kit.security;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/** Holds the caller that {@link BearerTokenFilter} authenticated for this request. */
@RequestScoped
public class CurrentCaller {
    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public Optional<Caller> get() {
        return Optional.ofNullable(caller);
    }
}
