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
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.CampaignRecord;
import org.firmas.platform.FaultEpisode;
import org.firmas.platform.TimerBeat;

/**
 * Serves the console campaigns from the database: all of them at start, then every few seconds
 * whatever changed, so a campaign saved on another node shows up here too, and right after a save
 * on this node. Only a row whose change time moved is parsed again. It is the one writer of console
 * campaigns into the catalog, and its reloads run one at a time, so a later reload's reading
 * always lands last.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConsoleCampaignLoader {

    private static final Logger LOG = Logger.getLogger(ConsoleCampaignLoader.class.getName());

    @Inject
    @ConfigProperty(name = "firmas.campaigns.reload-seconds")
    long reloadSeconds;

    @Inject
    ConsoleCampaignRows rows;

    @Inject
    ConsoleCampaigns campaigns;

    @Inject
    CampaignCatalog catalog;

    @Inject
    @Readiness
    CampaignsReadiness readiness;

    @Resource
    TimerService timers;

    private final Map<String, Object> loaded = new HashMap<>();

    @PostConstruct
    void start() {
        reload();
        long interval = Math.max(1, reloadSeconds) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    private final FaultEpisode reloading = new FaultEpisode(LOG, "Console campaigns not reloaded; trying again shortly",
            "Console campaigns reloaded again");

    @Timeout
    @Interceptors(TimerBeat.class)
    void onTimer() {
        try {
            reload();
            reloading.succeeded();
        } catch (RuntimeException e) {
            reloading.failed(e);
        }
    }

    public synchronized void reload() {
        Map<String, Object> seen = new HashMap<>();
        for (Object[] stamp : rows.liveConsoleStamps()) {
            long id = ((Number) stamp[0]).longValue();
            String slug = (String) stamp[1];
            Object updated = stamp[2];
            seen.put(slug, updated);
            if (Objects.equals(loaded.get(slug), updated) && catalog.find(slug).isPresent()) {
                continue;
            }
            rows.find(id).flatMap(campaigns::definitionOf).ifPresentOrElse(
                    definition -> catalog.put(new Campaign(id, definition), CampaignRecord.Source.CONSOLE),
                    () -> LOG.warning(() -> "Console campaign " + slug + " could not be read; keeping what is served"));
        }
        loaded.clear();
        loaded.putAll(seen);
        catalog.retain(CampaignRecord.Source.CONSOLE, seen.keySet());
        readiness.consoleRead();
    }
}
