package org.firmas.signature.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignStatus;

/**
 * Shows a campaign through the public campaign page itself, so an organizer previews exactly what
 * supporters will see, a draft included (with its sign form, as it will look once open). The
 * caller has checked who may look; the preview is read-only, as only GET reaches it.
 */
public final class CampaignPreview {

    static final String CAMPAIGN_ATTRIBUTE = "firmas.preview.campaign";

    private CampaignPreview() {
    }

    public static void show(Campaign campaign, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        CampaignDefinition definition = campaign.definition();
        CampaignDefinition asOpen = definition.status() != CampaignStatus.DRAFT ? definition
                : new CampaignDefinition(definition.slug(), CampaignStatus.OPEN, definition.goal(), definition.deadline(),
                        definition.texts(), definition.targets(), definition.delivery(), definition.fields(), definition.areasByZip(),
                        definition.finalSignatures());
        request.setAttribute(CAMPAIGN_ATTRIBUTE, new Campaign(campaign.id(), asOpen));
        request.setAttribute(CampaignUrlFilter.SLUG_ATTRIBUTE, campaign.slug());
        request.getRequestDispatcher(CampaignUrlFilter.SIGN_VIEW).forward(request, response);
    }

    /** The campaign being previewed in this request, or null on an ordinary public request. */
    static Campaign of(HttpServletRequest request) {
        return (Campaign) request.getAttribute(CAMPAIGN_ATTRIBUTE);
    }
}
