package org.firmas.organizer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.firmas.campaign.boundary.ConsoleCampaignRows;
import org.firmas.campaign.boundary.ConsoleCampaigns;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.campaign.entity.Partner;
import org.firmas.campaign.entity.StoredCampaign;

/**
 * The campaigns' partners an admin can give a partner account: one choice per campaign and
 * partner, so a plain select works without JavaScript. Archived campaigns offer none.
 */
@RequestScoped
public class PartnerChoices {

    /** One partner of one campaign; {@code value} is what the form sends back, "campaignId/key". */
    public record Choice(long campaignId, String partnerKey, String label) {

        public String value() {
            return valueOf(campaignId, partnerKey);
        }
    }

    @Inject
    ConsoleCampaignRows rows;

    @Inject
    ConsoleCampaigns campaigns;

    @Inject
    ConsoleText text;

    private List<Choice> all;

    public List<Choice> all() {
        if (all == null) {
            all = new ArrayList<>();
            for (StoredCampaign row : rows.visibleTo(0, true)) {
                CampaignDefinition definition = row.archived() ? null : campaigns.definitionOf(row).orElse(null);
                if (definition != null) {
                    CampaignTexts texts = definition.texts(text.locale());
                    String title = texts == null ? row.slug() : texts.title();
                    for (Partner partner : definition.partners()) {
                        all.add(new Choice(row.id(), partner.key(), title + " · " + partner.name()));
                    }
                }
            }
        }
        return all;
    }

    /** The choice a form sent, if it is one of those offered now. */
    public Optional<Choice> find(String value) {
        return all().stream().filter(choice -> choice.value().equals(value)).findFirst();
    }

    static String valueOf(long campaignId, String partnerKey) {
        return campaignId + "/" + partnerKey;
    }
}
