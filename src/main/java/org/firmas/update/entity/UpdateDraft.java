package org.firmas.update.entity;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an organizer writes: a subject and a Markdown body in each language, and the audience,
 * empty for every opted-in signer or a list of areas and ZIP codes separated by commas or lines.
 */
public record UpdateDraft(String subjectEn, String subjectEs, String bodyEn, String bodyEs, String audience) {

    public UpdateDraft {
        subjectEn = trimmed(subjectEn);
        subjectEs = trimmed(subjectEs);
        bodyEn = bodyEn == null ? "" : bodyEn.strip();
        bodyEs = bodyEs == null ? "" : bodyEs.strip();
        audience = String.join(", ", places(audience));
    }

    public String subject(String language) {
        return "es".equals(language) ? subjectEs : subjectEn;
    }

    public String body(String language) {
        return "es".equals(language) ? bodyEs : bodyEn;
    }

    /** The areas and ZIP codes it goes to; empty for all. */
    public Set<String> places() {
        return places(audience);
    }

    private static Set<String> places(String audience) {
        if (audience == null || audience.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(audience.split("[,;\\n\\r]+")).map(String::strip).filter(place -> !place.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip().replaceAll("\\s+", " ");
    }

    /** The language of a signer's mail: Spanish for Spanish, English for anything else. */
    public static String languageOf(String signerLanguage) {
        return signerLanguage != null && signerLanguage.toLowerCase(Locale.ROOT).startsWith("es") ? "es" : "en";
    }
}
