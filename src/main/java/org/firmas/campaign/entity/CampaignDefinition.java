package org.firmas.campaign.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything a campaign file says, validated. Immutable; a changed file yields a new definition.
 * {@code finalSignatures} is the count recorded when the campaign ended (0 when none was), for a
 * campaign whose signatures were gathered partly or wholly outside Firmas.
 */
public record CampaignDefinition(
        String slug,
        CampaignStatus status,
        long goal,
        LocalDate deadline,
        Map<String, CampaignTexts> texts,
        List<Target> targets,
        DeliveryPolicy delivery,
        SignerFields fields,
        Map<String, String> areasByZip,
        long finalSignatures) {

    public static final String DEFAULT_LANGUAGE = "en";

    /** The texts in the given language, falling back to English. */
    public CampaignTexts texts(Locale locale) {
        CampaignTexts found = texts.get(locale.getLanguage());
        return found != null ? found : texts.get(DEFAULT_LANGUAGE);
    }

    /** The area a ZIP code belongs to, or null when the campaign routes no areas or the ZIP is unknown. */
    public String areaOf(String zip) {
        if (zip == null || zip.length() < 5) {
            return null;
        }
        return areasByZip.get(zip.substring(0, 5));
    }
}
