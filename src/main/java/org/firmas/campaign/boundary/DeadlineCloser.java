package org.firmas.campaign.boundary;

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
import org.firmas.platform.LeaderRound;
import org.firmas.platform.OncePerCluster;
import org.firmas.platform.TimerBeat;

/**
 * Closes console campaigns whose deadline has passed, on the node that leads the cluster. The
 * catalog serves such a campaign closed from the first moment on every node; this writes the
 * closing to its row, as an organizer's "close" does, so the console shows it and delivery sends
 * the final batch (which waits for the row to say closed). A node that starts after a deadline
 * closes the campaign at its first round. File campaigns need no writing: their file is theirs.
 */
@Startup
@Singleton
@DependsOn("ConsoleCampaignLoader")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineCloser {

    private static final Logger LOG = Logger.getLogger(DeadlineCloser.class.getName());

    @Inject
    @ConfigProperty(name = "firmas.campaigns.reload-seconds")
    long reloadSeconds;

    @Inject
    ConsoleCampaigns campaigns;

    @Inject
    OncePerCluster cluster;

    @Resource
    TimerService timers;

    private final LeaderRound rounds = new LeaderRound(LOG, "Campaigns past their deadline not closed; trying again shortly",
            "Campaigns past their deadline closed again");

    @PostConstruct
    void start() {
        long interval = Math.max(1, reloadSeconds) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    @Timeout
    @Interceptors(TimerBeat.class)
    void closeDue() {
        rounds.run(cluster, () -> {
            int closed = campaigns.closePastDeadlines();
            if (closed > 0) {
                LOG.info(() -> "Campaigns closed at their deadline: " + closed);
            }
        });
    }
}
