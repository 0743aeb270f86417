package org.firmas.organizer.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A campaign's numbers for its dashboard: counts by status, confirmations per day, and where
 * the confirmed signers live.
 */
public record CampaignFigures(long confirmed, long pending, long hidden, long submitted,
                              Map<LocalDate, Long> confirmedPerDay, List<Share> topZips, List<Share> topAreas) {

    /** A ZIP code or area and its number of confirmed signatures. */
    public record Share(String name, long count) {
    }

    /** Confirmed among all signatures ever submitted, in percent; zero when none were. */
    public double conversionPercent() {
        return submitted == 0 ? 0 : 100.0 * confirmed / submitted;
    }
}
