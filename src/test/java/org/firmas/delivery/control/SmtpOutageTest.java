package org.firmas.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SmtpOutageTest {

    private final AtomicLong now = new AtomicLong(42);
    private final SmtpOutage outage = new SmtpOutage(now::get);

    @Test
    void aReachableServerIsNeverWaitedFor() {
        assertFalse(outage.pausing());
    }

    @Test
    void eachFailedTryAfterAPauseDoublesItUpToHalfAMinute() {
        assertEquals(Duration.ofSeconds(1), failAfterThePause());
        assertEquals(Duration.ofSeconds(2), failAfterThePause());
        assertEquals(Duration.ofSeconds(4), failAfterThePause());
        for (int i = 0; i < 10; i++) {
            failAfterThePause();
        }
        assertEquals(Duration.ofSeconds(30), failAfterThePause());
    }

    @Test
    void sendersFailingWithinOnePauseDoNotLengthenIt() {
        outage.connectionFailed();
        now.addAndGet(Duration.ofMillis(400).toNanos());

        assertEquals(Duration.ofMillis(600), outage.connectionFailed());
        assertTrue(outage.pausing());
        now.addAndGet(Duration.ofMillis(600).toNanos());
        assertFalse(outage.pausing());
    }

    @Test
    void aConnectionEndsThePauseAndTheNextOutageStartsShortAgain() {
        failAfterThePause();
        failAfterThePause();
        outage.connected();

        assertFalse(outage.pausing());
        assertEquals(Duration.ofSeconds(1), outage.connectionFailed());
    }

    private Duration failAfterThePause() {
        while (outage.pausing()) {
            now.addAndGet(Duration.ofMillis(100).toNanos());
        }
        return outage.connectionFailed();
    }
}
