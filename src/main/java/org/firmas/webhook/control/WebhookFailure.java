package org.firmas.webhook.control;

import java.io.IOException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

/**
 * Why a delivery did not go. A receiver's 4xx is permanent (it will say the same again), except
 * 408 and 429, which ask for later; 5xx, timeouts and unreachable receivers are temporary; a
 * redirect is not followed and counts as a refusal.
 */
public record WebhookFailure(boolean permanent, Integer httpStatus, String reason) {

    /** The failure a response means; empty for a 2xx. */
    public static java.util.Optional<WebhookFailure> ofStatus(int status) {
        if (status >= 200 && status < 300) {
            return java.util.Optional.empty();
        }
        boolean temporary = status >= 500 || status == 408 || status == 429;
        String reason = status >= 300 && status < 400 ? "Redirect not followed" : "HTTP " + status;
        return java.util.Optional.of(new WebhookFailure(!temporary, status, reason));
    }

    public static WebhookFailure of(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return new WebhookFailure(false, null, "Connection timed out");
        }
        if (e instanceof HttpTimeoutException) {
            return new WebhookFailure(false, null, "No answer in time");
        }
        return new WebhookFailure(false, null, "Not reachable (" + e.getClass().getSimpleName() + ")");
    }

    public static WebhookFailure refusedAddress() {
        return new WebhookFailure(true, null, "Refused: the host resolves to a private address");
    }
}
