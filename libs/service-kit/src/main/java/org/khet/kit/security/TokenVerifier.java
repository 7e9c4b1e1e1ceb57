package org.khet.kit.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.khet.kit.config.KhetConfig;
import org.khet.security.JwtRules;
import org.khet.security.JwtVerifier;
import org.khet.security.TokenRejected;

import java.util.HashSet;
import java.util.List;

/**
 * A service's check of bearer JWTs against {@code khet.security.*} (the rules of libs/security, the same as the
 * gateway's), turning the claims into a {@link Caller}: its subject, its name (the first of the name claims that holds
 * one, else the subject), its roles (the first of the role claims that holds any) and its org units.
 */
@ApplicationScoped
public class TokenVerifier {
    private final KhetConfig.Security config;
    private final JwtVerifier jwt;

    public TokenVerifier(KhetConfig config) {
        this.config = config.security();
        JwtRules rules = new JwtRules(this.config.issuer(), this.config.audience(), this.config.keyLocation(),
                this.config.clockSkew());
        this.jwt = this.config.alsoTrusted().map(a -> new JwtVerifier(rules, new JwtRules(a.issuer(),
                this.config.audience(), a.keyLocation(), this.config.clockSkew()))).orElseGet(() -> new JwtVerifier(rules));
    }

    /**
     * The caller of a valid token. The token's check is {@link JwtVerifier#verify} (its signature once, its expiry every
     * time); the caller made of its claims is kept in the verifier's cache with them (ADR 0043, stop 34 and 35), so a
     * client's next requests do not read the claims again.
     */
    public Caller verify(String token) throws TokenRejected {
        return jwt.verify(token, callerOf);
    }

    /** One reader for the verifier's lifetime: the cache keeps a read value with the reader that made it. */
    private final JwtVerifier.ClaimsReader<Caller> callerOf = this::caller;

    private Caller caller(JwtClaims claims) throws TokenRejected {
        try {
            List<String> name = JwtVerifier.strings(claims, config.nameClaims());
            return new Caller(claims.getSubject(), name.isEmpty() ? null : name.get(0),
                    new HashSet<>(JwtVerifier.strings(claims, config.roleClaims())),
                    JwtVerifier.strings(claims, List.of(config.orgClaim())));
        } catch (MalformedClaimException e) {
            throw new TokenRejected("the token has a malformed claim: " + e.getMessage());
        }
    }
}
