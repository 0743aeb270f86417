package org.firmas.campaign.entity;

/**
 * The texts of a campaign in one language. Markdown sources are kept for export; the HTML forms
 * are rendered and sanitized once when the definition is loaded. {@code areaQuestion} is what the
 * sign form asks a signer whose ZIP code straddles areas ("Which county do you live in?"); empty
 * for the platform's own wording.
 */
public record CampaignTexts(
        String title,
        String summary,
        String body,
        String bodyHtml,
        String petition,
        String petitionHtml,
        String privacy,
        String privacyHtml,
        String areaQuestion) {

    /** Texts that leave the area question to the platform's wording. */
    public CampaignTexts(String title, String summary, String body, String bodyHtml, String petition, String petitionHtml,
                         String privacy, String privacyHtml) {
        this(title, summary, body, bodyHtml, petition, petitionHtml, privacy, privacyHtml, "");
    }
}
