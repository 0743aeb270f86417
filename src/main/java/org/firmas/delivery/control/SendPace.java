package org.firmas.delivery.control;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** Spaces sends so a provider's messages-per-second limit is respected, across all of a node's senders. */
final class SendPace {

    private final long intervalNanos;
    private long next = System.nanoTime();

    SendPace(double perSecond) {
        this.intervalNanos = perSecond <= 0 ? 0 : (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
    }

    void await() {
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            slot = Math.max(next, now);
            next = slot + intervalNanos;
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
