package org.firmas.platform;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * The rounds of a job the cluster's leader runs on a timer. A tick that comes while the previous
 * round is still at work is skipped rather than queued behind it (a slow database would otherwise
 * pile rounds up), and a fault met at every tick is logged once ({@link FaultEpisode}).
 */
public final class LeaderRound {

    private final AtomicBoolean running = new AtomicBoolean();
    private final FaultEpisode faults;

    /** @param whatFails what a failing round means to someone reading the log; @param whenOver what it says when rounds succeed again */
    public LeaderRound(Logger log, String whatFails, String whenOver) {
        this.faults = new FaultEpisode(log, whatFails, whenOver);
    }

    /** Runs the job if this node leads the cluster and no earlier round is still running; returns whether it ran. */
    public boolean run(OncePerCluster cluster, Runnable job) {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        try {
            boolean ran = cluster.run(job);
            faults.succeeded();
            return ran;
        } catch (RuntimeException e) {
            faults.failed(e);
            return false;
        } finally {
            running.set(false);
        }
    }
}
