package org.firmas.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The one list of languages the site speaks, read from {@code org/firmas/i18n/languages.properties}
 * beside the bundles: a language comes with its bundles, so its name ships with them rather than
 * in a deployment's settings. Pages (through {@link SupportedLanguages}), mails, the console,
 * campaign files and the command-line check all follow it.
 */
public final class Languages {

    private static final String LIST = "/org/firmas/i18n/languages.properties";
    private static final List<String> ALL = read();

    private Languages() {
    }

    /** Every language, the default first. */
    public static List<String> all() {
        return ALL;
    }

    /** The language of the base bundles, which pages fall back to and every campaign is written in. */
    public static String defaultLanguage() {
        return ALL.get(0);
    }

    public static boolean isSupported(String language) {
        return language != null && ALL.contains(language);
    }

    /** The language's name as its speakers write it (English, Español, Português), for choosing it. */
    public static String ownName(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The language's name in another language, as in "Texts in Portuguese". */
    public static String nameIn(String language, Locale reader) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(reader);
        return name.isEmpty() ? language : name;
    }

    private static List<String> read() {
        try (InputStream in = Languages.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            List<String> languages = Arrays.stream(properties.getProperty("languages", "").split(","))
                    .map(String::strip).filter(code -> !code.isEmpty()).distinct().toList();
            if (languages.isEmpty()) {
                throw new IllegalStateException(LIST + " names no language");
            }
            return languages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
