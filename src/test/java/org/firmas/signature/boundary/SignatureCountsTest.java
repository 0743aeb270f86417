package org.firmas.signature.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.firmas.signature.control.CountLedger;
import org.firmas.signature.entity.SignatureConfirmed;
import org.junit.jupiter.api.Test;

/** When the background timer's ticks query the counts, on a clock the test moves. */
class SignatureCountsTest {

    private long now = TimeUnit.SECONDS.toNanos(100);
    private long queryMillis;
    private int queries;

    @Test
    void aQuickCountIsRefreshedOnceTheSnapshotIsTooOld() {
        SignatureCounts counts = countsTakingMillis(2);
        counts.refreshIfDue();
        assertEquals(1, queries);

        advanceMillis(1_500);
        counts.refreshIfDue();
        assertEquals(1, queries, "still young enough");

        advanceMillis(600);
        counts.refreshIfDue();
        assertEquals(2, queries, "older than the two-second limit");
        assertEquals(7L, counts.confirmed(42));
    }

    @Test
    void aSlowCountWaitsTenTimesItsOwnDurationBeforeTheNext() {
        SignatureCounts counts = countsTakingMillis(400);
        counts.refreshIfDue();
        assertEquals(1, queries);

        advanceMillis(3_000);
        counts.refreshIfDue();
        assertEquals(1, queries, "due by age, but the last query took 0.4 s: not before 4 s");

        advanceMillis(1_100);
        counts.refreshIfDue();
        assertEquals(2, queries);
    }

    @Test
    void oneStalledCountDoesNotHoldTheNextBackTenTimesItsDuration() {
        SignatureCounts counts = countsTakingMillis(2);
        counts.refreshIfDue();
        queryMillis = 800;
        advanceMillis(2_100);
        counts.refreshIfDue();
        assertEquals(2, queries, "the stalled query");

        queryMillis = 2;
        advanceMillis(2_100);
        counts.refreshIfDue();
        assertEquals(3, queries, "paced by the quick query before it, not by 8 s");
    }

    @Test
    void aFoldThatFailsLeavesTheCountsItRead() {
        AtomicInteger folds = new AtomicInteger();
        SignatureCounts counts = new SignatureCounts();
        counts.maxAgeMillis = 2_000;
        counts.ledger = new CountLedger() {
            @Override
            public Reading read() {
                return new Reading(Map.of(42L, 9L), CountLedger.FOLD_AFTER_SURPLUS_ROWS);
            }

            @Override
            public void fold() {
                folds.incrementAndGet();
                throw new IllegalStateException("no connection");
            }
        };

        assertEquals(9L, counts.confirmed(42));
        assertEquals(1, folds.get(), "a fold was tried");
    }

    @Test
    void aConfirmationOnThisNodeCountsAtOnceUntilTheNextReadingHoldsIt() {
        SignatureCounts counts = countsTakingMillis(2);
        counts.refreshIfDue();

        counts.onConfirmed(new SignatureConfirmed(42, 7));
        counts.onConfirmed(new SignatureConfirmed(42, 7));

        assertEquals(9L, counts.confirmed(42), "the reading's 7 and the two just confirmed");
        assertEquals(0L, counts.confirmed(43), "another campaign's count is untouched");
        advanceMillis(2_100);
        counts.refreshIfDue();
        assertEquals(7L, counts.confirmed(42), "the new reading is the count: nothing is added twice");
    }

    @Test
    void aConfirmationDuringAReadingCountsBeforeAndAfterItEnds() {
        SignatureCounts counts = new SignatureCounts();
        counts.maxAgeMillis = 2_000;
        counts.nanoClock = () -> now;
        counts.ledger = new CountLedger() {
            @Override
            public Reading read() {
                if (queries++ == 1) {
                    // Committed after this reading began: the reading does not see it.
                    counts.onConfirmed(new SignatureConfirmed(42, 7));
                    assertEquals(8L, counts.confirmed(42), "while the reading runs");
                }
                return new Reading(Map.of(42L, 7L), 0);
            }
        };
        counts.refreshIfDue();
        advanceMillis(2_100);

        counts.refreshIfDue();

        assertEquals(8L, counts.confirmed(42), "the new reading's 7 and the one it missed");
    }

    private SignatureCounts countsTakingMillis(long millis) {
        queryMillis = millis;
        SignatureCounts counts = new SignatureCounts();
        counts.ledger = new CountLedger() {
            @Override
            public Reading read() {
                queries++;
                advanceMillis(queryMillis);
                return new Reading(Map.of(42L, 7L), 0);
            }
        };
        counts.maxAgeMillis = 2_000;
        counts.nanoClock = () -> now;
        return counts;
    }

    private void advanceMillis(long millis) {
        now += TimeUnit.MILLISECONDS.toNanos(millis);
    }
}
