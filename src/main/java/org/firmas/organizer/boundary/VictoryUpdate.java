package org.firmas.organizer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firmas.update.boundary.SupporterUpdates;

/** The dashboard's link to the "we won" update a victory prepared, while it waits to be reviewed and sent. */
@Named
@RequestScoped
public class VictoryUpdate {

    @Inject
    CampaignAccess access;

    @Inject
    SupporterUpdates updates;

    /** The prepared update's id, or null when there is none to review. */
    public Long of(Long campaignId) {
        return updates.victoryUpdate(access.require(campaignId).id()).orElse(null);
    }
}
