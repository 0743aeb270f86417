package org.firmas.signature.boundary;

/** A campaign page was asked for a campaign that is not public; mapped to a 404 in web.xml. */
public class CampaignNotFoundException extends RuntimeException {

    public CampaignNotFoundException(String slug) {
        super("No public campaign " + slug);
    }
}
