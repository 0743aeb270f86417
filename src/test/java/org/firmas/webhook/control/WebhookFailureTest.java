package org.firmas.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookFailureTest {

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 202, 204, 299})
    void aTwoHundredIsDelivered(int status) {
        assertTrue(WebhookFailure.ofStatus(status).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 410, 422, 301, 302, 307})
    void aRefusalOrARedirectIsPermanent(int status) {
        assertTrue(WebhookFailure.ofStatus(status).orElseThrow().permanent(), "status " + status);
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void aTimeoutAThrottleOrAServerErrorIsRetried(int status) {
        WebhookFailure failure = WebhookFailure.ofStatus(status).orElseThrow();
        assertFalse(failure.permanent(), "status " + status);
        assertEquals(status, failure.httpStatus());
    }

    @Test
    void anUnreachableOrSlowReceiverIsRetried() {
        assertFalse(WebhookFailure.of(new ConnectException("refused")).permanent());
        assertEquals("Connection timed out", WebhookFailure.of(new HttpConnectTimeoutException("slow")).reason());
        assertFalse(WebhookFailure.of(new IOException("reset")).permanent());
    }
}
