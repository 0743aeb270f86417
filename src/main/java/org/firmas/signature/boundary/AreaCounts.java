package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.campaign.entity.Campaign;
import org.firmas.platform.FaultEpisode;
import org.firmas.signature.entity.AreaCount;
import org.firmas.signature.entity.SignatureStatus;

/**
 * Confirmed signatures by area, for the campaign page and the API: every area of the campaign's
 * table, in alphabetical order, each below {@code firmas.areas.min-count} without its number (and
 * one more withheld beside a lone small one, see {@link AreaCount#shown}).
 * Signatures without an area (a ZIP code the table does not list) are in no area's count. Cached a
 * few seconds per campaign, as the recent signers are: one query serves every view meanwhile.
 */
@ApplicationScoped
public class AreaCounts {

    private static final long MAX_AGE_NANOS = 5_000_000_000L;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "firmas.areas.min-count")
    int minCount;

    private final Map<Long, Reading> byCampaign = new ConcurrentHashMap<>();
    private final FaultEpisode reading = new FaultEpisode(Logger.getLogger(AreaCounts.class.getName()),
            "Counts by area not read; campaign pages show the last ones", "Counts by area read again");

    /** The areas and what may be shown of their counts; empty for a campaign that routes no areas. */
    public List<AreaCount> of(Campaign campaign) {
        if (campaign.definition().areasByZip().isEmpty()) {
            return List.of();
        }
        Reading last = byCampaign.get(campaign.id());
        if (last == null || System.nanoTime() - last.takenAt() > MAX_AGE_NANOS) {
            last = new Reading(readOrKeep(campaign.id(), last), System.nanoTime());
            byCampaign.put(campaign.id(), last);
        }
        TreeSet<String> areas = new TreeSet<>(campaign.definition().areas());
        areas.addAll(last.counts().keySet());
        Map<String, Long> counts = last.counts();
        List<Long> actual = areas.stream().map(area -> counts.getOrDefault(area, 0L)).toList();
        return AreaCount.shown(areas.stream().map(area -> AreaCount.of(area, counts.getOrDefault(area, 0L), minCount)).toList(), actual);
    }

    /** The smallest count shown as a number. */
    public int minCount() {
        return minCount;
    }

    /** A database that cannot be read must not cost the campaign page: it shows the last counts read. */
    private Map<String, Long> readOrKeep(long campaignId, Reading before) {
        try {
            Map<String, Long> counts = query(campaignId);
            reading.succeeded();
            return counts;
        } catch (RuntimeException e) {
            reading.failed(e);
            return before == null ? Map.of() : before.counts();
        }
    }

    private Map<String, Long> query(long campaignId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT area, COUNT(*) FROM signature WHERE campaign_id = ? AND status = "
                        + SignatureStatus.CONFIRMED.literal() + " AND area IS NOT NULL GROUP BY area")
                .setParameter(1, campaignId)
                .getResultList();
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return Map.copyOf(counts);
    }

    private record Reading(Map<String, Long> counts, long takenAt) {
    }
}
