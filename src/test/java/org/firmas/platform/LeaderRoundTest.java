package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A round runs on the node that leads, never inside another round, and tells a lasting fault once. */
class LeaderRoundTest {

    private final Logger log = Logger.getLogger(LeaderRoundTest.class.getName() + ".rounds");
    private final List<String> lines = new ArrayList<>();
    private final Handler collector = new Handler() {
        @Override
        public void publish(LogRecord line) {
            lines.add(line.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final LeaderRound round = new LeaderRound(log, "Jobs failing", "Jobs working again");
    private final OncePerCluster aloneAndLeading = aloneAndLeading();

    LeaderRoundTest() {
        log.setUseParentHandlers(false);
        log.addHandler(collector);
    }

    @AfterEach
    void detach() {
        log.removeHandler(collector);
    }

    @Test
    void theLeaderRunsEachRound() {
        AtomicInteger runs = new AtomicInteger();

        assertTrue(round.run(aloneAndLeading, runs::incrementAndGet));
        assertTrue(round.run(aloneAndLeading, runs::incrementAndGet));

        assertEquals(2, runs.get());
    }

    @Test
    void aTickDuringARoundIsSkipped() {
        AtomicInteger runs = new AtomicInteger();
        AtomicBoolean nestedRan = new AtomicBoolean(true);

        round.run(aloneAndLeading, () -> {
            runs.incrementAndGet();
            nestedRan.set(round.run(aloneAndLeading, runs::incrementAndGet));
        });

        assertEquals(1, runs.get());
        assertFalse(nestedRan.get());
        assertTrue(round.run(aloneAndLeading, runs::incrementAndGet), "the next tick after the round runs again");
    }

    @Test
    void aFaultAtEveryTickIsLoggedOnceAndItsEndOnce() {
        for (int tick = 0; tick < 3; tick++) {
            assertFalse(round.run(aloneAndLeading, () -> {
                throw new IllegalStateException("database gone");
            }));
        }
        round.run(aloneAndLeading, () -> { });
        round.run(aloneAndLeading, () -> { });

        assertEquals(List.of("Jobs failing (IllegalStateException)", "Jobs working again"), lines);
    }

    private static OncePerCluster aloneAndLeading() {
        OncePerCluster cluster = new OncePerCluster();
        cluster.grid = new DataGrid();
        return cluster;
    }
}
