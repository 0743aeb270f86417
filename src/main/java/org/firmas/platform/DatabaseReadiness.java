package org.firmas.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Part of /health/ready: the database answers. The answer is the last probe's, and a probe runs
 * on a thread of its own at most every two seconds: the cluster asks readiness at every round of
 * its timers ({@link OncePerCluster}), and a node whose connections are all at work is busy, not
 * down, so no caller ever waits for a free connection here.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final long PROBE_EVERY_NANOS = TimeUnit.SECONDS.toNanos(2);
    static final int ANSWER_WITHIN_SECONDS = 2;

    @Resource(lookup = FirmasDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile Probe last;

    @Override
    public HealthCheckResponse call() {
        Probe seen = last;
        if (seen == null) {
            seen = probe();
        } else if (System.nanoTime() - seen.nanos() > PROBE_EVERY_NANOS && probing.compareAndSet(false, true)) {
            probeAside();
        }
        return HealthCheckResponse.named("database-reachable").status(seen.reachable()).withData("reason", seen.reason()).build();
    }

    private void probeAside() {
        try {
            executor.execute(() -> {
                try {
                    probe();
                } finally {
                    probing.set(false);
                }
            });
        } catch (RejectedExecutionException stopping) {
            probing.set(false);
        }
    }

    private Probe probe() {
        Probe result;
        try (Connection connection = dataSource.getConnection()) {
            result = connection.isValid(ANSWER_WITHIN_SECONDS) ? new Probe(true, "the database answers")
                    : new Probe(false, "the database did not answer within " + ANSWER_WITHIN_SECONDS + " s");
        } catch (SQLException | RuntimeException e) {
            result = new Probe(false, "no connection to the database: " + e.getClass().getSimpleName());
        }
        last = result;
        return result;
    }

    private record Probe(boolean reachable, String reason, long nanos) {
        Probe(boolean reachable, String reason) {
            this(reachable, reason, System.nanoTime());
        }
    }
}
