package org.firmas.response.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firmas.response.control.ResponseUpdate;
import org.firmas.response.entity.OfficialResponse;
import org.firmas.response.entity.RecordedResponse;
import org.firmas.response.entity.ResponseText;
import org.firmas.update.entity.UpdateSuggested;

/**
 * Officials' responses to a campaign: recorded, corrected and deleted by its organizers (who are
 * checked by the console before it calls), read by the campaign's page, and prepared as a
 * supporter update. Every call names the campaign, so a response is only ever reached through
 * the campaign it belongs to.
 */
@ApplicationScoped
public class OfficialResponses {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<UpdateSuggested> updates;

    @Transactional
    public List<RecordedResponse> of(long campaignId) {
        return em.createNamedQuery(OfficialResponse.OF_CAMPAIGN, OfficialResponse.class).setParameter("campaign", campaignId)
                .getResultList().stream().map(OfficialResponses::recorded).toList();
    }

    @Transactional
    public Optional<RecordedResponse> find(long campaignId, long responseId) {
        return row(campaignId, responseId).map(OfficialResponses::recorded);
    }

    @Transactional
    public long record(long campaignId, ResponseText text) {
        OfficialResponse response = new OfficialResponse(campaignId, clock.instant());
        response.write(text);
        em.persist(response);
        em.flush();
        return response.getId();
    }

    /** False when the response is gone (deleted in another tab) or not this campaign's. */
    @Transactional
    public boolean change(long campaignId, long responseId, ResponseText text) {
        Optional<OfficialResponse> response = row(campaignId, responseId);
        response.ifPresent(found -> found.write(text));
        return response.isPresent();
    }

    @Transactional
    public boolean delete(long campaignId, long responseId) {
        Optional<OfficialResponse> response = row(campaignId, responseId);
        response.ifPresent(em::remove);
        return response.isPresent();
    }

    /**
     * Prepares the response as an update to the campaign's supporters, for an organizer to review:
     * in every language of the site, as {@link ResponseUpdate} words it, with the campaign's
     * {@code titles} by language. False when the response is gone.
     */
    @Transactional
    public boolean suggestUpdate(long campaignId, long responseId, Map<String, String> titles) {
        Optional<OfficialResponse> response = row(campaignId, responseId);
        if (response.isEmpty()) {
            return false;
        }
        updates.fire(ResponseUpdate.of(campaignId, responseId, response.get().text(), titles));
        return true;
    }

    private Optional<OfficialResponse> row(long campaignId, long responseId) {
        OfficialResponse response = em.find(OfficialResponse.class, responseId);
        return response != null && response.getCampaignId() == campaignId ? Optional.of(response) : Optional.empty();
    }

    private static RecordedResponse recorded(OfficialResponse response) {
        return new RecordedResponse(response.getId(), response.getCampaignId(), response.text());
    }
}
