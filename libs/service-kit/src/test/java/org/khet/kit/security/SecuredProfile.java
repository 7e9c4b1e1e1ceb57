package org.khet.kit.security;

import org.khet.testkit.TestTokens;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The kit's test app with token security on, verifying against the test issuer's key. */
public class SecuredProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        TestTokens.privateKey();
        return Map.of(
                "khet.security.enabled", "true",
                "khet.security.issuer", TestTokens.ISSUER,
                "khet.security.key-location", TestTokens.PUBLIC.toAbsolutePath().toString(),
                "khet.security.public-paths", "/v1/test-notes/public-.*");
    }
}
