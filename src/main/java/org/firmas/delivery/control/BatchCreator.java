package org.firmas.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.campaign.boundary.DeliveryClock;
import org.firmas.campaign.entity.BatchClock;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignStatus;
import org.firmas.campaign.entity.Target;
import org.firmas.delivery.entity.DeliveryBatch;
import org.firmas.delivery.entity.OutboxMessage;
import org.firmas.platform.brand.Brand;
import org.firmas.signature.boundary.BatchSignatures;
import org.firmas.signature.entity.Signer;

/**
 * Queues one batch of one campaign, in the caller's transaction ({@code DeliveryActions} begins
 * it): it locks the campaign row, claims the undelivered signatures, and writes one outbox mail
 * per official, which {@link OutboxSender} sends later. Either all of that commits or none of it,
 * and the lock means two schedulers (or two nodes) never build the same batch.
 */
@ApplicationScoped
public class BatchCreator {

    static final int MAX_SIGNATURES_PER_BATCH = 50_000;
    static final String KIND = "BATCH";

    @PersistenceContext
    EntityManager em;

    @Inject
    DeliveryClock deliveryClock;

    @Inject
    BatchSignatures signatures;

    @Inject
    MailBodyCipher bodies;

    @Inject
    OrganizationSettings organization;

    @Inject
    Brand brand;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "firmas.base.url")
    String baseUrl;

    /** Builds the batch if the campaign's policy says one is due; returns the batch id, or -1. */
    public long queueIfDue(Campaign campaign) {
        return queue(campaign, false);
    }

    /**
     * Builds the next batch of an open campaign now, before its thresholds are reached (an
     * organizer pressed "send now"); -1 when there is nothing undelivered.
     */
    public long queueNow(Campaign campaign) {
        return queue(campaign, true);
    }

    private long queue(Campaign campaign, boolean now) {
        BatchClock row = deliveryClock.lockForBatch(campaign.id());
        Instant time = clock.instant();
        long undelivered = signatures.countUndelivered(campaign.id());
        boolean reclosed = campaign.definition().status().isFinished() && row.finalBatchAt() == null
                && finalSentBefore(campaign.id());
        DeliveryDue due = DeliveryDue.check(campaign.definition(), row, undelivered, time, reclosed);
        if (now && due == DeliveryDue.NOT_DUE && undelivered > 0 && campaign.definition().status().takesSignatures()) {
            due = DeliveryDue.REGULAR;
        }
        if (due == DeliveryDue.FINAL && !row.storedStatus().map(CampaignStatus::isFinished).orElse(true)) {
            return -1; // reopened since this node last read its campaigns: an open campaign gets no final batch
        }
        if (due == DeliveryDue.NOT_DUE) {
            return -1;
        }
        boolean finalBatch = due == DeliveryDue.FINAL;
        DeliveryBatch batch = new DeliveryBatch(campaign.id(), time, finalBatch);
        em.persist(batch);
        em.flush();
        int claimed = signatures.claim(campaign.id(), batch.getId(), MAX_SIGNATURES_PER_BATCH);
        long total = signatures.countConfirmed(campaign.id());
        batch.counted(claimed, total);
        List<Signer> signers = claimed == 0 ? List.of() : signatures.signersIn(batch.getId());
        writeMails(campaign, batch, signers, total);
        deliveryClock.stampBatch(campaign.id(), time, finalBatch);
        return batch.getId();
    }

    private boolean finalSentBefore(long campaignId) {
        return em.createNamedQuery(DeliveryBatch.COUNT_FINAL, Long.class)
                .setParameter("campaign", campaignId).getSingleResult() > 0;
    }

    private void writeMails(Campaign campaign, DeliveryBatch batch, List<Signer> signers, long total) {
        CampaignDefinition definition = campaign.definition();
        BatchOrigin origin = new BatchOrigin(organization.name(), organization.contactFor(definition), baseUrl);
        String replyTo = organization.replyToFor(definition).orElse(null);
        MailHeader header = MailHeader.of(brand);
        Map<String, Long> byArea = definition.targets().stream().anyMatch(target -> target.area() != null)
                ? signatures.countConfirmedByArea(campaign.id()) : Map.of();
        for (Target target : definition.targets()) {
            List<Signer> theirs = signers.stream().filter(signer -> target.receives(signer.area())).toList();
            if (theirs.isEmpty() && !batch.isFinalBatch()) {
                continue; // an area official with no new residents this round gets no empty mail
            }
            BatchFigures figures = new BatchFigures(theirs.size(),
                    target.area() == null ? total : byArea.getOrDefault(target.area(), 0L), total);
            OutboxMessage mail = new OutboxMessage(
                    MessageIds.forBatch(batch.getId(), target.email(), baseUrl), KIND, batch.getId(), target.email(),
                    bodies.seal(BatchComposer.compose(definition, target, theirs, figures, batch.isFinalBatch(), origin, header)),
                    batch.getCreatedAt());
            mail.answeredAt(replyTo);
            em.persist(mail);
        }
    }
}
