package org.firmas.response.entity;

import java.time.LocalDate;
import java.util.Map;

/**
 * What an organizer records of an official's answer: which target (by the campaign's address for
 * it, and its name), the day it arrived, the text in the language it came in (one of the site's),
 * translations into other languages by language code (none in its own), and optionally a link to
 * a document.
 */
public record ResponseText(String targetEmail, String targetName, LocalDate receivedOn, String language, String text,
                           Map<String, String> translations, String documentUrl) {

    public ResponseText {
        translations = translations == null ? Map.of() : Map.copyOf(translations);
    }

    public boolean hasTranslation(String wanted) {
        String translation = translations.get(wanted);
        return !wanted.equals(language) && translation != null && !translation.isBlank();
    }

    /** The text in the given language when it exists there, else the original. */
    public String textIn(String wanted) {
        return hasTranslation(wanted) ? translations.get(wanted) : text;
    }

    /** Whether a reader of the given language reads it in the language it came in, another than theirs. */
    public boolean shownInOriginalTo(String wanted) {
        return !wanted.equals(language) && !hasTranslation(wanted);
    }
}
