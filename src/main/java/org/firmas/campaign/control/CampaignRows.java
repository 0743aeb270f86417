package org.firmas.campaign.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.firmas.campaign.entity.CampaignRecord;

/**
 * Gives every campaign a database row. Several nodes may meet the same new file at once: the
 * unique slug decides, and the loser reads the winner's row.
 */
@ApplicationScoped
public class CampaignRows {

    @Inject
    CampaignRowWriter writer;

    /** Where the campaign of this slug is defined, if it has a row yet. */
    public Optional<CampaignRecord.Source> sourceOf(String slug) {
        return writer.sourceOf(slug);
    }

    public long idFor(String slug, CampaignRecord.Source source) {
        Optional<Long> existing = writer.readIdOf(slug);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return writer.insert(slug, source);
        } catch (RuntimeException lostTheRace) {
            return writer.readIdOf(slug).orElseThrow(() -> lostTheRace);
        }
    }
}
