package org.firmas.platform;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * A query a public page shows, read at most once every few seconds per campaign. When a reading
 * grows old, one view reads it again while every other view meanwhile gets the last one, so a surge
 * sends one query rather than one per view waiting on the database. Only the very first reading of
 * a campaign is waited for. A database that cannot be read keeps the last reading (the empty value
 * before any) and is logged once per fault episode; it is tried again when that reading grows old.
 */
public final class KeptReadings<V> {

    private final long maxAgeNanos;
    private final V empty;
    private final FaultEpisode faults;
    private final LongSupplier nanoClock;
    private final Map<Long, Kept<V>> byCampaign = new ConcurrentHashMap<>();

    public KeptReadings(Duration maxAge, V empty, FaultEpisode faults) {
        this(maxAge, empty, faults, System::nanoTime);
    }

    KeptReadings(Duration maxAge, V empty, FaultEpisode faults, LongSupplier nanoClock) {
        this.maxAgeNanos = maxAge.toNanos();
        this.empty = empty;
        this.faults = faults;
        this.nanoClock = nanoClock;
    }

    /** The campaign's reading, read with {@code read} when there is none yet or it has grown old. */
    public V of(long campaignId, LongFunction<V> read) {
        Kept<V> kept = byCampaign.get(campaignId);
        if (kept == null) {
            kept = byCampaign.computeIfAbsent(campaignId, id -> new Kept<>(readOrKeep(id, read, empty), nanoClock.getAsLong()));
        }
        if (nanoClock.getAsLong() - kept.takenAt() <= maxAgeNanos || !kept.refreshing().compareAndSet(false, true)) {
            return kept.value();
        }
        try {
            Kept<V> fresh = new Kept<>(readOrKeep(campaignId, read, kept.value()), nanoClock.getAsLong());
            byCampaign.put(campaignId, fresh);
            return fresh.value();
        } finally {
            kept.refreshing().set(false);
        }
    }

    /** The campaign's reading is read again by the next view: this node has just changed what it reads. */
    public void forget(long campaignId) {
        byCampaign.remove(campaignId);
    }

    private V readOrKeep(long campaignId, LongFunction<V> read, V last) {
        try {
            V value = read.apply(campaignId);
            faults.succeeded();
            return value;
        } catch (RuntimeException e) {
            faults.failed(e);
            return last;
        }
    }

    private record Kept<V>(V value, long takenAt, AtomicBoolean refreshing) {

        Kept(V value, long takenAt) {
            this(value, takenAt, new AtomicBoolean());
        }
    }
}
