package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.signature.control.PaperRows;

/**
 * How many of each campaign's confirmed signatures were signed on paper, for "of which N on paper"
 * beside the counts. Read for all campaigns at once, at most as old as the counts may be: paper
 * signatures change only when an import is made or undone (or one is hidden), and the query reads
 * only their index, so the page view that finds the reading stale reads it again while the others
 * go on showing the last one.
 */
@ApplicationScoped
public class PaperCounts {

    @Inject
    PaperRows rows;

    @Inject
    @ConfigProperty(name = "firmas.count.max-age-millis")
    long maxAgeMillis;

    LongSupplier nanoClock = System::nanoTime;

    private volatile Map<Long, Long> counts;
    private volatile long readAt;
    private final AtomicBoolean reading = new AtomicBoolean();

    public long confirmedOnPaper(long campaignId) {
        Map<Long, Long> seen = counts;
        if (seen == null || nanoClock.getAsLong() - readAt > maxAgeMillis * 1_000_000L) {
            seen = read(seen);
        }
        return seen.getOrDefault(campaignId, 0L);
    }

    private Map<Long, Long> read(Map<Long, Long> stale) {
        if (stale != null && !reading.compareAndSet(false, true)) {
            return stale;
        }
        try {
            counts = rows.confirmedOnPaper();
        } catch (RuntimeException databaseUnreachable) {
            // The page is drawn without the line rather than not at all; tried again after the counts' age.
            counts = stale == null ? Map.of() : stale;
        } finally {
            readAt = nanoClock.getAsLong();
            reading.set(false);
        }
        return counts;
    }
}
