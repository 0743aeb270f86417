package org.firmas.update.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firmas.delivery.boundary.UpdateMails;
import org.firmas.delivery.entity.MailContent;
import org.firmas.delivery.entity.UpdateMail;
import org.firmas.delivery.entity.UpdateMailFigures;
import org.firmas.signature.boundary.UpdateRecipients;
import org.firmas.update.control.CampaignTitles;
import org.firmas.update.control.PreparedUpdates;
import org.firmas.update.control.UnsubscribeAddress;
import org.firmas.update.control.Unsubscriptions;
import org.firmas.update.entity.SaveOutcome;
import org.firmas.update.entity.SupporterUpdate;
import org.firmas.update.entity.UpdateDraft;
import org.firmas.update.entity.UpdatePreview;
import org.firmas.update.entity.UpdateStatus;
import org.firmas.update.entity.UpdateSummary;

/**
 * What the console does with a campaign's updates: list them with what became of their mails,
 * write and edit drafts, count and preview who receives one, and send it. Every call names the
 * campaign, and an update of another campaign is not found: the console checks the organizer's
 * access to the campaign, this checks the update belongs to it. Sending only marks the update;
 * {@link UpdateSending} queues its mails in the background.
 */
@ApplicationScoped
public class SupporterUpdates {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    UpdateRecipients recipients;

    @Inject
    UpdateMails mails;

    @Inject
    Unsubscriptions unsubscriptions;

    @Inject
    CampaignTitles titles;

    @Transactional
    public List<UpdateSummary> ofCampaign(long campaignId) {
        Map<Long, Long> unsubscribed = unsubscriptions.byUpdate(campaignId);
        return em.createNamedQuery(SupporterUpdate.OF_CAMPAIGN, SupporterUpdate.class).setParameter("campaign", campaignId)
                .getResultStream().map(update -> summary(update, unsubscribed.getOrDefault(update.getId(), 0L))).toList();
    }

    @Transactional
    public Optional<UpdateSummary> find(long campaignId, long updateId) {
        return update(campaignId, updateId).map(update -> summary(update, unsubscriptions.byUpdate(campaignId)
                .getOrDefault(updateId, 0L)));
    }

    @Transactional
    public Optional<UpdateDraft> draft(long campaignId, long updateId) {
        return update(campaignId, updateId).map(SupporterUpdate::draft);
    }

    /** The update a victory prepared for this campaign, while it waits to be sent. */
    @Transactional
    public Optional<Long> victoryUpdate(long campaignId) {
        return em.createNamedQuery(SupporterUpdate.BY_ORIGIN, SupporterUpdate.class).setParameter("campaign", campaignId)
                .setParameter("origin", PreparedUpdates.VICTORY).getResultStream().findFirst()
                .filter(update -> update.getStatus().editable()).map(SupporterUpdate::getId);
    }

    /** A new draft when {@code updateId} is null, else the draft rewritten; a sent update stays as it was. */
    @Transactional
    public SaveOutcome save(long campaignId, Long updateId, UpdateDraft draft, long organizerId) {
        if (updateId == null) {
            SupporterUpdate created = new SupporterUpdate(campaignId, UpdateStatus.DRAFT, null, draft, organizerId, clock.instant());
            em.persist(created);
            em.flush();
            return new SaveOutcome.Saved(created.getId());
        }
        Optional<SupporterUpdate> found = lockedUpdate(campaignId, updateId);
        if (found.isEmpty()) {
            return new SaveOutcome.NotFound();
        }
        if (!found.get().getStatus().editable()) {
            return new SaveOutcome.AlreadySent(updateId);
        }
        found.get().write(draft);
        found.get().editedBy(organizerId);
        return new SaveOutcome.Saved(updateId);
    }

    /**
     * Hands a saved update to the queue; a second click (another tab) finds it sending and changes
     * nothing. One without its default-language text is refused, whatever address the send came from.
     */
    @Transactional
    public SaveOutcome send(long campaignId, long updateId, long organizerId) {
        Optional<SupporterUpdate> found = lockedUpdate(campaignId, updateId);
        if (found.isEmpty()) {
            return new SaveOutcome.NotFound();
        }
        if (!found.get().getStatus().editable()) {
            return new SaveOutcome.AlreadySent(updateId);
        }
        if (!found.get().draft().readyToSend()) {
            return new SaveOutcome.NotReadyToSend(updateId);
        }
        found.get().editedBy(organizerId);
        found.get().startSending(clock.instant());
        return new SaveOutcome.Saved(updateId);
    }

    /** How many would receive it now: opted-in confirmed signers in its audience who have not unsubscribed. */
    @Transactional
    public long recipients(long campaignId, UpdateDraft draft) {
        return recipients.count(campaignId, draft.places(), unsubscriptions.addressKeys(campaignId));
    }

    /** The mail as a signer in that language receives it, rendered by the same template; its unsubscribe link goes nowhere. */
    public UpdatePreview preview(long campaignId, UpdateDraft draft, String language) {
        MailContent mail = mails.preview(new UpdateMail(0, 0, "", language, titles.of(campaignId, language),
                draft.subject(language), draft.body(language), UnsubscribeAddress.of(mails.baseUrl(), "preview", 0)));
        return new UpdatePreview(language, mail.subject(), mail.html(), mail.text());
    }

    private Optional<SupporterUpdate> update(long campaignId, long updateId) {
        return Optional.ofNullable(em.find(SupporterUpdate.class, updateId)).filter(update -> update.getCampaignId() == campaignId);
    }

    private Optional<SupporterUpdate> lockedUpdate(long campaignId, long updateId) {
        return Optional.ofNullable(em.find(SupporterUpdate.class, updateId, LockModeType.PESSIMISTIC_WRITE))
                .filter(update -> update.getCampaignId() == campaignId);
    }

    private UpdateSummary summary(SupporterUpdate update, long unsubscribed) {
        UpdateMailFigures figures = mails.figures(update.getId());
        UpdateDraft draft = update.draft();
        return new UpdateSummary(update.getId(), update.getStatus(), update.getOrigin(), draft.subjects(),
                draft.readyToSend(), update.getCreatedAt(), update.getSentAt(), update.getQueuedCount(), figures.sent(),
                figures.failed(), unsubscribed);
    }
}
