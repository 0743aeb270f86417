package org.firmas.webhook.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.firmas.platform.FaultEpisode;

/**
 * A receiver that is down fails every attempt of every delivery to it: that is told once per
 * endpoint when it begins and once when the endpoint answers again. An endpoint is named by its
 * id: its address may carry a token in its query string, and a delivery's body a signer.
 */
final class EndpointFaults {

    private final Logger log;
    private final Map<Long, FaultEpisode> ongoing = new ConcurrentHashMap<>();

    EndpointFaults(Logger log) {
        this.log = log;
    }

    void failed(long endpointId, WebhookFailure failure) {
        ongoing.computeIfAbsent(endpointId, id -> new FaultEpisode(log,
                "Webhook endpoint " + id + " fails; the console shows its deliveries retried or given up",
                "Webhook endpoint " + id + " takes deliveries again")).failed(failure.reason());
    }

    /** Forgets the endpoint once over, so an endpoint deleted meanwhile leaves nothing behind. */
    void succeeded(long endpointId) {
        ongoing.computeIfPresent(endpointId, (id, episode) -> {
            episode.succeeded();
            return null;
        });
    }
}
