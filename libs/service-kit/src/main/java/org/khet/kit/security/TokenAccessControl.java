package org.khet.kit.security;

import jakarta.enterprise.context.RequestScoped;
import org.khet.kit.config.KhetConfig;

/**
 * Access control of a request. With {@code khet.security.enabled=false} (the domain services' own tests, which
 * are about data, not tokens) every call is allowed and the actor is "anonymous"; the token checks are
 * built by the gateway-and-security issue (#7).
 */
@RequestScoped
public class TokenAccessControl implements AccessControl {
    private final KhetConfig config;

    public TokenAccessControl(KhetConfig config) {
        this.config = config;
    }

    @Override
    public void requireWrite(String orgCode) {
        requireRead();
    }

    @Override
    public void requireRead() {
        if (config.security().enabled()) {
            throw new org.khet.kit.problem.ProblemException(401, "unauthorized", "Unauthorized",
                    "token authentication is not configured in this build", null);
        }
    }

    @Override
    public String actor() {
        return config.security().enabled() ? "system" : "anonymous";
    }
}
