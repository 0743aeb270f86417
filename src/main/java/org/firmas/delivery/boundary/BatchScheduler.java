package org.firmas.delivery.boundary;

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
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.campaign.entity.Campaign;
import org.firmas.platform.LeaderRound;
import org.firmas.platform.OncePerCluster;
import org.firmas.platform.TimerBeat;

/**
 * Fans out: every few seconds it asks each campaign whether a batch is due and has it queued.
 * Every node keeps the timer but only the cluster's leader does the round ({@link OncePerCluster});
 * should two nodes both believe they lead for a moment, the campaign row lock still lets only one
 * of them build a batch. The round itself holds no transaction: each campaign's batch commits on
 * its own ({@link DeliveryActions#queueIfDue}).
 */
@Startup
@Singleton
@DependsOn("CampaignFileWatcher")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchScheduler {

    private static final Logger LOG = Logger.getLogger(BatchScheduler.class.getName());

    @Inject
    @ConfigProperty(name = "firmas.delivery.check-seconds")
    long checkSeconds;

    @Inject
    CampaignCatalog catalog;

    @Inject
    DeliveryActions actions;

    @Inject
    OncePerCluster cluster;

    @Resource
    TimerService timers;

    private final LeaderRound rounds = new LeaderRound(LOG, "Batches not built; retrying every round",
            "Batches built again");

    @PostConstruct
    void start() {
        long interval = Math.max(1, checkSeconds) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    @Timeout
    @Interceptors(TimerBeat.class)
    void checkAll() {
        rounds.run(cluster, this::queueDueBatches);
    }

    /** One campaign's failure does not hold back the others' batches; the round then reports the last one. */
    private void queueDueBatches() {
        RuntimeException failed = null;
        for (Campaign campaign : catalog.all()) {
            try {
                long batch = actions.queueIfDue(campaign);
                if (batch > 0) {
                    LOG.info(() -> "Batch " + batch + " of campaign " + campaign.slug() + " queued");
                }
            } catch (RuntimeException e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
