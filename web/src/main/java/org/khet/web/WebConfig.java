package org.khet.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;

/** The console's settings ({@code khet.web.*}). */
@ConfigMapping(prefix = "khet.web")
public interface WebConfig {

    /** The gateway the console calls for every figure (its {@code /api/v1/...}), with the signed-in user's token. */
    URI gatewayUrl();

    /** The fiscal year (Buddhist era) the area home and the report page show when none is asked for. */
    @WithDefault("2566")
    int fiscalYear();

    /**
     * How long the console waits for the gateway's answer to one call. Longer than the gateway's longest upstream
     * timeout (the report's, {@code khet.gateway.upstream-timeouts.report}: a PDF), so that the gateway's own 504
     * problem comes first, and shorter than the gateway's wait for the console ({@code upstream-timeouts.web}), so
     * that the user gets the console's page in words, never the gateway's bare problem.
     */
    @WithDefault("130s")
    Duration gatewayTimeout();

    DevSignin devSignin();

    Oidc oidc();

    /**
     * Production sign-in: the OIDC authorization-code flow against the provider configured in {@code quarkus.oidc.*}
     * (KHET_OIDC_AUTH_SERVER_URL, KHET_OIDC_CLIENT_ID, KHET_OIDC_CLIENT_SECRET). When on, the development sign-in is
     * off whatever {@link DevSignin#enabled()} says, and the session is the provider's access token (docs/adr/0028).
     */
    interface Oidc {
        /** Off by default ({@code ./khet up} signs in with the dev key); KHET_OIDC_ENABLED=true turns it on. */
        @WithDefault("false")
        boolean enabled();
    }

    interface DevSignin {
        /** The development sign-in page (pick a role and an org unit; a token minted with the dev key). Off by default. */
        @WithDefault("false")
        boolean enabled();

        /** The dev key pair's directory (./khet's .khet/keys): the gateway checks tokens with its public half. */
        @WithDefault(".khet/keys")
        String keys();

        /** How long a development session lasts (the token's lifetime; the cookie expires with it). */
        @WithDefault("8h")
        Duration ttl();
    }
}
