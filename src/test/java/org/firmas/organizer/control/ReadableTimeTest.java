package org.firmas.organizer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReadableTimeTest {

    private static final Instant AFTERNOON = Instant.parse("2026-12-06T14:05:33.123456Z");

    @Test
    void aTimeReadsAsDateAndMinuteInTheLanguage() {
        assertEquals("6 dic 2026, 14:05", ReadableTime.text(AFTERNOON, ZoneOffset.UTC, Locale.forLanguageTag("es")));
        assertEquals("Dec 6, 2026, 2:05\u00A0PM", ReadableTime.text(AFTERNOON, ZoneOffset.UTC, Locale.ENGLISH));
    }

    @Test
    void theZoneMovesTheClockAndTheMachineFormKeepsTheOffsetToTheSecond() {
        ZoneId madrid = ZoneId.of("Europe/Madrid");

        assertEquals("6 dic 2026, 15:05", ReadableTime.text(AFTERNOON, madrid, Locale.forLanguageTag("es")));
        assertEquals("2026-12-06T14:05:33Z", ReadableTime.machine(AFTERNOON, ZoneOffset.UTC));
        assertEquals("2026-12-06T15:05:33+01:00", ReadableTime.machine(AFTERNOON, madrid));
    }

    @Test
    void noTimeIsNoText() {
        assertEquals("", ReadableTime.text(null, ZoneOffset.UTC, Locale.ENGLISH));
        assertEquals("", ReadableTime.machine(null, ZoneOffset.UTC));
    }
}
