package org.firmas.campaign.entity;

import java.util.Locale;
import java.util.Map;

/**
 * A count of confirmed signatures the campaign marks on its progress bar, with an optional message
 * per language of the site that reaching it prepares as an update to supporters.
 */
public record Milestone(long signatures, Map<String, String> messages) {

    public Milestone {
        messages = Map.copyOf(messages);
    }

    public boolean hasMessage() {
        return !messages.isEmpty();
    }

    /** The message in the given language, falling back to English; null when there is none. */
    public String message(Locale locale) {
        String found = messages.get(locale.getLanguage());
        return found != null ? found : messages.get(CampaignDefinition.DEFAULT_LANGUAGE);
    }
}
