package org.firmas.campaign.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The end of a day in a time zone: the start of the next day there. Not 23:59:59, which would
 * leave the last second open; and the next day's start, not 24 hours after this one's, because a
 * day of a daylight-saving change is 23 or 25 hours long (and in a few zones the day begins at
 * 01:00, which {@code atStartOfDay} knows).
 */
public final class ClosingTime {

    private ClosingTime() {
    }

    public static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
