package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.signature.control.CountLedger;
import org.firmas.signature.entity.SignatureConfirmed;
import org.firmas.signature.entity.SignaturesChanged;
import org.firmas.platform.FaultEpisode;

/**
 * Confirmed signature counts for every campaign, read by a background timer ({@link CountRefresher})
 * from the {@link CountLedger}; page views only read the snapshot, so their latency does not grow
 * with the table. Nothing is updated per signature (a hot counter row is what stalls petition
 * sites in a surge). A snapshot is at most {@code firmas.count.max-age-millis} old, and refreshed
 * within a second after a signature changes on this node.
 * <p>
 * On PostgreSQL a reading sums the changes since the last fold, so it stays quick however many
 * signatures there are; on the embedded H2 default it counts the table. Either way, between two
 * queries at least ten times the last one's duration goes by, so counting never runs more than a
 * tenth of the time. The pause follows the quickest of the last {@value #PACING_WINDOW} queries,
 * so one query that stalled (the first after start, a busy moment on the host) does not hold the
 * count back for long.
 * <p>
 * Confirmations made on this node since the last reading began are added to it, so a supporter
 * sent on to the "confirmed" page sees their own signature in the count, and so does the next.
 */
@ApplicationScoped
public class SignatureCounts {

    private static final Logger LOG = Logger.getLogger(SignatureCounts.class.getName());

    private static final long CHANGED_REFRESH_NANOS = 900_000_000L;
    /** How many times a query's duration passes before the next one (the quickest of the last few). */
    static final int PAUSE_PER_QUERY_TIME = 10;
    static final int PACING_WINDOW = 3;

    @Inject
    CountLedger ledger;

    @Inject
    @ConfigProperty(name = "firmas.count.max-age-millis")
    long maxAgeMillis;

    /** The clock snapshots are timed by; replaced in tests. */
    LongSupplier nanoClock = System::nanoTime;

    private volatile Snapshot snapshot;
    private volatile boolean changedSinceSnapshot;
    /** Confirmations on this node since the reading under way (or the last one) began, by campaign. */
    private volatile Map<Long, LongAdder> confirmedSinceReading = new ConcurrentHashMap<>();
    private final QueryDurations durations = new QueryDurations(PACING_WINDOW);
    private final FaultEpisode folding = new FaultEpisode(LOG,
            "Count changes not folded; the counts are right, the next sums take longer", "Count changes folded again");

    public long confirmed(long campaignId) {
        Snapshot seen = snapshot;
        if (seen == null) {
            refresh();
            seen = snapshot;
        }
        long count = seen.counts().getOrDefault(campaignId, 0L) + sum(seen.confirmedSince(), campaignId);
        // While a new reading runs, confirmations since it began are in neither the old one nor its additions.
        Map<Long, LongAdder> sinceNewReading = confirmedSinceReading;
        return sinceNewReading == seen.confirmedSince() ? count : count + sum(sinceNewReading, campaignId);
    }

    private static long sum(Map<Long, LongAdder> confirmations, long campaignId) {
        LongAdder added = confirmations.get(campaignId);
        return added == null ? 0 : added.sum();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignaturesChanged event) {
        changedSinceSnapshot = true;
    }

    /** Counted at once, after its commit: the next reading, begun after this, holds it. */
    void onConfirmed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignatureConfirmed event) {
        confirmedSinceReading.computeIfAbsent(event.campaignId(), campaign -> new LongAdder()).increment();
    }

    /** How old the counts on show are; empty before the first reading. */
    public Optional<Duration> age() {
        Snapshot seen = snapshot;
        return seen == null ? Optional.empty() : Optional.of(Duration.ofNanos(nanoClock.getAsLong() - seen.takenAt()));
    }

    /** Called every few hundred milliseconds; queries only when the snapshot is due, and says whether it did. */
    boolean refreshIfDue() {
        Snapshot seen = snapshot;
        long age = seen == null ? Long.MAX_VALUE : nanoClock.getAsLong() - seen.takenAt();
        boolean due = age > maxAgeMillis * 1_000_000L || (changedSinceSnapshot && age > CHANGED_REFRESH_NANOS);
        if (due && (seen == null || age > PAUSE_PER_QUERY_TIME * seen.pacingNanos())) {
            refresh();
            return true;
        }
        return false;
    }

    /** Reads the counts, timed for the pacing; then, off the clock, folds the changes if they piled up. */
    private synchronized void refresh() {
        changedSinceSnapshot = false;
        Map<Long, LongAdder> confirmedSince = new ConcurrentHashMap<>();
        confirmedSinceReading = confirmedSince;
        long started = nanoClock.getAsLong();
        CountLedger.Reading reading = ledger.read();
        long finished = nanoClock.getAsLong();
        snapshot = new Snapshot(reading.counts(), confirmedSince, finished, durations.addAndGetShortest(finished - started));
        if (reading.worthFolding()) {
            fold();
        }
    }

    private void fold() {
        try {
            ledger.fold();
            folding.succeeded();
        } catch (RuntimeException e) {
            folding.failed(e);
        }
    }

    private record Snapshot(Map<Long, Long> counts, Map<Long, LongAdder> confirmedSince, long takenAt, long pacingNanos) {
    }

    /** The last few query durations; only the refreshing thread (under the lock) touches them. */
    private static final class QueryDurations {
        private final long[] recent;
        private int next;
        private int filled;

        QueryDurations(int window) {
            recent = new long[window];
        }

        long addAndGetShortest(long nanos) {
            recent[next] = nanos;
            next = (next + 1) % recent.length;
            filled = Math.min(filled + 1, recent.length);
            long shortest = Long.MAX_VALUE;
            for (int i = 0; i < filled; i++) {
                shortest = Math.min(shortest, recent[i]);
            }
            return shortest;
        }
    }
}
