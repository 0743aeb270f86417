package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.campaign.entity.Campaign;
import org.firmas.signature.entity.LinkResult;

/**
 * Takes a press of the confirmation page's Confirm button without the Faces lifecycle: the
 * signature is confirmed and the supporter sent on to the campaign's "confirmed" page. After a
 * surge of signatures comes a surge of confirmations, and rebuilding the page only to read one
 * button costs more than the confirmation. Anything else (an expired or unknown link, another
 * form) goes on to Faces, which checks the link again and shows the page that fits; confirming
 * is idempotent, so that second look changes nothing.
 */
@ApplicationScoped
public class DirectConfirming {

    static final String FORM = "confirm";

    @Inject
    SignatureConfirmer confirmer;

    @Inject
    CampaignCatalog catalog;

    /** True when the post was taken and answered with the redirect to the "confirmed" page. */
    public boolean take(HttpServletRequest request, HttpServletResponse response, String token) throws IOException {
        if (!OwnFormPost.of(request, FORM)) {
            return false;
        }
        Optional<Campaign> campaign = confirmer.confirm(token) instanceof LinkResult.Done done
                ? catalog.findById(done.campaignId()) : Optional.empty();
        if (campaign.isEmpty()) {
            return false;
        }
        response.sendRedirect(confirmedUrl(request.getContextPath(), campaign.get()));
        return true;
    }

    /** Where a confirmed link leads, confirmed now or before. */
    static String confirmedUrl(String contextPath, Campaign campaign) {
        return contextPath + "/campaigns/" + campaign.slug() + "/confirmed";
    }
}
