package org.firmas.platform;

import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara Micro's data grid (Hazelcast), which every node of a cluster shares. The same instance
 * Payara uses for itself, found where Payara binds it; there is none with {@code --nohazelcast}
 * or outside Payara, and then a node works alone.
 */
@ApplicationScoped
public class DataGrid {

    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());
    static final String JNDI_NAME = "payara/Hazelcast";

    private final AtomicReference<Optional<HazelcastInstance>> instance = new AtomicReference<>();

    /** The running grid member of this node, if there is one. */
    public Optional<HazelcastInstance> instance() {
        Optional<HazelcastInstance> known = instance.get();
        if (known == null) {
            known = lookUp();
            instance.compareAndSet(null, known);
        }
        return known;
    }

    private static Optional<HazelcastInstance> lookUp() {
        try {
            Object found = new InitialContext().lookup(JNDI_NAME);
            if (found instanceof HazelcastInstance hazelcast && hazelcast.getLifecycleService().isRunning()) {
                return Optional.of(hazelcast);
            }
        } catch (NamingException | RuntimeException | LinkageError noGrid) {
            LOG.fine(() -> "No data grid: " + noGrid);
        }
        return Optional.empty();
    }
}
