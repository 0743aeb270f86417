package org.firmas.signature.entity;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** What one partner's link brought to a campaign, and its confirmations per day, oldest first. */
public record PartnerFigures(SourceFigures totals, Map<LocalDate, Long> confirmedPerDay) {

    public PartnerFigures {
        confirmedPerDay = Collections.unmodifiableSortedMap(new TreeMap<>(confirmedPerDay));
    }
}
