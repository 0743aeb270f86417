package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** A reading per campaign kept a few seconds, read again by one view at a time, kept through a fault. */
class KeptReadingsTest {

    private static final Duration MAX_AGE = Duration.ofSeconds(5);

    private final AtomicLong now = new AtomicLong();
    private final KeptReadings<String> readings = new KeptReadings<>(MAX_AGE, "none",
            new FaultEpisode(Logger.getLogger(KeptReadingsTest.class.getName()), "not read", "read again"), now::get);

    @Test
    void aReadingServesEveryViewUntilItGrowsOldThenItIsReadAgain() {
        AtomicInteger reads = new AtomicInteger();
        assertEquals("read 1", readings.of(7, id -> "read " + reads.incrementAndGet()));
        now.addAndGet(MAX_AGE.toNanos());
        assertEquals("read 1", readings.of(7, id -> "read " + reads.incrementAndGet()), "five seconds old is still fresh");
        now.incrementAndGet();
        assertEquals("read 2", readings.of(7, id -> "read " + reads.incrementAndGet()));
        assertEquals("campaign 8", readings.of(8, id -> "campaign " + id), "each campaign has its own");
    }

    @Test
    void aFaultKeepsTheLastReadingOrTheEmptyOneAndIsTriedAgainWhenThatGrowsOld() {
        assertEquals("none", readings.of(7, id -> {
            throw new IllegalStateException("database gone");
        }));
        now.addAndGet(MAX_AGE.toNanos() + 1);
        assertEquals("counts", readings.of(7, id -> "counts"));
        now.addAndGet(MAX_AGE.toNanos() + 1);
        assertEquals("counts", readings.of(7, id -> {
            throw new IllegalStateException("database gone again");
        }));
        assertEquals("counts", readings.of(7, id -> "not asked: the failed try is five seconds' reading too"));
    }

    /** Views arriving while one reads an old reading again get the old one at once instead of each querying. */
    @Test
    void whileOneViewReadsAgainTheOthersGetTheLastReading() throws Exception {
        readings.of(7, id -> "old");
        now.addAndGet(MAX_AGE.toNanos() + 1);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        ExecutorService views = Executors.newFixedThreadPool(9);
        try {
            Future<String> reader = views.submit(() -> readings.of(7, id -> {
                reads.incrementAndGet();
                reading.countDown();
                await(release);
                return "new";
            }));
            assertEquals(true, reading.await(10, TimeUnit.SECONDS), "the first view began reading");
            List<Future<String>> others = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                others.add(views.submit(() -> readings.of(7, id -> {
                    reads.incrementAndGet();
                    return "read by another view";
                })));
            }
            for (Future<String> other : others) {
                assertEquals("old", other.get(10, TimeUnit.SECONDS));
            }
            release.countDown();
            assertEquals("new", reader.get(10, TimeUnit.SECONDS));
            assertEquals(1, reads.get(), "one query for nine views");
            assertEquals("new", readings.of(7, id -> "not asked"));
        } finally {
            views.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
