package org.firmas.signature.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One campaign's signatures in aggregate: how many in each status, confirmations per day, and the
 * ZIP codes and areas with the most confirmed signers, most first.
 */
public record SignatureFigures(Map<SignatureStatus, Long> byStatus, Map<LocalDate, Long> confirmedPerDay,
                               List<Share> topZips, List<Share> topAreas) {

    public SignatureFigures {
        byStatus = Map.copyOf(byStatus);
    }

    public long count(SignatureStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    /** Every signature ever submitted and not erased by a withdrawal, whatever its status. */
    public long submitted() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A ZIP code or area and its number of confirmed signatures. */
    public record Share(String name, long count) {
    }
}
