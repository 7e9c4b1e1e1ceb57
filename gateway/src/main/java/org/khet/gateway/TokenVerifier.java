package org.khet.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.khet.security.JwtRules;
import org.khet.security.JwtVerifier;
import org.khet.security.TokenRejected;

/**
 * The gateway's check of bearer JWTs ({@code khet.security.*}): the rules of libs/security, the same code the
 * services run, answering the token's subject (the rate limiter's client). Verified tokens are remembered until
 * they expire, so a client's next requests cost a map lookup on the event loop.
 */
@ApplicationScoped
public class TokenVerifier {
    private final JwtVerifier jwt;

    public TokenVerifier(SecurityConfig config) {
        JwtRules rules = new JwtRules(config.issuer(), config.audience(), config.keyLocation(), config.clockSkew());
        this.jwt = config.alsoTrusted().map(a -> new JwtVerifier(rules, new JwtRules(a.issuer(), config.audience(),
                a.keyLocation(), config.clockSkew()))).orElseGet(() -> new JwtVerifier(rules));
    }

    /** True when verifying may do network I/O (a JWKS URL): the caller then runs it off the event loop. */
    public boolean mayBlock() {
        return jwt.remoteKeys();
    }

    /** The subject of a valid token verified before, or null (verify it then). */
    public String cached(String token) {
        JwtClaims claims = jwt.cached(token);
        return claims == null ? null : subject(claims);
    }

    public String verify(String token) throws TokenRejected {
        String subject = subject(jwt.verify(token));
        if (subject == null) {
            throw new TokenRejected("the token names no subject (sub)");
        }
        return subject;
    }

    private static String subject(JwtClaims claims) {
        try {
            return claims.getSubject();
        } catch (MalformedClaimException e) {
            return null;
        }
    }
}
