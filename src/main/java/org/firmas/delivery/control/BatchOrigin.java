package org.firmas.delivery.control;

import java.util.Optional;
import org.firmas.campaign.entity.Contact;

/**
 * Who a batch mail (and a delivery packet) comes from, the same for every official of the batch: the organization, the
 * organizer officials can answer (when one is set), and the public site the petition is on.
 */
public record BatchOrigin(String organization, Optional<Contact> contact, String siteUrl) {

    public String petitionUrl(String slug, String language) {
        return siteUrl.replaceAll("/+$", "") + "/campaigns/" + slug + "?lang=" + language;
    }
}
