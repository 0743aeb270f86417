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
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.signature.control.SignatureStore.SignaturesChanged;

/**
 * Confirmed signature counts for every campaign, from one aggregate query shared by all page
 * views. Nothing is updated per signature (a hot counter row is what stalls petition sites in a
 * surge); instead the snapshot is at most {@code firmas.count.max-age-millis} old, and a little
 * fresher after a signature lands on this node.
 */
@ApplicationScoped
public class SignatureCounts {

    private static final long MIN_REFRESH_NANOS = 200_000_000L;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "firmas.count.max-age-millis")
    long maxAgeMillis;

    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Long.MIN_VALUE / 2);
    private volatile boolean signedSinceSnapshot;

    public long confirmed(long campaignId) {
        return current().counts().getOrDefault(campaignId, 0L);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignaturesChanged event) {
        signedSinceSnapshot = true;
    }

    private Snapshot current() {
        Snapshot seen = snapshot;
        long age = System.nanoTime() - seen.takenAt();
        boolean stale = age > maxAgeMillis * 1_000_000L || (signedSinceSnapshot && age > MIN_REFRESH_NANOS);
        if (!stale) {
            return seen;
        }
        // One thread refreshes; the others keep answering from the snapshot they have.
        if (refreshing.tryLock()) {
            try {
                signedSinceSnapshot = false;
                snapshot = new Snapshot(query(), System.nanoTime());
            } finally {
                refreshing.unlock();
            }
        }
        return snapshot;
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
