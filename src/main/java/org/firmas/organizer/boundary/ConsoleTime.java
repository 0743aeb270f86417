package org.firmas.organizer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.firmas.organizer.control.ReadableTime;

/**
 * Times as the console shows them: in the organizer's language and in one time zone, named on the
 * page. Campaigns have no time zone of their own, so the console reads every time in UTC, the zone
 * the moderation window's fields are read in too.
 */
@Named
@RequestScoped
public class ConsoleTime {

    static final ZoneId ZONE = ZoneOffset.UTC;

    @Inject
    ConsoleText text;

    /** "6 dic 2026, 14:05" or "Dec 6, 2026, 2:05 PM"; empty for no time. */
    public String text(Instant instant) {
        return ReadableTime.text(instant, ZONE, text.locale());
    }

    /** The value of a {@code <time datetime>} attribute, to the second and with its offset. */
    public String machine(Instant instant) {
        return ReadableTime.machine(instant, ZONE);
    }

    /** "Times are in UTC.", for the pages that show times. */
    public String note() {
        return text.format("organize.times", zone());
    }

    /** The zone's name, to label columns and fields with. */
    public String zone() {
        return ZONE.getId().equals("Z") ? "UTC" : ZONE.getId();
    }
}
