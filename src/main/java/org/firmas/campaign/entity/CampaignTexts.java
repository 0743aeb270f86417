package org.firmas.campaign.entity;

/**
 * The texts of a campaign in one language. Markdown sources are kept for export; the HTML forms
 * are rendered and sanitized once when the definition is loaded.
 */
public record CampaignTexts(
        String title,
        String summary,
        String body,
        String bodyHtml,
        String petition,
        String petitionHtml,
        String privacy,
        String privacyHtml) {
}
