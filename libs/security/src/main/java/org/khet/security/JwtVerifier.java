package org.khet.security;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies bearer JWTs by {@link JwtRules} — the one implementation the gateway and every service use: signature
 * (RS/PS/ES algorithms only, never {@code none} or HMAC), issuer, audience, expiry and subject required. Verified
 * tokens are remembered until they expire, so a client's next requests cost a map lookup, not a signature check.
 * A missing dev key file is looked for again on the next token, so a process may start before {@code ./khet}
 * makes the key.
 * <p>
 * A second issuer may be trusted beside the first ({@code khet.security.also-trusted.*}), each with its own key: a
 * token is checked by the rules of the issuer it names (read before its signature is checked only to pick the key).
 */
public final class JwtVerifier {
    private static final System.Logger LOG = System.getLogger(JwtVerifier.class.getName());
    private static final int CACHE_LIMIT = 10_000;

    private final List<Trusted> trusted;
    private final Map<String, Verified> cache = new ConcurrentHashMap<>();

    /**
     * A verified token: its claims, its expiry, and what a caller made of the claims with {@link #verify(String,
     * ClaimsReader)} (kept with the reader that made it, so a second reader never gets the first one's value).
     */
    private record Verified(JwtClaims claims, long expiresAtSeconds, ClaimsReader<?> reader, Object read) {
        Verified with(ClaimsReader<?> reader, Object read) {
            return new Verified(claims, expiresAtSeconds, reader, read);
        }
    }

    /** What a caller makes of a valid token's claims (e.g. a service's caller: subject, roles, org units). */
    @FunctionalInterface
    public interface ClaimsReader<T> {
        T read(JwtClaims claims) throws TokenRejected;
    }

    /** One trusted issuer: its rules and the consumer built from them (once its key is found). */
    private static final class Trusted {
        final JwtRules rules;
        volatile JwtConsumer consumer;
        volatile long lastWarning;

        Trusted(JwtRules rules) {
            this.rules = rules;
        }
    }

    public JwtVerifier(JwtRules rules, JwtRules... alsoTrusted) {
        List<Trusted> t = new ArrayList<>(List.of(new Trusted(rules)));
        for (JwtRules r : alsoTrusted) {
            t.add(new Trusted(r));
        }
        this.trusted = List.copyOf(t);
    }

    /** True when a key set is fetched over the network (a JWKS URL): verifying may then block. */
    public boolean remoteKeys() {
        return trusted.stream().anyMatch(t -> t.rules.remoteKeys());
    }

    /** The claims of a token verified before and not expired since, or null (verify it then). */
    public JwtClaims cached(String token) {
        Verified v = unexpired(token);
        return v == null ? null : v.claims;
    }

    private Verified unexpired(String token) {
        Verified v = cache.get(token);
        return v != null && Instant.now().getEpochSecond() <= v.expiresAtSeconds + trusted.get(0).rules.clockSkew().toSeconds()
                ? v : null;
    }

    /**
     * What {@code reader} makes of a valid token's claims. It is kept with the token's cached claims, so a token's next
     * requests neither check its signature nor read its claims again; the expiry is still checked on every call
     * (ADR 0043, stop 34 and 35: one cache, not one per caller).
     */
    @SuppressWarnings("unchecked")
    public <T> T verify(String token, ClaimsReader<T> reader) throws TokenRejected {
        Verified v = unexpired(token);
        if (v != null && v.reader == reader) {
            return (T) v.read;
        }
        JwtClaims claims = v != null ? v.claims : verify(token);
        T read = reader.read(claims);
        cache.computeIfPresent(token, (t, known) -> known.claims == claims ? known.with(reader, read) : known);
        return read;
    }

    /** The claims of a valid token; may fetch the key set when it is remote ({@link #remoteKeys()}). */
    public JwtClaims verify(String token) throws TokenRejected {
        JwtClaims hit = cached(token);
        if (hit != null) {
            return hit;
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new TokenRejected("the token is not a well-formed signed JWT");
        }
        Trusted issuer = issuer(parts[1]);
        JwtConsumer verifier = consumer(issuer);
        JwtClaims claims;
        try {
            claims = verifier.processToClaims(token);
        } catch (InvalidJwtException e) {
            cache.remove(token);
            throw new TokenRejected(reason(e, issuer.rules));
        }
        try {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(token, new Verified(claims, claims.getExpirationTime().getValue(), null, null));
            return claims;
        } catch (MalformedClaimException e) {
            throw new TokenRejected("the token has a malformed claim: " + e.getMessage());
        }
    }

    /** The trusted issuer the token names; with one trusted, that one (its check then says what is wrong). */
    private Trusted issuer(String payload) throws TokenRejected {
        if (trusted.size() == 1) {
            return trusted.get(0);
        }
        String iss;
        try {
            iss = JwtClaims.parse(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)).getIssuer();
        } catch (Exception e) {
            throw new TokenRejected("the token is not a well-formed signed JWT");
        }
        for (Trusted t : trusted) {
            if (t.rules.issuer().equals(iss)) {
                return t;
            }
        }
        throw new TokenRejected("the token was not issued by " + String.join(" or ",
                trusted.stream().map(t -> t.rules.issuer()).toList()));
    }

    private static String reason(InvalidJwtException e, JwtRules rules) {
        if (e.hasExpired()) {
            try {
                NumericDate exp = e.getJwtContext().getJwtClaims().getExpirationTime();
                return "the token expired at " + Instant.ofEpochSecond(exp.getValue());
            } catch (MalformedClaimException | RuntimeException ignored) {
                return "the token has expired";
            }
        }
        if (e.hasErrorCode(ErrorCodes.ISSUER_INVALID) || e.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
            return "the token was not issued by " + rules.issuer();
        }
        if (e.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || e.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return "the token is not meant for audience '" + rules.audience() + "'";
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
        if (e.hasErrorCode(ErrorCodes.MALFORMED_CLAIM) || e.getJwtContext() == null) {
            return "the token is not a well-formed signed JWT";
        }
        return "the token is not valid";
    }

    private static JwtConsumer consumer(Trusted issuer) throws TokenRejected {
        JwtConsumer c = issuer.consumer;
        if (c == null) {
            synchronized (issuer) {
                if (issuer.consumer == null) {
                    issuer.consumer = build(issuer);
                }
                c = issuer.consumer;
            }
        }
        return c;
    }

    private static JwtConsumer build(Trusted issuer) throws TokenRejected {
        JwtRules rules = issuer.rules;
        JwtConsumerBuilder b = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds((int) rules.clockSkew().toSeconds())
                .setExpectedIssuer(rules.issuer())
                .setExpectedAudience(rules.audience())
                .setJwsAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.RSA_USING_SHA384,
                        AlgorithmIdentifiers.RSA_USING_SHA512, AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
                        AlgorithmIdentifiers.RSA_PSS_USING_SHA384, AlgorithmIdentifiers.RSA_PSS_USING_SHA512,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384));
        String location = rules.keyLocation();
        if (rules.remoteKeys()) {
            b.setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(new HttpsJwks(location)));
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
            LOG.log(System.Logger.Level.INFO, "verifying bearer tokens of issuer {0} with the key in {1}", rules.issuer(), file);
            return b.build();
        } catch (Exception e) {
            long now = System.currentTimeMillis();
            if (now - issuer.lastWarning < 60_000) {
                throw new TokenRejected("no key to verify tokens with is configured (khet.security.key-location)");
            }
            issuer.lastWarning = now;
            LOG.log(System.Logger.Level.WARNING, "no token verification key: {0} ({1}); every token is refused until it exists", file, e);
            throw new TokenRejected("no key to verify tokens with is configured (khet.security.key-location)");
        }
    }

    public static PublicKey pem(String text) throws Exception {
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

    /** The string values of the first of {@code paths} that the claims hold (a string or an array of strings). */
    public static List<String> strings(JwtClaims claims, List<String> paths) {
        for (String path : paths) {
            Object v = claims.getClaimsMap();
            for (String part : path.split("\\.")) {
                v = v instanceof Map<?, ?> m ? m.get(part) : null;
            }
            List<String> out = new ArrayList<>();
            if (v instanceof String s && !s.isBlank()) {
                out.add(s);
            } else if (v instanceof Collection<?> c) {
                c.stream().filter(x -> x instanceof String).map(x -> (String) x).forEach(out::add);
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }
}
