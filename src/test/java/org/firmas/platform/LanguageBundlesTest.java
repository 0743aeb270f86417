package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every language of {@link Languages} has every sentence of the English bundles, and only those,
 * filled in with the same arguments, counts said with plural patterns that parse, and nothing left
 * in English but the few words every language writes the same.
 */
class LanguageBundlesTest {

    private static final List<String> BUNDLES = List.of("org/firmas/i18n/messages", "org/firmas/i18n/faces", "ValidationMessages");

    /** Names and words each language writes as English does; anything else equal to English is untranslated. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("WhatsApp", "Facebook", "X", "Bluesky", "Telegram",
            "Webhooks", "Endpoints", "total", "no", "No", "Link:", "Error: {0}");

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern PLURAL = Pattern.compile("\\{(\\d+)\\s*,\\s*plural");
    private static final Pattern INNERMOST_ARGUMENT = Pattern.compile("\\{[^{}]*}");

    static Stream<Arguments> translations() {
        return Languages.all().stream().skip(1)
                .flatMap(language -> BUNDLES.stream().map(bundle -> Arguments.of(bundle, language)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("translations")
    void everyKeyAndNoOther(String bundle, String language) {
        Properties english = load(bundle + ".properties");
        Properties translated = load(bundle + "_" + language + ".properties");
        assertEquals(List.of(), difference(english, translated), "keys missing from " + bundle + "_" + language);
        assertEquals(List.of(), difference(translated, english), "keys of " + bundle + "_" + language + " that English does not have");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("translations")
    void sameArgumentsAndPluralsAsEnglish(String bundle, String language) {
        Properties english = load(bundle + ".properties");
        Properties translated = load(bundle + "_" + language + ".properties");
        List<String> wrong = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String value = translated.getProperty(key);
            if (value != null && (!numbers(ARGUMENT, value).equals(numbers(ARGUMENT, english.getProperty(key)))
                    || !numbers(PLURAL, value).equals(numbers(PLURAL, english.getProperty(key))))) {
                wrong.add(key);
            }
        }
        assertEquals(List.of(), wrong, "sentences of " + bundle + "_" + language + " whose arguments or plurals differ from English");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("translations")
    void nothingLeftInEnglish(String bundle, String language) {
        Properties english = load(bundle + ".properties");
        Properties translated = load(bundle + "_" + language + ".properties");
        List<String> untranslated = english.stringPropertyNames().stream().sorted()
                .filter(key -> english.getProperty(key).equals(translated.getProperty(key)))
                .filter(key -> !SAME_IN_EVERY_LANGUAGE.contains(english.getProperty(key)))
                .filter(key -> hasWords(english.getProperty(key)))
                .toList();
        assertEquals(List.of(), untranslated, "sentences of " + bundle + "_" + language + " still in English");
    }

    /** Each sentence, filled in with counts of 0, 1, 2 and 1000, the way pages and mails fill it in. */
    @Test
    void everySentenceFormatsInEveryLanguage() {
        List<String> broken = new ArrayList<>();
        for (String language : Languages.all()) {
            for (String bundle : BUNDLES) {
                String file = bundle + (language.equals(Languages.defaultLanguage()) ? "" : "_" + language) + ".properties";
                Properties sentences = load(file);
                for (String key : sentences.stringPropertyNames()) {
                    if (!formats(sentences.getProperty(key), Locale.forLanguageTag(language))) {
                        broken.add(file + " " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), broken, "sentences ICU cannot format");
    }

    /** English is the base bundle; its empty language files keep a Spanish-speaking server from answering in Spanish. */
    @ParameterizedTest
    @MethodSource("bundles")
    void englishFilesStayEmpty(String bundle) {
        assertEquals(Set.of(), load(bundle + "_" + Languages.defaultLanguage() + ".properties").stringPropertyNames());
    }

    static Stream<String> bundles() {
        return BUNDLES.stream();
    }

    private static boolean formats(String pattern, Locale locale) {
        try {
            MessageFormat format = new MessageFormat(pattern, locale);
            int arguments = numbers(ARGUMENT, pattern).stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            for (long count : new long[] {0, 1, 2, 1000}) {
                Object[] values = new Object[arguments];
                Arrays.fill(values, count);
                format.format(values);
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether anything but arguments and punctuation is left: "{0}: {1,number,integer}" says the same everywhere. */
    private static boolean hasWords(String value) {
        String rest = value;
        for (String shorter = INNERMOST_ARGUMENT.matcher(rest).replaceAll(""); !shorter.equals(rest);
                shorter = INNERMOST_ARGUMENT.matcher(rest).replaceAll("")) {
            rest = shorter;
        }
        return rest.codePoints().anyMatch(Character::isLetter);
    }

    private static Set<Integer> numbers(Pattern pattern, String value) {
        Set<Integer> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(value);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

    private static List<String> difference(Properties from, Properties without) {
        return from.stringPropertyNames().stream().filter(key -> !without.containsKey(key)).sorted().toList();
    }

    private static Properties load(String file) {
        try (InputStream in = LanguageBundlesTest.class.getResourceAsStream("/" + file)) {
            assertNotNull(in, file + " is missing: every language of languages.properties needs it");
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException(file, e);
        }
    }
}
