package org.firmas.organizer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.firmas.campaign.boundary.ConsoleCampaignRows;
import org.firmas.campaign.entity.StoredCampaign;

/**
 * The one place that decides whether the caller may see a campaign: an admin may see all, an
 * organizer the ones they own. Every page, download and action asks, so changing an id in a URL
 * or a form gets a 403 rather than somebody else's supporters.
 */
@RequestScoped
public class CampaignAccess {

    @Inject
    CurrentOrganizer organizer;

    @Inject
    ConsoleCampaignRows rows;

    public StoredCampaign require(Long campaignId) {
        if (campaignId == null) {
            throw new NotAllowedException();
        }
        StoredCampaign row = rows.find(campaignId).orElseThrow(NotAllowedException::new);
        if (organizer.isAdmin() || row.ownedBy(organizer.id())) {
            return row;
        }
        throw new NotAllowedException();
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
