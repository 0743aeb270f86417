package org.firmas.delivery.control;

import java.util.Optional;
import org.firmas.campaign.entity.Contact;

/**
 * Who a batch mail comes from, the same for every official of the batch: the organization, the
 * organizer officials can answer (when one is set), and the public site the petition is on.
 */
record BatchOrigin(String organization, Optional<Contact> contact, String siteUrl) {

    String petitionUrl(String slug, String language) {
        return siteUrl.replaceAll("/+$", "") + "/campaigns/" + slug + "?lang=" + language;
    }
}
