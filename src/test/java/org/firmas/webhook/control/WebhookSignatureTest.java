package org.firmas.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsTheTimestampADotAndTheBodyWithTheSecret() {
        // Computed with: printf '%s' '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'whsec_test'
        assertEquals("v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789",
                WebhookSignature.header("whsec_test", 1_700_000_000L, "{\"a\":1}"));
    }

    @Test
    void anotherTimestampBodyOrSecretSignsDifferently() {
        String signed = WebhookSignature.header("whsec_test", 1_700_000_000L, "{\"a\":1}");
        assertNotEquals(signed, WebhookSignature.header("whsec_test", 1_700_000_001L, "{\"a\":1}"));
        assertNotEquals(signed, WebhookSignature.header("whsec_test", 1_700_000_000L, "{\"a\":2}"));
        assertNotEquals(signed, WebhookSignature.header("whsec_other", 1_700_000_000L, "{\"a\":1}"));
    }

    @Test
    void eachSecretIsNewAndLongEnough() {
        String one = WebhookSignature.newSecret();
        assertTrue(one.matches("whsec_[A-Za-z0-9_-]{43}"), one);
        assertNotEquals(one, WebhookSignature.newSecret());
    }
}
