package org.khet.security;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.*;

/** The one token check of the gateway and the services: what it accepts, what it refuses and why. */
class JwtVerifierTest {
    static final String ISSUER = "https://khet.local/test";

    static KeyPair pair() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    /** The pair's public key as a PEM file in {@code dir}, as {@code khet.security.key-location} names one. */
    static Path publicKeyFile(Path dir, KeyPair pair) throws Exception {
        Path pem = dir.resolve("public.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n", StandardCharsets.US_ASCII);
        return pem;
    }

    static String token(Key key, String alg, String issuer, String audience, long expiresInSeconds, String subject) throws Exception {
        JwtClaims c = new JwtClaims();
        c.setIssuer(issuer);
        c.setAudience(audience);
        c.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() + expiresInSeconds));
        if (subject != null) {
            c.setSubject(subject);
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(c.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(alg);
        jws.setDoKeyValidation(false);
        return jws.getCompactSerialization();
    }

    /**
     * What a reader makes of a token's claims is kept with them in the one cache: read once per token and reader, a
     * second reader gets its own value, a refused token is never read, and an expired token is refused though a value
     * of it was kept.
     */
    @Test
    void aReadValueIsKeptWithItsTokensClaimsUntilTheTokenExpires(@TempDir Path dir) throws Exception {
        KeyPair pair = pair();
        Path pem = publicKeyFile(dir, pair);
        JwtVerifier v = new JwtVerifier(new JwtRules(ISSUER, "khet", pem.toString(), Duration.ZERO));
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        JwtVerifier.ClaimsReader<String> upper = c -> {
            reads.incrementAndGet();
            return subject(c).toUpperCase(java.util.Locale.ROOT);
        };
        JwtVerifier.ClaimsReader<Integer> length = c -> subject(c).length();

        String somchai = token(pair.getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256, ISSUER, "khet", 2, "somchai");
        String first = v.verify(somchai, upper);
        assertEquals("SOMCHAI", first);
        assertSame(first, v.verify(somchai, upper), "the value made before");
        assertEquals(1, reads.get(), "read once");
        assertEquals(7, v.verify(somchai, length), "another reader reads for itself");
        assertEquals("SOMCHAI", v.verify(somchai, upper));
        assertEquals(2, reads.get(), "the other reader's value replaced the first one's; read again, never mixed up");
        assertEquals("MALEE", v.verify(token(pair.getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256, ISSUER, "khet", 600,
                "malee"), upper), "another token is its own value");
        assertThrows(TokenRejected.class, () -> v.verify(token(pair().getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256,
                ISSUER, "khet", 600, "forged"), upper));
        assertEquals(3, reads.get(), "a refused token is not read");

        long exp = v.cached(somchai).getExpirationTime().getValue();
        while (System.currentTimeMillis() / 1000 <= exp) {
            Thread.sleep(200);
        }
        assertThrows(TokenRejected.class, () -> v.verify(somchai, upper), "expired: refused though its value was kept");
    }

    private static String subject(JwtClaims claims) throws TokenRejected {
        try {
            return claims.getSubject();
        } catch (org.jose4j.jwt.MalformedClaimException e) {
            throw new TokenRejected(e.getMessage());
        }
    }

    @Test
    void acceptsOnlyWhatTheRulesAllowAndSaysWhy(@TempDir Path dir) throws Exception {
        KeyPair pair = pair();
        Path pem = publicKeyFile(dir, pair);
        JwtVerifier v = new JwtVerifier(new JwtRules(ISSUER, "khet", pem.toString(), Duration.ofSeconds(30)));

        String good = token(pair.getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256, ISSUER, "khet", 600, "somchai");
        assertNull(v.cached(good), "not verified yet");
        assertEquals("somchai", v.verify(good).getSubject());
        assertEquals("somchai", v.cached(good).getSubject(), "remembered until it expires");

        assertEquals("the token was not issued by " + ISSUER, assertThrows(TokenRejected.class, () ->
                v.verify(token(pair.getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256, "https://evil", "khet", 600, "x"))).getMessage());
        assertEquals("the token is not meant for audience 'khet'", assertThrows(TokenRejected.class, () ->
                v.verify(token(pair.getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256, ISSUER, "other", 600, "x"))).getMessage());
        assertTrue(assertThrows(TokenRejected.class, () ->
                v.verify(token(pair.getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256, ISSUER, "khet", -3600, "x"))).getMessage()
                .startsWith("the token expired at "));
        assertEquals("the token names no subject (sub)", assertThrows(TokenRejected.class, () ->
                v.verify(token(pair.getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256, ISSUER, "khet", 600, null))).getMessage());
        assertEquals("the token's signature is not valid", assertThrows(TokenRejected.class, () ->
                v.verify(token(pair().getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256, ISSUER, "khet", 600, "x"))).getMessage());
        // a symmetric algorithm is never accepted, whatever its key
        assertThrows(TokenRejected.class, () -> v.verify(token(new HmacKey(new byte[32]), AlgorithmIdentifiers.HMAC_SHA256,
                ISSUER, "khet", 600, "x")));
        String[] parts = good.split("\\.");
        assertEquals("the token is not a well-formed signed JWT", assertThrows(TokenRejected.class,
                () -> v.verify(parts[0] + "." + parts[1])).getMessage());
        assertEquals("the token's signature is not valid", assertThrows(TokenRejected.class,
                () -> v.verify(parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 4) + "AAAA")).getMessage());
    }

    @Test
    void aSecondTrustedIssuerIsCheckedWithItsOwnKey(@TempDir Path dir) throws Exception {
        KeyPair dev = pair();
        KeyPair sso = pair();
        Path devPem = dir.resolve("dev.pem");
        Path ssoJwks = dir.resolve("sso.jwks");
        Files.writeString(devPem, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(dev.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n", StandardCharsets.US_ASCII);
        org.jose4j.jwk.RsaJsonWebKey jwk = new org.jose4j.jwk.RsaJsonWebKey((java.security.interfaces.RSAPublicKey) sso.getPublic());
        Files.writeString(ssoJwks, new org.jose4j.jwk.JsonWebKeySet(jwk).toJson(), StandardCharsets.US_ASCII);
        String realm = "https://sso.example/realms/khet";
        JwtVerifier v = new JwtVerifier(new JwtRules(ISSUER, "khet", devPem.toString(), Duration.ofSeconds(30)),
                new JwtRules(realm, "khet", ssoJwks.toString(), Duration.ofSeconds(30)));

        assertEquals("dev-user", v.verify(token(dev.getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256, ISSUER, "khet", 600, "dev-user")).getSubject());
        assertEquals("sso-user", v.verify(token(sso.getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256, realm, "khet", 600, "sso-user")).getSubject());
        // each issuer's tokens only with that issuer's key: the dev key cannot sign for the realm, nor the realm's for dev
        assertEquals("the token's signature is not valid", assertThrows(TokenRejected.class, () ->
                v.verify(token(dev.getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256, realm, "khet", 600, "x"))).getMessage());
        assertEquals("the token's signature is not valid", assertThrows(TokenRejected.class, () ->
                v.verify(token(sso.getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256, ISSUER, "khet", 600, "x"))).getMessage());
        assertEquals("the token was not issued by " + ISSUER + " or " + realm, assertThrows(TokenRejected.class, () ->
                v.verify(token(sso.getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256, "https://evil", "khet", 600, "x"))).getMessage());
        assertEquals("the token is not meant for audience 'khet'", assertThrows(TokenRejected.class, () ->
                v.verify(token(sso.getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256, realm, "account", 600, "x"))).getMessage());
        assertEquals("the token is not a well-formed signed JWT", assertThrows(TokenRejected.class, () ->
                v.verify("eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln")).getMessage());
        assertFalse(v.remoteKeys());
        assertTrue(new JwtVerifier(new JwtRules(ISSUER, "khet", devPem.toString(), Duration.ofSeconds(30)),
                new JwtRules(realm, "khet", realm + "/protocol/openid-connect/certs", Duration.ofSeconds(30))).remoteKeys(),
                "a JWKS URL among them: verifying may block");
    }

    @Test
    void withoutItsKeyEveryTokenIsRefused(@TempDir Path dir) throws Exception {
        JwtVerifier v = new JwtVerifier(new JwtRules(ISSUER, "khet", dir.resolve("missing.pem").toString(), Duration.ofSeconds(30)));
        String t = token(pair().getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256, ISSUER, "khet", 600, "x");
        assertTrue(assertThrows(TokenRejected.class, () -> v.verify(t)).getMessage().startsWith("no key to verify tokens with"));
    }
}
