package org.khet.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where an htmx request that finds the OIDC session ended sends the user back to after signing in again. */
class SignedInTest {

    @Test
    void backToThePageShownWhenItIsThisConsolesNeverAnotherSite() {
        assertEquals("/areas/5602?fiscalYear=2566", SignedIn.here("https://khet.example/areas/5602?fiscalYear=2566"));
        assertEquals("/rounds/7/schools/1056020002", SignedIn.here("http://127.0.0.1:8080/rounds/7/schools/1056020002"));
        assertEquals("", SignedIn.here("https://khet.example/signin?next=/areas/5602"), "not the sign-in page itself");
        assertEquals("", SignedIn.here("https://evil.example//evil.example/x"));
        assertEquals("", SignedIn.here("not a url"));
        assertEquals("", SignedIn.here(null));
    }
}
