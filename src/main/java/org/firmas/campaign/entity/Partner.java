package org.firmas.campaign.entity;

import java.util.Locale;
import java.util.Map;

/**
 * An organization that gathers signatures for a campaign with its own link,
 * {@code /campaigns/{slug}?source={key}}. The logo is a path on this site or null, never another
 * host; the opt-in texts, per language, ask signers whether the partner may send them news, and a
 * partner without them asks nothing. The key is also what a signature records as its source, so the
 * partner's own figures and opted-in signers are the campaign's signatures with that source.
 */
public record Partner(String key, String name, String logo, String website, Map<String, String> optIn) {

    public Partner {
        optIn = Map.copyOf(optIn);
    }

    public boolean asksOptIn() {
        return !optIn.isEmpty();
    }

    /** The opt-in text in the given language, falling back to English; null when the partner asks none. */
    public String optInText(Locale locale) {
        return optIn.get(optInLanguage(locale));
    }

    /** The language {@link #optInText} answers in, for the page to mark a text that is not in its own. */
    public String optInLanguage(Locale locale) {
        return optIn.containsKey(locale.getLanguage()) ? locale.getLanguage() : CampaignDefinition.DEFAULT_LANGUAGE;
    }
}
