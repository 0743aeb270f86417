package org.firmas.mydata.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.platform.FaultEpisode;
import org.firmas.platform.TimerBeat;

/**
 * Handles the stored requests for "my data" links on every node, every
 * {@code firmas.mydata.poll-millis}: each request in a transaction of its own, claimed with SKIP
 * LOCKED, so nodes share the work and never send one link twice. A request whose handling fails
 * ends the round; it is tried by the next two and then given up, so it cannot hold up the others. Each round first deletes links
 * long expired. A database outage is logged once when it starts and once when it is over.
 */
@Startup
@Singleton
@DependsOn({"SchemaMigration", "MyDataLinkRekeying"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MyDataRequestRounds {

    private static final Logger LOG = Logger.getLogger(MyDataRequestRounds.class.getName());
    /** A round stops after this long, so a flood of requests never holds a timer thread for good. */
    private static final long ROUND_BUDGET_NANOS = TimeUnit.SECONDS.toNanos(20);

    @Inject
    @ConfigProperty(name = "firmas.mydata.poll-millis")
    long pollMillis;

    @Inject
    MyDataRequests requests;

    @Resource
    TimerService timers;

    private final FaultEpisode rounds = new FaultEpisode(LOG, "Requests for my-data links wait: rounds end early; each next one tries again",
            "Requests for my-data links are handled again");
    /** A timer may fire while the round before is still at work; that one then skips. */
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean stopping;

    @PostConstruct
    void start() {
        long interval = Math.max(50, pollMillis);
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }

    @Timeout
    @Interceptors(TimerBeat.class)
    void round() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        long started = System.nanoTime();
        try {
            requests.purge();
            Optional<Long> next;
            while (!stopping && System.nanoTime() - started < ROUND_BUDGET_NANOS && (next = requests.nextAttempt()).isPresent()) {
                requests.handle(next.get());
            }
            rounds.succeeded();
        } catch (RuntimeException e) {
            rounds.failed(e);
        } finally {
            busy.set(false);
        }
    }
}
