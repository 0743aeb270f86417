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
import java.util.logging.Logger;
import org.firmas.platform.FaultEpisode;
import org.firmas.platform.TimerBeat;

/** Keeps the counts fresh off the request path: no visitor ever waits for the count query. */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CountRefresher {

    private static final Logger LOG = Logger.getLogger(CountRefresher.class.getName());
    private static final long TICK_MILLIS = 300;

    @Inject
    SignatureCounts counts;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(TICK_MILLIS, TICK_MILLIS, new TimerConfig(null, false));
    }

    private final FaultEpisode refreshing = new FaultEpisode(LOG, "Counts not refreshed; the last ones stay on show",
            "Counts refreshed again");

    @Timeout
    @Interceptors(TimerBeat.class)
    void tick() {
        try {
            if (counts.refreshIfDue()) {
                refreshing.succeeded();
            }
        } catch (RuntimeException e) {
            refreshing.failed(e);
        }
    }
}
