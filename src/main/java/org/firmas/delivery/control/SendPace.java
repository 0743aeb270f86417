package org.firmas.delivery.control;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** Spaces sends so a provider's messages-per-second limit is respected. */
final class SendPace {

    private final long intervalNanos;
    private long next = System.nanoTime();

    SendPace(double perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
    }

    void await() {
        long now = System.nanoTime();
        if (next > now) {
            LockSupport.parkNanos(next - now);
        }
        next = Math.max(next, now) + intervalNanos;
    }
}
