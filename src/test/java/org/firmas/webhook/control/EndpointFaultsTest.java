package org.firmas.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.logging.Level;
import org.firmas.testsupport.CapturedLog;
import org.junit.jupiter.api.Test;

/** A receiver that is down for many attempts is one warning when it goes down and one line when it is back. */
class EndpointFaultsTest {

    private final CapturedLog captured = new CapturedLog(EndpointFaultsTest.class.getName() + ".endpoints");

    @Test
    void manyFailedAttemptsToOneEndpointAreOneWarningAndItsRecoveryOneLine() {
        EndpointFaults faults = new EndpointFaults(captured.logger());
        faults.succeeded(7);
        for (int attempt = 0; attempt < 20; attempt++) {
            faults.failed(7, WebhookFailure.ofStatus(500).orElseThrow());
        }
        faults.failed(7, new WebhookFailure(false, null, "Connection timed out"));
        faults.succeeded(7);
        faults.succeeded(7);

        assertEquals(List.of("Webhook endpoint 7 fails; the console shows its deliveries retried or given up (HTTP 500)",
                "Webhook endpoint 7 takes deliveries again"), captured.messages());
        assertEquals(List.of(Level.WARNING, Level.INFO), captured.levels());
    }

    @Test
    void eachEndpointHasItsOwnEpisodeAndAFaultThatReturnsIsToldAgain() {
        EndpointFaults faults = new EndpointFaults(captured.logger());
        faults.failed(1, WebhookFailure.ofStatus(503).orElseThrow());
        faults.failed(2, WebhookFailure.refusedAddress());
        faults.failed(1, WebhookFailure.ofStatus(503).orElseThrow());
        faults.succeeded(1);
        faults.failed(1, WebhookFailure.ofStatus(404).orElseThrow());

        assertEquals(List.of("Webhook endpoint 1 fails; the console shows its deliveries retried or given up (HTTP 503)",
                "Webhook endpoint 2 fails; the console shows its deliveries retried or given up "
                        + "(Refused: the host resolves to a private address)",
                "Webhook endpoint 1 takes deliveries again",
                "Webhook endpoint 1 fails; the console shows its deliveries retried or given up (HTTP 404)"), captured.messages());
    }
}
