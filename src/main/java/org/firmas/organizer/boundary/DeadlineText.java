package org.firmas.organizer.boundary;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import org.firmas.campaign.entity.CampaignDefinition;

/**
 * A campaign's deadline as the dashboard says it: the day and the zone whose day it is, so an
 * organizer elsewhere knows when it closes ("Closes at the end of June 30, 2027 (Pacific Time).").
 */
final class DeadlineText {

    private DeadlineText() {
    }

    /** Null for a campaign without a deadline. */
    static String of(CampaignDefinition definition, Instant now, ConsoleText text) {
        if (definition.deadline() == null) {
            return null;
        }
        Locale locale = text.locale();
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(definition.deadline());
        String zone = definition.timeZone().getDisplayName(TextStyle.FULL, locale);
        boolean passed = !now.isBefore(definition.closesAt());
        return text.format(passed ? "organize.dashboard.deadlinePassed" : "organize.dashboard.deadline", day, zone);
    }
}
