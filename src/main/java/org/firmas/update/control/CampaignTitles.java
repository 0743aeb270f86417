package org.firmas.update.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.firmas.campaign.boundary.CampaignCatalog;

/** A campaign's title in a language, as its mails and prepared updates name it. */
@ApplicationScoped
public class CampaignTitles {

    @Inject
    CampaignCatalog catalog;

    public String of(long campaignId, String language) {
        return catalog.findById(campaignId).map(campaign -> campaign.definition().texts(Locale.forLanguageTag(language)).title())
                .orElse("");
    }
}
