package org.firmas.organizer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.firmas.campaign.boundary.ConsoleCampaignRows;
import org.firmas.campaign.boundary.ConsoleCampaigns;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.Partner;
import org.firmas.campaign.entity.StoredCampaign;
import org.firmas.organizer.entity.OrganizerAccount;

/**
 * The one place that decides whether the caller may see a campaign: an admin may see all, an
 * organizer the ones they own, a partner none but its own figures through {@link #requirePartner()}.
 * Every page, download and action asks, so changing an id in a URL or a form gets a 403 rather
 * than somebody else's supporters.
 */
@RequestScoped
public class CampaignAccess {

    /** What a partner's account sees: its campaign's row and definition, and its own partner entry. */
    public record PartnerScope(StoredCampaign campaign, CampaignDefinition definition, Partner partner) {
    }

    @Inject
    CurrentOrganizer organizer;

    @Inject
    ConsoleCampaignRows rows;

    @Inject
    ConsoleCampaigns campaigns;

    public StoredCampaign require(Long campaignId) {
        if (campaignId == null || organizer.isPartner()) {
            throw new NotAllowedException();
        }
        StoredCampaign row = rows.find(campaignId).orElseThrow(NotAllowedException::new);
        if (allows(organizer.isAdmin(), organizer.id(), row)) {
            return row;
        }
        throw new NotAllowedException();
    }

    /**
     * The caller's partner scope; refused for any other account, and once the campaign is archived
     * or no longer lists the partner's key, so a removed partner sees nothing.
     */
    public PartnerScope requirePartner() {
        OrganizerAccount account = organizer.account();
        if (!account.isPartner()) {
            throw new NotAllowedException();
        }
        StoredCampaign row = rows.find(account.getCampaignId()).filter(found -> !found.archived())
                .orElseThrow(NotAllowedException::new);
        CampaignDefinition definition = campaigns.definitionOf(row).orElseThrow(NotAllowedException::new);
        Partner partner = definition.partner(account.getPartnerKey());
        if (partner == null) {
            throw new NotAllowedException();
        }
        return new PartnerScope(row, definition, partner);
    }

    /** The rule itself, for the console and for API keys alike, which act with their account's access. */
    static boolean allows(boolean admin, long accountId, StoredCampaign row) {
        return admin || row.ownedBy(accountId);
    }

    /** The id in a path such as {@code /organize/signatures/42.csv}, or null when there is none. */
    public static Long idInPath(String pathInfo, String suffix) {
        if (pathInfo == null || !pathInfo.startsWith("/") || !pathInfo.endsWith(suffix)) {
            return null;
        }
        String digits = pathInfo.substring(1, pathInfo.length() - suffix.length());
        return digits.matches("\\d{1,18}") ? Long.valueOf(digits) : null;
    }
}
