package org.khet.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The console with OIDC on, against the stub's provider documents (no provider signs anyone in here: KeycloakSignInTest
 * does, in e2e): the provider's sign-in page is asked for in the console's language ({@code ui_locales}: Thai first,
 * English after the switch), and an htmx request that must sign in gets {@code HX-Redirect} back to the page it was on.
 */
@QuarkusTest
@TestProfile(OidcSignInTest.Oidc.class)
@QuarkusTestResource(StubGateway.class)
class OidcSignInTest {

    public static class Oidc implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("khet.web.oidc.enabled", "true", "quarkus.oidc.client-id", "khet-console",
                    "quarkus.oidc.credentials.secret", "a-test-secret-of-at-least-32-characters");
        }
    }

    static Map<String, String> query(String location) {
        return Arrays.stream(URI.create(location).getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : ""));
    }

    static String toProvider(Response r) {
        assertEquals(302, r.statusCode(), r.asString());
        String location = r.getHeader("Location");
        assertTrue(location.contains("/realms/khet/protocol/openid-connect/auth?"), location);
        return location;
    }

    @Test
    void theProvidersSignInPageIsAskedForInTheConsolesLanguage() {
        Map<String, String> thai = query(toProvider(given().redirects().follow(false).get("/signin?next=/areas/5602")));
        assertEquals("th", thai.get("ui_locales"), "Thai first: " + thai);
        assertEquals("khet-console", thai.get("client_id"));
        assertTrue(thai.get("redirect_uri").endsWith("/signin"), thai.get("redirect_uri"));
        assertEquals("S256", thai.get("code_challenge_method"));

        Map<String, String> switched = query(toProvider(given().redirects().follow(false).cookie(Lang.COOKIE, "en")
                .get("/signin")));
        assertEquals("en", switched.get("ui_locales"), "after the console's switch to English: " + switched);
        Map<String, String> asked = query(toProvider(given().redirects().follow(false).get("/signin?lang=en")));
        assertEquals("en", asked.get("ui_locales"));
        Map<String, String> back = query(toProvider(given().redirects().follow(false).cookie(Lang.COOKIE, "en")
                .get("/signin?lang=th")));
        assertEquals("th", back.get("ui_locales"), "the parameter wins over the cookie, as on the console's pages");
    }

    @Test
    void anHtmxRequestThatMustSignInIsToldToLoadTheSignInPageWhole() {
        Response r = given().redirects().follow(false).header("HX-Request", "true")
                .header("HX-Current-URL", "http://127.0.0.1:8080/areas/5602?fiscalYear=2566").get("/signin");
        assertEquals(499, r.statusCode(), "no redirect to another origin for a script to follow");
        assertEquals("/signin?next=%2Fareas%2F5602%3FfiscalYear%3D2566", r.getHeader("HX-Redirect"));
        assertNull(r.getHeader("Location"));
    }

    @Test
    void theDevelopmentSignInIsOff() {
        Response r = given().redirects().follow(false).formParam("role", "obec-admin").formParam("org", "obec").post("/signin");
        assertEquals(303, r.statusCode());
        assertNull(r.getCookie(Session.COOKIE), "no session minted with the dev key");
    }
}
