package org.firmas.campaign.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A deadline's day ends at the start of the next day in the campaign's zone, whatever the day's length. */
class ClosingTimeTest {

    @ParameterizedTest(name = "{0} in {1} ends at {2}")
    @CsvSource({
            // An ordinary winter and summer day on the East Coast: UTC-5, then UTC-4.
            "2027-01-15, America/New_York, 2027-01-16T05:00:00Z",
            "2027-06-30, America/New_York, 2027-07-01T04:00:00Z",
            // The day before the clocks go forward (2027-03-14) ends before the change, at UTC-5;
            // the day of the change is 23 hours long and ends at UTC-4.
            "2027-03-13, America/New_York, 2027-03-14T05:00:00Z",
            "2027-03-14, America/New_York, 2027-03-15T04:00:00Z",
            // The day the clocks go back (2027-11-07) is 25 hours long.
            "2027-11-06, America/New_York, 2027-11-07T04:00:00Z",
            "2027-11-07, America/New_York, 2027-11-08T05:00:00Z",
            "2027-06-30, America/Los_Angeles, 2027-07-01T07:00:00Z",
            "2027-06-30, Pacific/Honolulu, 2027-07-01T10:00:00Z",
            "2027-06-30, America/Puerto_Rico, 2027-07-01T04:00:00Z",
            "2027-06-30, Europe/Madrid, 2027-06-30T22:00:00Z",
            "2027-06-30, Pacific/Kiritimati, 2027-06-30T10:00:00Z",
            "2027-06-30, UTC, 2027-07-01T00:00:00Z"
    })
    void theDayEndsAtTheNextDaysStartThere(LocalDate day, String zone, Instant end) {
        assertEquals(end, ClosingTime.endOf(day, ZoneId.of(zone)));
    }

    /** In Havana the clocks go forward at midnight, so 2027-03-14 has no 00:00 and starts at 01:00 (still 05:00 UTC). */
    @ParameterizedTest
    @CsvSource({"2027-03-13, America/Havana, 2027-03-14T05:00:00Z"})
    void theDayBeforeADayThatBeginsAtOneEndsWhenThatDayBegins(LocalDate day, String zone, Instant end) {
        assertEquals(end, ClosingTime.endOf(day, ZoneId.of(zone)));
    }
}
