package org.firmas.organizer.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * An instant as a person reads it: the date with a short month and the time to the minute, in
 * the usual order of the language ("6 dic 2026, 14:05", "Dec 6, 2026, 2:05 PM"). The database's
 * microseconds mean nothing to an organizer and stay in the machine-readable form only.
 */
public final class ReadableTime {

    private static final DateTimeFormatter MACHINE = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private ReadableTime() {
    }

    public static String text(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        String text = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
        // CLDR puts a narrow no-break space before AM/PM, which older fonts draw as a box.
        return text.replace('\u202F', '\u00A0');
    }

    public static String machine(Instant instant, ZoneId zone) {
        return instant == null ? "" : MACHINE.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }
}
