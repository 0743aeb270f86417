package org.firmas.response.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.firmas.delivery.boundary.DeliveryLog;
import org.firmas.platform.FaultEpisode;
import org.firmas.response.entity.RecordedResponse;

/**
 * What the public campaign pages show of the officials' responses, read at most every few seconds
 * per campaign: the campaign page is the most viewed page in a surge, and a database that cannot
 * be read must not cost it its answer, so the pages show the last responses read meanwhile.
 */
@ApplicationScoped
public class PublishedResponses {

    private static final long MAX_AGE_NANOS = 5_000_000_000L;

    @Inject
    OfficialResponses responses;

    @Inject
    DeliveryLog deliveries;

    private final Map<Long, Published> byCampaign = new ConcurrentHashMap<>();
    private final FaultEpisode reading = new FaultEpisode(Logger.getLogger(PublishedResponses.class.getName()),
            "Officials' responses not read; campaign pages show the last ones read", "Officials' responses read again");

    /** The campaign's responses, and when each official was first sent a batch (by address). */
    public record Published(List<RecordedResponse> responses, Map<String, Instant> firstSentTo, long readAt) {
    }

    public Published of(long campaignId) {
        Published published = byCampaign.get(campaignId);
        if (published == null || System.nanoTime() - published.readAt() > MAX_AGE_NANOS) {
            published = readOrKeep(campaignId, published);
            byCampaign.put(campaignId, published);
        }
        return published;
    }

    private Published readOrKeep(long campaignId, Published before) {
        try {
            Published read = new Published(responses.of(campaignId), deliveries.firstSentTo(campaignId), System.nanoTime());
            reading.succeeded();
            return read;
        } catch (RuntimeException e) {
            reading.failed(e);
            return new Published(before == null ? List.of() : before.responses(), before == null ? Map.of() : before.firstSentTo(),
                    System.nanoTime());
        }
    }
}
