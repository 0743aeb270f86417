package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.signature.control.SignatureStore.SignaturesChanged;

/**
 * Confirmed signature counts for every campaign, from one aggregate query that a background timer
 * runs ({@link CountRefresher}); page views only read the snapshot, so their latency does not grow
 * with the table. Nothing is updated per signature (a hot counter row is what stalls petition
 * sites in a surge). A snapshot is at most {@code firmas.count.max-age-millis} old, and refreshed
 * within a second after a signature changes on this node.
 */
@ApplicationScoped
public class SignatureCounts {

    private static final long CHANGED_REFRESH_NANOS = 900_000_000L;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "firmas.count.max-age-millis")
    long maxAgeMillis;

    private volatile Snapshot snapshot;
    private volatile boolean changedSinceSnapshot;

    public long confirmed(long campaignId) {
        Snapshot seen = snapshot;
        if (seen == null) {
            refresh();
            seen = snapshot;
        }
        return seen.counts().getOrDefault(campaignId, 0L);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignaturesChanged event) {
        changedSinceSnapshot = true;
    }

    /** Called every few hundred milliseconds; queries only when the snapshot is due. */
    void refreshIfDue() {
        Snapshot seen = snapshot;
        long age = seen == null ? Long.MAX_VALUE : System.nanoTime() - seen.takenAt();
        if (age > maxAgeMillis * 1_000_000L || (changedSinceSnapshot && age > CHANGED_REFRESH_NANOS)) {
            refresh();
        }
    }

    private synchronized void refresh() {
        changedSinceSnapshot = false;
        snapshot = new Snapshot(query(), System.nanoTime());
    }

    private Map<Long, Long> query() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT campaign_id, COUNT(*) FROM signature WHERE status = 'CONFIRMED' GROUP BY campaign_id")
                .getResultList();
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return Map.copyOf(counts);
    }

    private record Snapshot(Map<Long, Long> counts, long takenAt) {
    }
}
