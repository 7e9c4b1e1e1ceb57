package org.khet.kit.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

class WebhookSignatureTest {

    private static final byte[] BODY = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);

    @Test
    void signsWithHmacSha256AsRfc4231TestCase2() {
        // RFC 4231 section 4.3: key "Jefe", data "what do ya want for nothing?"
        assertEquals("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSignature.sign("Jefe", BODY));
    }

    @Test
    void verifiesOnlyTheSameBodyAndSecret() {
        String header = WebhookSignature.sign("Jefe", BODY);
        assertTrue(WebhookSignature.verify("Jefe", BODY, header));
        assertFalse(WebhookSignature.verify("jefe", BODY, header));
        assertFalse(WebhookSignature.verify("Jefe", "what do ya want for nothing!".getBytes(StandardCharsets.US_ASCII), header));
        assertFalse(WebhookSignature.verify("Jefe", BODY, header.substring("sha256=".length())));
        assertFalse(WebhookSignature.verify("Jefe", BODY, null));
    }
}
