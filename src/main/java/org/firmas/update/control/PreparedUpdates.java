package org.firmas.update.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.firmas.campaign.entity.CampaignStatus;
import org.firmas.campaign.entity.CampaignStatusChanged;
import org.firmas.platform.Languages;
import org.firmas.update.entity.SupporterUpdate;
import org.firmas.update.entity.UpdateDraft;
import org.firmas.update.entity.UpdateStatus;
import org.firmas.update.entity.UpdateSuggested;

/**
 * Turns what other parts of Firmas suggest (a milestone, a response) and a victory into drafts
 * awaiting an organizer's approval, one per campaign and cause. Only once the cause has
 * committed: a milestone rolled back prepares nothing. Nothing is sent from here.
 */
@ApplicationScoped
public class PreparedUpdates {

    /** The origin of the update a victory prepares. */
    public static final String VICTORY = "won";

    private static final Logger LOG = Logger.getLogger(PreparedUpdates.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CampaignTitles titles;

    @Inject
    PreparedUpdates self;

    void onSuggested(@Observes(during = TransactionPhase.AFTER_SUCCESS) UpdateSuggested suggested) {
        prepareQuietly(suggested.campaignId(), suggested.origin(), new UpdateDraft(suggested.subjects(), suggested.bodies(), ""));
    }

    void onStatusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CampaignStatusChanged changed) {
        if (changed.to() == CampaignStatus.WON) {
            Map<String, String> campaignTitles = new HashMap<>();
            Languages.all().forEach(language -> campaignTitles.put(language, titles.of(changed.campaignId(), language)));
            prepareQuietly(changed.campaignId(), VICTORY, VictoryText.draft(campaignTitles));
        }
    }

    /** The cause has happened whatever becomes of its draft: a failure here is logged, never thrown back. */
    private void prepareQuietly(long campaignId, String origin, UpdateDraft draft) {
        try {
            self.prepare(campaignId, origin, draft);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Update " + origin + " of campaign " + campaignId + " not prepared: " + e.getClass().getSimpleName());
        }
    }

    /** Does nothing when the cause already prepared one (a second node, a repeated event). */
    // Its own transaction: the cause's has committed already.
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void prepare(long campaignId, String origin, UpdateDraft draft) {
        boolean exists = !em.createNamedQuery(SupporterUpdate.BY_ORIGIN, SupporterUpdate.class)
                .setParameter("campaign", campaignId).setParameter("origin", origin).getResultList().isEmpty();
        if (!exists) {
            em.persist(new SupporterUpdate(campaignId, UpdateStatus.AWAITING_APPROVAL, origin, draft, null, clock.instant()));
        }
    }
}
