package org.khet.testkit;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * A test issuer: an RSA key pair under target/test-keys (files, so that the test profile and the test, which may
 * run in different class loaders, share it) and tokens signed with it.
 */
public final class TestTokens {
    public static final Path DIR = Path.of("target", "test-keys");
    public static final Path PUBLIC = DIR.resolve("public.pem");
    public static final String ISSUER = "https://khet.local/test";
    public static final String AUDIENCE = "khet";

    private TestTokens() {
    }

    public static synchronized PrivateKey privateKey() {
        try {
            Path priv = DIR.resolve("private.pem");
            if (!Files.exists(priv) || !Files.exists(PUBLIC)) {
                Files.createDirectories(DIR);
                KeyPair pair = newPair();
                Files.writeString(PUBLIC, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            }
            String b64 = Files.readString(priv).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(b64)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair newPair() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        return gen.generateKeyPair();
    }

    public static String token(String sub, String role, String... orgs) {
        return sign(claims(sub, role, orgs), privateKey());
    }

    public static JwtClaims claims(String sub, String role, String... orgs) {
        JwtClaims c = new JwtClaims();
        c.setIssuer(ISSUER);
        c.setAudience(AUDIENCE);
        c.setSubject(sub);
        c.setIssuedAtToNow();
        c.setExpirationTimeMinutesInTheFuture(10);
        if (role != null) {
            c.setStringListClaim("groups", List.of(role));
        }
        if (orgs.length == 1) {
            c.setClaim("org", orgs[0]);
        } else if (orgs.length > 1) {
            c.setStringListClaim("org", List.of(orgs));
        }
        return c;
    }

    public static JwtClaims expired(JwtClaims c) {
        c.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 7200));
        c.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 3600));
        return c;
    }

    public static String sign(JwtClaims claims, PrivateKey key) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(key);
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same token with one claim changed but the original signature kept. */
    public static String tampered(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace(from, to);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
