package org.firmas.platform;

import com.hazelcast.cluster.Member;
import com.hazelcast.collection.ISet;
import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Lets scheduled work run on one node of the cluster at a time while every node keeps its own
 * timer. The node that leads is the oldest member of Payara Micro's data grid among those that
 * serve Firmas and are ready: each such node enters itself in a set the grid shares, and leaves it
 * when it is not ready or stops. Age alone is not enough: a Payara Micro that failed to start can
 * sit in the grid without ever running a job. Hazelcast keeps the member list in joining order,
 * the same on every member, so when the leader leaves the next oldest takes over with no election
 * of our own. A node without a data grid ({@code --nocluster}, {@code --nohazelcast}) is a cluster
 * of one and always leads. (Payara's clustered EJB timers belong to the node that created them,
 * and a {@code @Clustered} singleton shares state, not the timer: with either, every node would
 * still run the job.)
 *
 * <p>Leadership is a best effort for a few seconds around a change (a crashed leader is in the
 * member list until the grid notices it is gone, a split network has two oldest members), so a job
 * run this way must still be safe to run twice, as a locked row or a conditional update makes it.
 */
@ApplicationScoped
public class OncePerCluster {

    private static final Logger LOG = Logger.getLogger(OncePerCluster.class.getName());
    static final String SERVING_NODES = "firmas-serving-nodes";

    @Inject
    DataGrid grid;

    @Inject
    @Readiness
    Instance<HealthCheck> readinessChecks;

    /** Whether this node is fit to lead: every readiness check of the application is up. */
    BooleanSupplier ready = this::readinessChecksUp;

    private final AtomicReference<Boolean> ledBefore = new AtomicReference<>();

    /** Runs the job if this node leads the cluster now; returns whether it ran. */
    public boolean run(Runnable job) {
        if (!leadsHere()) {
            return false;
        }
        job.run();
        return true;
    }

    /** Whether this node is the one that runs the cluster's scheduled jobs now. */
    public boolean leadsHere() {
        boolean leads = grid.instance().map(this::leadsGrid).orElse(true);
        Boolean before = ledBefore.getAndSet(leads);
        if (before == null || before != leads) {
            LOG.info(leads ? "This node runs the cluster's scheduled jobs (" + membersText() + ")"
                    : "Another node runs the cluster's scheduled jobs (" + membersText() + ")");
        }
        return leads;
    }

    private boolean leadsGrid(HazelcastInstance hazelcast) {
        try {
            ISet<UUID> serving = hazelcast.getSet(SERVING_NODES);
            UUID here = hazelcast.getCluster().getLocalMember().getUuid();
            if (ready.getAsBoolean()) {
                serving.add(here);
            } else {
                serving.remove(here);
            }
            for (Member member : hazelcast.getCluster().getMembers()) {
                if (serving.contains(member.getUuid())) {
                    return member.localMember();
                }
            }
            return false;
        } catch (RuntimeException notRunning) {
            // Shutting down or not started: leave the work to a node that is up.
            return false;
        }
    }

    private boolean readinessChecksUp() {
        for (HealthCheck check : readinessChecks) {
            if (check.call().getStatus() != HealthCheckResponse.Status.UP) {
                return false;
            }
        }
        return true;
    }

    /** A node that stops hands the jobs on at once instead of when the grid notices it is gone. */
    @PreDestroy
    void leave() {
        grid.instance().ifPresent(hazelcast -> {
            try {
                hazelcast.getSet(SERVING_NODES).remove(hazelcast.getCluster().getLocalMember().getUuid());
            } catch (RuntimeException notRunning) {
                // The grid is gone already, and this node with it.
            }
        });
    }

    private String membersText() {
        return grid.instance().map(hazelcast -> {
            try {
                return hazelcast.getCluster().getMembers().size() + " members in the data grid";
            } catch (RuntimeException notRunning) {
                return "data grid not running";
            }
        }).orElse("no data grid, a single node");
    }
}
