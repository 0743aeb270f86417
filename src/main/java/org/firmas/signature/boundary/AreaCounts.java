package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.campaign.entity.Campaign;
import org.firmas.platform.FaultEpisode;
import org.firmas.platform.KeptReadings;
import org.firmas.signature.control.CountLedger;
import org.firmas.signature.entity.AreaCount;

/**
 * Confirmed signatures by area, for the campaign page and the API: every area of the campaign's
 * table, in alphabetical order, each below {@code firmas.areas.min-count} without its number (and
 * one more withheld beside a lone small one, see {@link AreaCount#shown}).
 * Signatures without an area (a ZIP code the table does not list) are in no area's count. The
 * counts are sums of the changes database triggers keep ({@link CountLedger}), so reading them does
 * not read the campaign's signatures; they are kept a few seconds per campaign
 * ({@link KeptReadings}), as the recent signers are: one query serves every view meanwhile.
 */
@ApplicationScoped
public class AreaCounts {

    @Inject
    CountLedger ledger;

    @Inject
    @ConfigProperty(name = "firmas.areas.min-count")
    int minCount;

    private final KeptReadings<Map<String, Long>> byCampaign = new KeptReadings<>(Duration.ofSeconds(5), Map.of(),
            new FaultEpisode(Logger.getLogger(AreaCounts.class.getName()),
                    "Counts by area not read; campaign pages show the last ones", "Counts by area read again"));

    /** The areas and what may be shown of their counts; empty for a campaign that routes no areas. */
    public List<AreaCount> of(Campaign campaign) {
        if (campaign.definition().areasByZip().isEmpty()) {
            return List.of();
        }
        Map<String, Long> counts = byCampaign.of(campaign.id(), ledger::areas);
        TreeSet<String> areas = new TreeSet<>(campaign.definition().areas());
        areas.addAll(counts.keySet());
        List<Long> actual = areas.stream().map(area -> counts.getOrDefault(area, 0L)).toList();
        return AreaCount.shown(areas.stream().map(area -> AreaCount.of(area, counts.getOrDefault(area, 0L), minCount)).toList(), actual);
    }

    /** The smallest count shown as a number. */
    public int minCount() {
        return minCount;
    }
}
