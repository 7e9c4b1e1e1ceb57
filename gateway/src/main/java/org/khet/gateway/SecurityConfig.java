package org.khet.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Bearer token authentication at the gateway ({@code khet.security.*}, the same names and defaults as the services'
 * so one set of environment variables configures all): the dev issuer and key of {@code ./khet token} by default,
 * any OIDC provider by setting the issuer and its JWKS URL.
 */
@ConfigMapping(prefix = "khet.security")
public interface SecurityConfig {
    /** Require a valid bearer token on every /api request (the services check it again). */
    @WithDefault("true")
    boolean enabled();

    @WithDefault("https://khet.local/dev")
    String issuer();

    @WithDefault("khet")
    String audience();

    /** A PEM public key file, a JWKS file, or an http(s) JWKS URL (e.g. Keycloak's .../protocol/openid-connect/certs). */
    @WithDefault(".khet/keys/dev-public.pem")
    String keyLocation();

    @WithDefault("30s")
    Duration clockSkew();

    /**
     * A second issuer whose tokens are accepted too, checked with its own key (the same audience): e.g. an OIDC realm
     * beside the dev issuer in e2e, or the next provider while an office moves to it
     * (KHET_SECURITY_ALSO_TRUSTED_ISSUER, KHET_SECURITY_ALSO_TRUSTED_KEY_LOCATION).
     */
    Optional<AlsoTrusted> alsoTrusted();

    interface AlsoTrusted {
        String issuer();

        /** A PEM public key file, a JWKS file, or an http(s) JWKS URL. */
        String keyLocation();
    }

    /** Paths after {@code /api} (regular expressions, e.g. {@code /v1/reports/annual/\d+/public}) open without a token. */
    Optional<List<String>> publicPaths();
}
