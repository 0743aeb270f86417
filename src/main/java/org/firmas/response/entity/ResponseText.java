package org.firmas.response.entity;

import java.time.LocalDate;

/**
 * What an organizer records of an official's answer: which target (by the campaign's address for
 * it, and its name), the day it arrived, the text in the language it came in ({@code en} or
 * {@code es}), and optionally a translation into the other language and a link to a document.
 */
public record ResponseText(String targetEmail, String targetName, LocalDate receivedOn, String language, String text,
                           String translation, String documentUrl) {

    /** The other of the two languages: the one a translation is in. */
    public String otherLanguage() {
        return "en".equals(language) ? "es" : "en";
    }

    public boolean hasTranslation() {
        return translation != null && !translation.isBlank();
    }

    /** The text in the given language when it exists there, else the original. */
    public String textIn(String wanted) {
        return wanted.equals(language) || !hasTranslation() ? text : translation;
    }

    /** Whether a reader of the given language reads it in the language it came in, another than theirs. */
    public boolean shownInOriginalTo(String wanted) {
        return !wanted.equals(language) && !hasTranslation();
    }
}
