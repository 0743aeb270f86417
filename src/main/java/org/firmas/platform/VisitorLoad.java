package org.firmas.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.DoubleSupplier;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether visitors keep this node's cores busy, so that work nobody is waiting on (sending mail,
 * queueing an update's mails) gives way: in a surge the pages come first, and the mail catches up
 * once it has passed. Busy means both that the machine's CPU is saturated and that requests are
 * coming in; CPU saturated by the mail alone, with nobody on the site, is no reason to slow it.
 * Requests are counted by {@link VisitorLoadFilter}; the figures are read at most every quarter
 * of a second, by the background threads that ask. A wait of 0 turns giving way off: the node is
 * then never busy.
 */
@ApplicationScoped
public class VisitorLoad {

    /** The share of the machine's CPU in use from which its cores count as saturated. */
    static final double SATURATED = 0.9;
    /** Requests a second from which the site counts as visited. */
    static final double VISITED = 50;
    static final long SAMPLE_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    /** How long background work waits per step while the node is busy. */
    @Inject
    @ConfigProperty(name = "firmas.outbox.give-way-millis")
    long giveWayMillis;

    private final LongAdder requests = new LongAdder();
    private final DoubleSupplier cpuLoad;
    private final LongSupplier nanoClock;
    private final LongConsumer parker;

    private boolean busy;
    private long sampledAt;
    private long requestsThen;

    public VisitorLoad() {
        this(VisitorLoad::machineCpuLoad, System::nanoTime, LockSupport::parkNanos);
    }

    VisitorLoad(DoubleSupplier cpuLoad, LongSupplier nanoClock, LongConsumer parker) {
        this.cpuLoad = cpuLoad;
        this.nanoClock = nanoClock;
        this.parker = parker;
        this.sampledAt = nanoClock.getAsLong();
    }

    void arrived() {
        requests.increment();
    }

    public synchronized boolean busy() {
        if (giveWayMillis <= 0) {
            return false;
        }
        long now = nanoClock.getAsLong();
        if (now - sampledAt >= SAMPLE_NANOS) {
            long seen = requests.sum();
            double perSecond = (seen - requestsThen) * 1e9 / (now - sampledAt);
            // Asked every time, so that each reading covers the span since the last one.
            double cpu = cpuLoad.getAsDouble();
            busy = perSecond >= VISITED && cpu >= SATURATED;
            sampledAt = now;
            requestsThen = seen;
        }
        return busy;
    }

    /** Waits a while if the node is busy, so a background loop that calls it before each step slows down; whether it waited. */
    public boolean giveWay() {
        if (!busy()) {
            return false;
        }
        parker.accept(TimeUnit.MILLISECONDS.toNanos(giveWayMillis));
        return true;
    }

    /** The machine's (or container's) recent CPU use from 0 to 1; negative where the JDK cannot tell, which counts as idle. */
    private static double machineCpuLoad() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getCpuLoad() : -1;
    }
}
