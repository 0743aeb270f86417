package org.firmas.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.delivery.entity.MailContent;
import org.firmas.delivery.entity.OutboxMessage;
import org.firmas.delivery.entity.OutboxStatus;
import org.firmas.delivery.entity.UpdateMail;
import org.firmas.delivery.entity.UpdateMailFigures;
import org.firmas.platform.FieldCipher;
import org.firmas.platform.brand.Brand;

/**
 * Update mails in the outbox, in the caller's transaction. The Message-ID is unique per update
 * and signature, so the outbox's unique index refuses a second copy; each row names its signature,
 * so erasing a signer drops their waiting updates with the rest of their mail.
 */
@ApplicationScoped
public class UpdateOutbox {

    /** The outbox kind of an update mail. */
    public static final String KIND = "UPDATE";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FieldCipher cipher;

    @Inject
    MailBodyCipher bodies;

    @Inject
    Brand brand;

    @Inject
    @ConfigProperty(name = "firmas.base.url")
    String baseUrl;

    public void queue(UpdateMail mail) {
        String messageId = "<update-" + mail.updateId() + "-" + mail.signatureId() + "@" + MessageIds.domain(baseUrl) + ">";
        OutboxMessage message = new OutboxMessage(messageId, KIND, null, cipher.encrypt(mail.recipient()),
                bodies.seal(UpdateMailComposer.compose(mail, baseUrl, MailHeader.of(brand))), clock.instant());
        message.concerns(mail.signatureId());
        message.carriesUpdate(mail.updateId(), mail.unsubscribeUrl());
        em.persist(message);
    }

    /** The mail as a signer in that language would receive it. */
    public MailContent preview(UpdateMail mail) {
        return UpdateMailComposer.compose(mail, baseUrl, MailHeader.of(brand));
    }

    /** A signer who unsubscribed gets none of the campaign's updates still waiting. */
    public void dropWaiting(long signatureId) {
        em.createNativeQuery("DELETE FROM outbox_message WHERE signature_id = ? AND kind = ? AND status = ?")
                .setParameter(1, signatureId)
                .setParameter(2, KIND)
                .setParameter(3, OutboxStatus.PENDING.name())
                .executeUpdate();
    }

    public UpdateMailFigures figures(long updateId) {
        long sent = 0;
        long failed = 0;
        long waiting = 0;
        for (Object row : em.createNativeQuery("SELECT status, COUNT(*) FROM outbox_message WHERE update_id = ? GROUP BY status")
                .setParameter(1, updateId).getResultList()) {
            Object[] cells = (Object[]) row;
            long count = ((Number) cells[1]).longValue();
            switch (OutboxStatus.valueOf((String) cells[0])) {
                case SENT -> sent += count;
                case DEAD -> failed += count;
                default -> waiting += count;
            }
        }
        return new UpdateMailFigures(sent, failed, waiting);
    }

    public String baseUrl() {
        return baseUrl.replaceAll("/+$", "");
    }
}
