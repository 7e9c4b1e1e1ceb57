package org.khet.security;

import java.time.Duration;

/**
 * What a bearer token must satisfy, from configuration: its issuer, its audience, the key it is signed with (a PEM
 * file, a JWKS file or an OIDC provider's JWKS URL) and the clock skew allowed on its times.
 */
public record JwtRules(String issuer, String audience, String keyLocation, Duration clockSkew) {

    /** True when the key set is fetched over the network (a JWKS URL): verifying may then block. */
    public boolean remoteKeys() {
        return keyLocation.startsWith("https://") || keyLocation.startsWith("http://");
    }
}
