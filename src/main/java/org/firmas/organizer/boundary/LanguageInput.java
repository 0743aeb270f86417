package org.firmas.organizer.boundary;

import java.util.List;
import java.util.Locale;
import org.firmas.platform.Languages;

/**
 * One language's input among a row's texts per language: the language, its own name for the label,
 * and the ending of the input's id ({@code messageEn}, {@code optInPt}), which stays what it was when
 * only English and Spanish had inputs.
 */
public record LanguageInput(String language, String name, String idSuffix) {

    static List<LanguageInput> all() {
        return Languages.all().stream().map(language -> new LanguageInput(language, Languages.ownName(language), idSuffix(language))).toList();
    }

    static String idSuffix(String language) {
        return language.substring(0, 1).toUpperCase(Locale.ROOT) + language.substring(1);
    }
}
