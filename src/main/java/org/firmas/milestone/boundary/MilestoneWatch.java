package org.firmas.milestone.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.Milestone;
import org.firmas.platform.FaultEpisode;
import org.firmas.platform.TimerBeat;
import org.firmas.signature.boundary.SignatureCounts;

/**
 * Notices milestones as the confirmed counts pass them. Every node watches the counts signature
 * already keeps in memory (nothing is queried per signature) and tries to record each milestone
 * once; the database keeps the first, so the record is one whatever the surge and however many
 * nodes. A node remembers what it has tried, so after that a tick costs a few map lookups.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MilestoneWatch {

    private static final Logger LOG = Logger.getLogger(MilestoneWatch.class.getName());
    private static final long TICK_MILLIS = 1_000;

    @Inject
    CampaignCatalog catalog;

    @Inject
    SignatureCounts counts;

    @Inject
    MilestoneRecorder recorder;

    @Resource
    TimerService timers;

    /** "campaign:signatures" of the milestones this node has seen recorded, by itself or another. */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    private final FaultEpisode watching = new FaultEpisode(LOG, "Milestones not recorded; they are tried again",
            "Milestones recorded again");

    @PostConstruct
    void start() {
        timers.createIntervalTimer(TICK_MILLIS, TICK_MILLIS, new TimerConfig(null, false));
    }

    @Timeout
    @Interceptors(TimerBeat.class)
    void tick() {
        try {
            for (Campaign campaign : catalog.all()) {
                if (campaign.definition().status().takesSignatures() && !campaign.definition().milestones().isEmpty()) {
                    check(campaign);
                }
            }
            watching.succeeded();
        } catch (RuntimeException e) {
            watching.failed(e);
        }
    }

    private void check(Campaign campaign) {
        long count = counts.confirmed(campaign.id());
        for (Milestone milestone : campaign.definition().milestones()) {
            String key = campaign.id() + ":" + milestone.signatures();
            if (count >= milestone.signatures() && !known.contains(key)) {
                recorder.reached(campaign, milestone);
                known.add(key);
            }
        }
    }
}
