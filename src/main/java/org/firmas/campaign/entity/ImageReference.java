package org.firmas.campaign.entity;

import java.util.Map;

/**
 * A campaign file's header image: a JPEG or PNG beside the file, named relative to the campaigns
 * folder, and its alt text in each language the campaign has.
 */
public record ImageReference(String file, Map<String, String> altTexts) {

    public ImageReference {
        altTexts = Map.copyOf(altTexts);
    }
}
