package org.firmas.campaign.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.firmas.campaign.entity.FileProblem.Kind;
import org.firmas.platform.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every mistake a campaign file can have is worded in both console languages, and the Spanish
 * wording has no English left around what the file itself said.
 */
class FileProblemTest {

    private static final Locale ES = Locale.forLanguageTag("es");

    /** What fills in each kind, as the parser would: values from a file, counts, a library's own words. */
    private static final Map<Kind, Object[]> SAMPLES = new EnumMap<>(Map.ofEntries(
            Map.entry(Kind.FILE_NAME, new Object[0]),
            Map.entry(Kind.EMPTY_FILE, new Object[0]),
            Map.entry(Kind.TOO_LARGE, new Object[] {524_288}),
            Map.entry(Kind.UNREADABLE, new Object[] {"Input length = 1"}),
            Map.entry(Kind.NOT_YAML, new Object[] {"mapping values are not allowed here"}),
            Map.entry(Kind.NESTED_TOO_DEEP, new Object[] {10}),
            Map.entry(Kind.NOT_A_MAPPING, new Object[0]),
            Map.entry(Kind.FIELD_NAME, new Object[0]),
            Map.entry(Kind.TWICE, new Object[0]),
            Map.entry(Kind.UNKNOWN_FIELD, new Object[] {"area, email, language, name, title"}),
            Map.entry(Kind.REQUIRED, new Object[0]),
            Map.entry(Kind.NOT_A_SINGLE_VALUE, new Object[0]),
            Map.entry(Kind.EMPTY_LIST, new Object[0]),
            Map.entry(Kind.INVISIBLE_CHARACTER, new Object[] {"U+202E"}),
            Map.entry(Kind.INVISIBLE_IN_NAME, new Object[] {"U+200B"}),
            Map.entry(Kind.LINE_BREAK, new Object[0]),
            Map.entry(Kind.LINE_BREAK_IN_NAME, new Object[0]),
            Map.entry(Kind.TOO_LONG, new Object[] {121, 120}),
            Map.entry(Kind.NOT_ONE_OF, new Object[] {"active", "draft, open, closed, won"}),
            Map.entry(Kind.NOT_A_DATE, new Object[] {"30/06/2027"}),
            Map.entry(Kind.NOT_A_TIME_ZONE, new Object[] {"Mars/Olympus"}),
            Map.entry(Kind.LANGUAGE_CODE, new Object[0]),
            Map.entry(Kind.LANGUAGE_REQUIRED, new Object[] {List.of("en", "es")}),
            Map.entry(Kind.NOT_AN_EMAIL, new Object[] {"board@"}),
            Map.entry(Kind.NOT_A_NUMBER, new Object[] {"muchas"}),
            Map.entry(Kind.OUT_OF_RANGE, new Object[] {100_000_000L}),
            Map.entry(Kind.NOT_A_FLAG, new Object[0]),
            Map.entry(Kind.AREAS_FILE_NAME, new Object[0]),
            Map.entry(Kind.AREAS_FILE_MISSING, new Object[] {"rota.areas.csv"}),
            Map.entry(Kind.UNKNOWN_AREA, new Object[] {"Berks"}),
            Map.entry(Kind.AREAS_HEADER, new Object[0]),
            Map.entry(Kind.NOT_A_ZIP, new Object[] {"1833"}),
            Map.entry(Kind.NOT_CSV, new Object[] {"invalid char between encapsulated token and delimiter"}),
            Map.entry(Kind.TOO_MANY, new Object[] {21, 20}),
            Map.entry(Kind.MILESTONE_TWICE, new Object[] {1000L}),
            Map.entry(Kind.PARTNER_KEY, new Object[] {"Make The Road"}),
            Map.entry(Kind.PARTNER_KEY_RESERVED, new Object[] {List.of("email", "whatsapp", "facebook", "x", "bluesky", "telegram", "embed"), "whatsapp"}),
            Map.entry(Kind.PARTNER_TWICE, new Object[] {"juntos"}),
            Map.entry(Kind.LOGO_NOT_ON_SITE, new Object[] {"https://cdn.example.org/logo.png"}),
            Map.entry(Kind.NOT_HTTPS, new Object[] {"http://vamosjuntos.com"}),
            Map.entry(Kind.NOT_AN_ORIGIN, new Object[] {"https://partner.org/petition"}),
            Map.entry(Kind.ORIGIN_NOT_HTTPS, new Object[] {"http://partner.org"}),
            Map.entry(Kind.ORIGIN_TWICE, new Object[] {"https://partner.org"}),
            Map.entry(Kind.IMAGE_FILE_TYPE, new Object[] {"berks.svg"}),
            Map.entry(Kind.IMAGE_FILE_MISSING, new Object[] {"berks.jpg"}),
            Map.entry(Kind.IMAGE_ALT_MISSING, new Object[] {"es"}),
            Map.entry(Kind.NOT_LOADED, new Object[] {"shut-down-berks.yaml"}),
            Map.entry(Kind.SAME_SLUG, new Object[] {"shut-down-berks.yaml"})));

    /** Words of the English sentences that no Spanish one uses. */
    private static final Set<String> ENGLISH = Set.of("the", "is", "are", "not", "must", "and", "or", "of", "an", "in",
            "file", "field", "fields", "name", "names", "required", "allowed", "characters", "character", "long", "most",
            "whole", "number", "valid", "like", "unknown", "expected", "one", "appears", "twice", "entry", "entries", "list",
            "single", "line", "breaks", "holds", "every", "written", "languages", "codes", "such",
            "found", "beside", "folder", "header", "first", "listed", "both", "already", "milestone", "count", "cannot", "text",
            "nested", "levels", "deep", "empty", "more", "than", "mapping", "value", "date", "time", "zone", "address", "email");

    @Test
    void everyKindHasASample() {
        assertEquals(Set.of(Kind.values()), SAMPLES.keySet());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyKindIsInBothBundles(Kind kind) throws IOException {
        for (String file : List.of("messages.properties", "messages_es.properties")) {
            Properties bundle = bundle(file);
            assertTrue(bundle.containsKey(kind.key()), kind.key() + " in " + file);
            assertTrue(bundle.containsKey(kind.consoleKey()), kind.consoleKey() + " in " + file);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theSpanishConsoleSaysItInSpanish(Kind kind) {
        FileProblem problem = FileProblem.of(kind, SAMPLES.get(kind));

        String english = console(problem, Locale.ENGLISH);
        String spanish = console(problem, ES);

        assertFalse(english.isBlank() || spanish.isBlank(), kind.name());
        assertFalse(english.equals(spanish), spanish);
        String wordsAround = spanish;
        for (Object argument : problem.argumentsIn(ES)) {
            wordsAround = wordsAround.replace(String.valueOf(argument), " ");
        }
        List<String> left = Arrays.stream(wordsAround.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(ENGLISH::contains).toList();
        assertEquals(List.of(), left, spanish);
    }

    @Test
    void theLogSaysItInEnglishAsBefore() {
        assertEquals("is 121 characters long; at most 5000 are allowed", FileProblem.of(Kind.TOO_LONG, 121, 5000).english());
        assertEquals("is required: every campaign is written in en and es",
                FileProblem.of(Kind.LANGUAGE_REQUIRED, List.of("en", "es")).english());
        assertEquals("\"Berks\" does not appear in the campaign's areas file", FileProblem.of(Kind.UNKNOWN_AREA, "Berks").english());
        assertEquals("1000 is already a milestone: each count appears once", FileProblem.of(Kind.MILESTONE_TWICE, 1000L).english());
    }

    @Test
    void countsAndListsAreSaidAsEachLanguageDoes() {
        assertEquals("tiene 1 carácter; se permiten como máximo 120", console(FileProblem.of(Kind.TOO_LONG, 1, 120), ES));
        assertEquals("tiene 21 entradas; se permiten como máximo 20", console(FileProblem.of(Kind.TOO_MANY, 21, 20), ES));
        assertEquals("has 1 entry; at most 20 are allowed", FileProblem.of(Kind.TOO_MANY, 1, 20).english());
        assertEquals("es obligatorio: toda campaña se escribe en en y es",
                console(FileProblem.of(Kind.LANGUAGE_REQUIRED, List.of("en", "es")), ES));
        assertEquals("debe ser un número entero del 1 al 100.000.000", console(FileProblem.of(Kind.OUT_OF_RANGE, 100_000_000L), ES));
    }

    /** As the console words it (ConsoleText.problem). */
    private static String console(FileProblem problem, Locale locale) {
        return Messages.format(locale, problem.kind().consoleKey(), problem.argumentsIn(locale));
    }

    private static Properties bundle(String file) throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = new InputStreamReader(FileProblemTest.class.getResourceAsStream("/org/firmas/i18n/" + file),
                StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        return bundle;
    }
}
