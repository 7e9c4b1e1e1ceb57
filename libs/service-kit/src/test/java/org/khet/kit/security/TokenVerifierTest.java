package org.khet.kit.security;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;
import org.khet.kit.config.KhetConfig;
import org.khet.security.TokenRejected;
import org.khet.testkit.TestTokens;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Who a verified token is in audit trails: an identity provider's token (Keycloak's: its {@code sub} a UUID, the person
 * in {@code name} and {@code preferred_username}) is recorded by the person's name and keeps its subject as the stable
 * id; a development token without those claims is recorded by its subject, as before. No Quarkus boot: the kit's
 * configuration mapping built from its defaults and the test issuer's key.
 */
class TokenVerifierTest {
    static final String KEYCLOAK_SUB = "0f8c2c61-6a4e-4f0e-9d55-2b7f3f1c9a10";

    static TokenVerifier verifier(Map<String, String> more) {
        TestTokens.privateKey();
        Map<String, String> props = new java.util.HashMap<>(Map.of("khet.service", "test",
                "khet.security.issuer", TestTokens.ISSUER,
                "khet.security.key-location", TestTokens.PUBLIC.toAbsolutePath().toString()));
        props.putAll(more);
        // Quarkus's own duration converter, as in a service: the defaults say "30s", not ISO-8601's "PT30S"
        KhetConfig config = new SmallRyeConfigBuilder().withMapping(KhetConfig.class)
                .withConverter(java.time.Duration.class, 200, new io.quarkus.runtime.configuration.DurationConverter())
                .withSources(new PropertiesConfigSource(props, "test", 500)).build().getConfigMapping(KhetConfig.class);
        return new TokenVerifier(config);
    }

    static String keycloakToken(String name, String username) {
        JwtClaims c = TestTokens.claims(KEYCLOAK_SUB, "area-officer", "5602");
        if (name != null) {
            c.setClaim("name", name);
        }
        if (username != null) {
            c.setClaim("preferred_username", username);
        }
        return TestTokens.sign(c, TestTokens.privateKey());
    }

    @Test
    void aKeycloakUserIsRecordedByNameAndKeepsTheSubjectAsItsId() throws TokenRejected {
        Caller c = verifier(Map.of()).verify(keycloakToken("สมชาย ใจดี", "area-5602"));
        assertEquals(KEYCLOAK_SUB, c.subject());
        assertEquals("สมชาย ใจดี", c.name());
        assertEquals("สมชาย ใจดี (area-officer @ 5602)", c.actor());
        assertEquals(Set.of("area-officer"), c.roles());
        assertEquals(List.of("5602"), c.orgs());
    }

    @Test
    void withoutANameTheUserNameAndWithNeitherTheSubject() throws TokenRejected {
        TokenVerifier v = verifier(Map.of());
        assertEquals("area-5602 (area-officer @ 5602)", v.verify(keycloakToken(null, "area-5602")).actor());
        assertEquals("area-5602 (area-officer @ 5602)", v.verify(keycloakToken("   ", "area-5602")).actor(),
                "a blank name is no name");
        assertEquals(KEYCLOAK_SUB + " (area-officer @ 5602)", v.verify(keycloakToken(null, null)).actor());
    }

    @Test
    void aDevelopmentTokenIsRecordedByItsSubjectAsBefore() throws TokenRejected {
        Caller c = verifier(Map.of()).verify(TestTokens.token("school-director@1056020002", "school-director", "1056020002"));
        assertEquals("school-director@1056020002", c.name());
        assertEquals("school-director@1056020002 (school-director @ 1056020002)", c.actor());
    }

    /**
     * ADR 0043, stop 34: the caller made of a token's claims is kept with them, so a token's next requests read no
     * claims; the token's expiry is still checked on every one, and another token is its own caller.
     */
    @Test
    void aKeptCallerEndsWithItsTokensExpiry() throws Exception {
        TokenVerifier v = verifier(Map.of("khet.security.clock-skew", "0s"));
        JwtClaims claims = TestTokens.claims("officer-5602", "area-officer", "5602");
        long exp = System.currentTimeMillis() / 1000 + 2;
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(exp));
        String token = TestTokens.sign(claims, TestTokens.privateKey());
        Caller first = v.verify(token);
        assertSame(first, v.verify(token), "the same token's caller is the one made before");
        assertEquals(Set.of("area-officer"), first.roles());
        Caller other = v.verify(TestTokens.token("viewer-5602", "viewer", "5602"));
        assertEquals(Set.of("viewer"), other.roles(), "another token is its own caller");
        while (System.currentTimeMillis() / 1000 <= exp) {
            Thread.sleep(200);
        }
        assertThrows(TokenRejected.class, () -> v.verify(token), "expired: refused though its caller was kept");
    }

    @Test
    void theNameClaimsAreConfigurable() throws TokenRejected {
        TokenVerifier v = verifier(Map.of("khet.security.name-claims", "preferred_username"));
        assertEquals("area-5602 (area-officer @ 5602)", v.verify(keycloakToken("สมชาย ใจดี", "area-5602")).actor());
    }

    @Test
    void aNameIsOneLineAndOfAReasonableLength() {
        assertEquals("สมชาย ใจดี", new Caller("s", "สมชาย\n\tใจดี\u0000", Set.of(), List.of()).name());
        String thai = "ก".repeat(Caller.NAME_LIMIT + 30);
        assertEquals(Caller.NAME_LIMIT, new Caller("s", thai, Set.of(), List.of()).name().length());
        assertEquals("s", new Caller("s", Set.of(), List.of()).name());
    }
}
