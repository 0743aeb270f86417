package org.firmas.update.entity;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.firmas.platform.Languages;

/**
 * What an organizer writes: a subject and a Markdown body in each language they write it in
 * (keyed by language code, in the site's order of languages), and the audience, empty for every
 * opted-in signer or a list of areas and ZIP codes separated by commas or lines. A language whose
 * subject and body are both empty is not written; a language the site does not speak is dropped.
 */
public record UpdateDraft(Map<String, String> subjects, Map<String, String> bodies, String audience) {

    public UpdateDraft {
        Map<String, String> givenSubjects = subjects == null ? Map.of() : subjects;
        Map<String, String> givenBodies = bodies == null ? Map.of() : bodies;
        Map<String, String> keptSubjects = new LinkedHashMap<>();
        Map<String, String> keptBodies = new LinkedHashMap<>();
        for (String language : Languages.all()) {
            String subject = trimmed(givenSubjects.get(language));
            String body = givenBodies.get(language) == null ? "" : givenBodies.get(language).strip();
            if (!subject.isEmpty() || !body.isEmpty()) {
                keptSubjects.put(language, subject);
                keptBodies.put(language, body);
            }
        }
        subjects = Collections.unmodifiableMap(keptSubjects);
        bodies = Collections.unmodifiableMap(keptBodies);
        audience = String.join(", ", places(audience));
    }

    /** The subject in that language, empty when the update is not written in it. */
    public String subject(String language) {
        return subjects.getOrDefault(language, "");
    }

    public String body(String language) {
        return bodies.getOrDefault(language, "");
    }

    /** The languages it is written in, in the site's order. */
    public List<String> languages() {
        return List.copyOf(subjects.keySet());
    }

    /**
     * The language of a signer's mail: the one they signed in when the update is written in it,
     * else the site's default language, which every update sent is written in.
     */
    public String mailLanguage(String signerLanguage) {
        String language = signerLanguage == null ? "" : signerLanguage.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return subjects.containsKey(language) ? language : Languages.defaultLanguage();
    }

    /**
     * Whether it may be sent: it has a subject and a body in the site's default language, the one
     * a signer of any language it lacks receives. A prepared draft (a milestone's message written
     * only in Spanish, say) is saved without it and waits for the organizer to write it.
     */
    public boolean readyToSend() {
        String language = Languages.defaultLanguage();
        return !subject(language).isEmpty() && !body(language).isEmpty();
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
}
