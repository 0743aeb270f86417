package org.firmas.delivery.control;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A node's senders stop claiming mail while the SMTP server cannot be reached, and try again
 * after a pause that doubles with each failed try, from a second up to half a minute. Claiming
 * meanwhile would only hand the same mails back, or charge them attempts they never had.
 */
final class SmtpOutage {

    private static final long FIRST_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long LONGEST_PAUSE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final LongSupplier nanoClock;
    private long pause;
    private long pausedUntil;

    SmtpOutage(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.pausedUntil = nanoClock.getAsLong();
    }

    synchronized boolean pausing() {
        return nanoClock.getAsLong() - pausedUntil < 0;
    }

    /**
     * A connection failed: the pause until the next try. Senders that fail together, within one
     * pause, do not lengthen it; a try after the pause that fails again doubles it.
     */
    synchronized Duration connectionFailed() {
        long now = nanoClock.getAsLong();
        if (now - pausedUntil < 0) {
            return Duration.ofNanos(pausedUntil - now);
        }
        pause = pause == 0 ? FIRST_PAUSE_NANOS : Math.min(pause * 2, LONGEST_PAUSE_NANOS);
        pausedUntil = now + pause;
        return Duration.ofNanos(pause);
    }

    synchronized void connected() {
        pause = 0;
        pausedUntil = nanoClock.getAsLong();
    }
}
