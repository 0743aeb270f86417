package org.firmas.platform;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Sentences from the message bundles, filled in for a language. Formatted by ICU, not the JDK, so
 * a count is written by the language's own plural rules from CLDR
 * ({@code {0, plural, one {# firma} other {# firmas}}}) instead of by ranges of numbers in each
 * sentence, and {@code #} is the count with the language's digit grouping (1,000 / 1.000).
 */
public final class Messages {

    private static final String BUNDLE = "org.firmas.i18n.messages";

    private Messages() {
    }

    /** The bundle's sentence for the key, filled in with the arguments. */
    public static String format(Locale locale, String key, Object... arguments) {
        return formatPattern(locale, ResourceBundle.getBundle(BUNDLE, locale).getString(key), arguments);
    }

    /** A sentence read from a bundle already, filled in. */
    public static String formatPattern(Locale locale, String pattern, Object... arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
