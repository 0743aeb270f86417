package org.firmas.platform;

import com.hazelcast.cluster.Cluster;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * Lets scheduled work run on one node of the cluster at a time while every node keeps its own
 * timer. The node that leads is the oldest member of Payara Micro's data grid: Hazelcast keeps the
 * member list in joining order, the same on every member, so when the leader leaves the next
 * oldest takes over with no election of our own. A node without a data grid ({@code --nocluster},
 * {@code --nohazelcast}) is a cluster of one and always leads. (Payara's clustered EJB timers
 * belong to the node that created them, and a {@code @Clustered} singleton shares state, not the
 * timer: with either, every node would still run the job.)
 *
 * <p>Leadership is a best effort for a few seconds around a change (a crashed leader is in the
 * member list until the grid notices it is gone, a split network has two oldest members), so a job
 * run this way must still be safe to run twice, as a locked row or a conditional update makes it.
 */
@ApplicationScoped
public class OncePerCluster {

    private static final Logger LOG = Logger.getLogger(OncePerCluster.class.getName());

    @Inject
    DataGrid grid;

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
        boolean leads = grid.instance().map(OncePerCluster::isOldestMember).orElse(true);
        Boolean before = ledBefore.getAndSet(leads);
        if (before == null || before != leads) {
            LOG.info(leads ? "This node runs the cluster's scheduled jobs (" + membersText() + ")"
                    : "Another node runs the cluster's scheduled jobs (" + membersText() + ")");
        }
        return leads;
    }

    private static boolean isOldestMember(HazelcastInstance hazelcast) {
        try {
            Cluster cluster = hazelcast.getCluster();
            Iterator<Member> members = cluster.getMembers().iterator();
            return !members.hasNext() || members.next().localMember();
        } catch (RuntimeException notRunning) {
            // Shutting down or not started: leave the work to a node that is up.
            return false;
        }
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
