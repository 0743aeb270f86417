package org.firmas.campaign.entity;

import java.time.ZoneId;

/**
 * Which time zones a campaign may name: those of the IANA database, such as America/New_York.
 * Fixed offsets (-05:00) are not among them, since they miss daylight saving.
 */
public final class TimeZones {

    private TimeZones() {
    }

    public static boolean isKnown(String id) {
        return id != null && ZoneId.getAvailableZoneIds().contains(id);
    }
}
