package org.firmas.update.boundary;

import jakarta.annotation.PostConstruct;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.firmas.platform.LeaderRound;
import org.firmas.platform.OncePerCluster;
import org.firmas.platform.TimerBeat;
import org.firmas.platform.VisitorLoad;
import org.firmas.update.control.UpdateQueueing;
import org.firmas.update.entity.SupporterUpdate;

/**
 * Fans out: every two seconds, the cluster's leader queues the mails of the updates being sent,
 * chunk by chunk ({@link UpdateQueueing}), for at most a few seconds a round, so a large update
 * shares the database with everything else rather than holding it; while visitors keep the node
 * busy ({@link VisitorLoad}), one chunk per update a round, as the outbox then sends slowly too.
 * After a crash the next round simply continues: the state is in the update's row. The outbox then
 * sends at its own rate.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UpdateSending {

    private static final Logger LOG = Logger.getLogger(UpdateSending.class.getName());
    private static final long INTERVAL_MILLIS = 2000;
    private static final long ROUND_BUDGET_NANOS = TimeUnit.SECONDS.toNanos(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    UpdateQueueing queueing;

    @Inject
    OncePerCluster cluster;

    @Inject
    VisitorLoad visitors;

    @Resource
    TimerService timers;

    private final LeaderRound rounds = new LeaderRound(LOG, "Update mails not queued; retrying every round",
            "Update mails queued again");

    @PostConstruct
    void start() {
        timers.createIntervalTimer(INTERVAL_MILLIS, INTERVAL_MILLIS, new TimerConfig(null, false));
    }

    @Timeout
    @Interceptors(TimerBeat.class)
    void round() {
        rounds.run(cluster, this::queueSome);
    }

    private void queueSome() {
        long started = System.nanoTime();
        List<Long> sending = em.createNamedQuery(SupporterUpdate.SENDING, Long.class).getResultList();
        for (long updateId : sending) {
            // One chunk per transaction, until the update is queued or the round's time is up.
            boolean more;
            do {
                more = queueing.queueNext(updateId);
            } while (more && System.nanoTime() - started < ROUND_BUDGET_NANOS && !visitors.busy());
        }
    }
}
