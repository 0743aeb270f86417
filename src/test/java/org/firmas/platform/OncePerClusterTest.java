package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Without a data grid (no Payara, or --nohazelcast) a node is a cluster of one and runs every job. */
class OncePerClusterTest {

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
}
