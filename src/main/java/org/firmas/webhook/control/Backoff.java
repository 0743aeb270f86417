package org.firmas.webhook.control;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How long a failed delivery waits: the base doubled per attempt, capped at an hour, and spread
 * by a random half either way so that a receiver coming back is not hit by every retry at once.
 */
final class Backoff {

    static final Duration CAP = Duration.ofHours(1);

    private final long baseSeconds;
    private final DoubleSupplier random;

    Backoff(long baseSeconds, DoubleSupplier random) {
        this.baseSeconds = Math.max(1, baseSeconds);
        this.random = random;
    }

    /** After the given number of attempts (1 after the first). */
    Duration after(int attempts) {
        long exponent = Math.min(Math.max(attempts - 1, 0), 20);
        long seconds = Math.min(baseSeconds << exponent, CAP.toSeconds());
        return Duration.ofMillis((long) (seconds * 1000 * (0.5 + random.getAsDouble())));
    }
}
