package org.firmas.response.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.firmas.delivery.boundary.DeliveryLog;
import org.firmas.platform.FaultEpisode;
import org.firmas.platform.KeptReadings;
import org.firmas.response.entity.RecordedResponse;

/**
 * What the public campaign pages show of the officials' responses, read at most every few seconds
 * per campaign: the campaign page is the most viewed page in a surge, and a database that cannot
 * be read must not cost it its answer, so the pages show the last responses read meanwhile.
 */
@ApplicationScoped
public class PublishedResponses {

    @Inject
    OfficialResponses responses;

    @Inject
    DeliveryLog deliveries;

    private final KeptReadings<Published> byCampaign = new KeptReadings<>(Duration.ofSeconds(5), new Published(List.of(), Map.of()),
            new FaultEpisode(Logger.getLogger(PublishedResponses.class.getName()),
                    "Officials' responses not read; campaign pages show the last ones read", "Officials' responses read again"));

    /** The campaign's responses, and when each official was first sent a batch (by address). */
    public record Published(List<RecordedResponse> responses, Map<String, Instant> firstSentTo) {
    }

    public Published of(long campaignId) {
        return byCampaign.of(campaignId, id -> new Published(responses.of(id), deliveries.firstSentTo(id)));
    }
}
