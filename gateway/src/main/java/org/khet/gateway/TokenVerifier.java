package org.khet.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a bearer JWT's signature (asymmetric algorithms only), issuer, audience and expiry — the same rules as the
 * services' kit — and answers its subject. Verified tokens are remembered until they expire, so a client's next
 * requests cost a map lookup, not an RSA verification.
 */
@ApplicationScoped
public class TokenVerifier {
    private static final Logger LOG = Logger.getLogger(TokenVerifier.class);
    private static final int CACHE_LIMIT = 10_000;

    /** A token that cannot be accepted; the message is the 401 problem's detail. */
    public static class Rejected extends Exception {
        Rejected(String message) {
            super(message);
        }
    }

    private final SecurityConfig config;
    private final Map<String, Verified> cache = new ConcurrentHashMap<>();
    private volatile JwtConsumer consumer;
    private volatile long lastWarning;

    private record Verified(String subject, long expiresAt) {
    }

    public TokenVerifier(SecurityConfig config) {
        this.config = config;
    }

    /** True when verifying may do network I/O (a JWKS URL): the caller then runs it off the event loop. */
    public boolean mayBlock() {
        return config.keyLocation().startsWith("http://") || config.keyLocation().startsWith("https://");
    }

    /** The subject of a valid token, or null when it is not in the cache (verify it then). */
    public String cached(String token) {
        Verified v = cache.get(token);
        return v != null && Instant.now().getEpochSecond() <= v.expiresAt + config.clockSkew().toSeconds() ? v.subject : null;
    }

    public String verify(String token) throws Rejected {
        String hit = cached(token);
        if (hit != null) {
            return hit;
        }
        if (token.split("\\.", -1).length != 3) {
            throw new Rejected("the token is not a well-formed signed JWT");
        }
        JwtConsumer verifier = consumer();
        try {
            JwtClaims claims = verifier.processToClaims(token);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(token, new Verified(claims.getSubject(), claims.getExpirationTime().getValue()));
            return claims.getSubject();
        } catch (InvalidJwtException e) {
            throw new Rejected(reason(e));
        } catch (MalformedClaimException e) {
            throw new Rejected("the token has a malformed claim: " + e.getMessage());
        }
    }

    private String reason(InvalidJwtException e) {
        if (e.hasExpired()) {
            return "the token has expired";
        }
        if (e.hasErrorCode(ErrorCodes.ISSUER_INVALID) || e.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
            return "the token was not issued by " + config.issuer();
        }
        if (e.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || e.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return "the token is not meant for audience '" + config.audience() + "'";
        }
        if (e.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)) {
            return "the token's signature is not valid";
        }
        if (e.hasErrorCode(ErrorCodes.EXPIRATION_MISSING)) {
            return "the token has no expiry (exp)";
        }
        if (e.hasErrorCode(ErrorCodes.SUBJECT_MISSING)) {
            return "the token names no subject (sub)";
        }
        if (e.hasErrorCode(ErrorCodes.NOT_YET_VALID)) {
            return "the token is not valid yet";
        }
        if (e.getJwtContext() == null) {
            return "the token is not a well-formed signed JWT";
        }
        return "the token is not valid";
    }

    private JwtConsumer consumer() throws Rejected {
        JwtConsumer c = consumer;
        if (c == null) {
            synchronized (this) {
                if (consumer == null) {
                    consumer = build();
                }
                c = consumer;
            }
        }
        return c;
    }

    private JwtConsumer build() throws Rejected {
        JwtConsumerBuilder b = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds((int) config.clockSkew().toSeconds())
                .setExpectedIssuer(config.issuer())
                .setExpectedAudience(config.audience())
                .setJwsAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.RSA_USING_SHA384,
                        AlgorithmIdentifiers.RSA_USING_SHA512, AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
                        AlgorithmIdentifiers.RSA_PSS_USING_SHA384, AlgorithmIdentifiers.RSA_PSS_USING_SHA512,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384));
        String location = config.keyLocation();
        if (mayBlock()) {
            b.setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(location)));
            LOG.infof("verifying bearer tokens of issuer %s with the keys at %s", config.issuer(), location);
            return b.build();
        }
        Path file = Path.of(location).toAbsolutePath();
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
            if (text.startsWith("{")) {
                b.setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(text).getJsonWebKeys()));
            } else {
                b.setVerificationKey(pem(text));
            }
            LOG.infof("verifying bearer tokens of issuer %s with the key in %s", config.issuer(), file);
            return b.build();
        } catch (Exception e) {
            long now = System.currentTimeMillis();
            if (now - lastWarning > 60_000) {
                lastWarning = now;
                LOG.warnf("no token verification key: %s (%s); every token is refused until it exists", file, e.toString());
            }
            throw new Rejected("the gateway has no key to verify tokens with (khet.security.key-location)");
        }
    }

    static PublicKey pem(String text) throws Exception {
        if (text.contains("BEGIN CERTIFICATE")) {
            return CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII))).getPublicKey();
        }
        byte[] der = Base64.getDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        X509EncodedKeySpec spec = new X509EncodedKeySpec(der);
        try {
            return KeyFactory.getInstance("RSA").generatePublic(spec);
        } catch (java.security.spec.InvalidKeySpecException notRsa) {
            return KeyFactory.getInstance("EC").generatePublic(spec);
        }
    }
}
