package org.firmas.signature.boundary;

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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.campaign.entity.Campaign;
import org.firmas.platform.OncePerCluster;
import org.firmas.platform.LeaderRound;
import org.firmas.platform.TimerBeat;

/**
 * Runs the retention rule on a timer: notes when campaigns close, then erases signer data of
 * campaigns closed longer than {@code FIRMAS_RETENTION_DAYS}, and forgets expired proof-of-work puzzles
 * (off the signing path). Only the cluster's leader runs it
 * ({@link OncePerCluster}); erasing twice changes nothing, so a moment with two leaders does no harm.
 */
@Startup
@Singleton
@DependsOn("CampaignFileWatcher")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionTimer {

    private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());

    @Inject
    @ConfigProperty(name = "firmas.retention.days")
    long days;

    @Inject
    @ConfigProperty(name = "firmas.retention.check-seconds")
    long checkSeconds;

    @Inject
    CampaignCatalog catalog;

    @Inject
    SignerDataRetention retention;

    @Inject
    Clock clock;

    @Inject
    OncePerCluster cluster;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        long interval = Math.max(1, checkSeconds) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    private final LeaderRound rounds = new LeaderRound(LOG, "Retention not applied; trying again at each check",
            "Retention applied again");

    @Timeout
    @Interceptors(TimerBeat.class)
    void onTimer() {
        rounds.run(cluster, this::apply);
    }

    private void apply() {
        Instant now = clock.instant();
        for (Campaign campaign : catalog.all()) {
            retention.noteStatus(campaign, now);
        }
        int erased = retention.eraseClosedBefore(now.minus(Duration.ofDays(days)), now);
        retention.forgetSpentPuzzles();
        if (erased > 0) {
            LOG.info(() -> "Personal data of " + erased + " signers erased after the retention period");
        }
    }
}
