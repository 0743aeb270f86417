package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which node runs the cluster's scheduled jobs: a node alone runs them all; in a data grid, the
 * oldest member that serves Firmas and is ready, whatever older members sit in the grid. The grid
 * members here are real Hazelcast members on loopback, as Payara Micro runs them.
 */
class OncePerClusterTest {

    private final String clusterName = "once-per-cluster-" + UUID.randomUUID();
    private final List<HazelcastInstance> members = new ArrayList<>();

    @AfterEach
    void leaveGrid() {
        members.forEach(member -> member.getLifecycleService().terminate());
    }

    @Test
    void aNodeWithoutADataGridLeadsAndRunsTheJob() {
        OncePerCluster cluster = new OncePerCluster();
        cluster.grid = new DataGrid();
        AtomicInteger runs = new AtomicInteger();

        assertTrue(cluster.grid.instance().isEmpty(), "outside Payara there is no grid");
        assertTrue(cluster.leadsHere());
        assertTrue(cluster.run(runs::incrementAndGet));
        assertTrue(cluster.run(runs::incrementAndGet));
        assertEquals(2, runs.get());
    }

    @Test
    void anOlderMemberThatNeverServesFirmasDoesNotHoldTheJobs() {
        member(); // a Payara Micro that joined the grid and then failed to start
        OncePerCluster serving = nodeOn(member(), () -> true);

        assertTrue(serving.leadsHere(), "the serving node runs the jobs though it joined last");
    }

    @Test
    void aLeaderThatIsNotReadyHandsTheJobsToOneThatIs() {
        AtomicBoolean firstReady = new AtomicBoolean(true);
        OncePerCluster first = nodeOn(member(), firstReady::get);
        OncePerCluster second = nodeOn(member(), () -> true);
        assertTrue(first.leadsHere(), "the oldest ready node leads");
        assertFalse(second.leadsHere());

        firstReady.set(false);
        assertFalse(first.leadsHere(), "a node whose readiness check is down steps aside");
        assertTrue(second.leadsHere());

        firstReady.set(true);
        assertTrue(first.leadsHere(), "and takes the jobs back once ready");
        assertFalse(second.leadsHere());
    }

    @Test
    void aNodeThatStopsHandsTheJobsOnAtOnce() {
        HazelcastInstance firstMember = member();
        OncePerCluster first = nodeOn(firstMember, () -> true);
        OncePerCluster second = nodeOn(member(), () -> true);
        assertTrue(first.leadsHere());
        assertFalse(second.leadsHere());

        first.leave(); // the application stops; its JVM and grid member may linger
        assertTrue(second.leadsHere());
    }

    private OncePerCluster nodeOn(HazelcastInstance member, BooleanSupplier ready) {
        OncePerCluster cluster = new OncePerCluster();
        cluster.grid = new DataGrid() {
            @Override
            public Optional<HazelcastInstance> instance() {
                return Optional.of(member);
            }
        };
        cluster.ready = ready;
        return cluster;
    }

    /** Joins one more member to the test's grid, which lives on loopback only. */
    private HazelcastInstance member() {
        Config config = new Config().setClusterName(clusterName);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.getNetworkConfig().setPort(5980).setPortCount(10).getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1");
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        members.add(member);
        return member;
    }
}
