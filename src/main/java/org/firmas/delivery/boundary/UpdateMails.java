package org.firmas.delivery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.firmas.delivery.control.UpdateOutbox;
import org.firmas.delivery.entity.MailContent;
import org.firmas.delivery.entity.UpdateMail;
import org.firmas.delivery.entity.UpdateMailFigures;

/**
 * Supporter updates through the outbox: each signer's copy queued in the caller's transaction
 * (never twice: one Message-ID per update and signature), sent at the outbox's rate with a
 * one-click unsubscribe header; the preview the console shows, from the same template; and
 * what became of an update's mails.
 */
@ApplicationScoped
public class UpdateMails {

    /** The outbox kind of an update mail. */
    public static final String KIND = UpdateOutbox.KIND;

    @Inject
    UpdateOutbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(UpdateMail mail) {
        outbox.queue(mail);
    }

    /** The mail as a signer in that language would receive it. */
    public MailContent preview(UpdateMail mail) {
        return outbox.preview(mail);
    }

    /** A signer who unsubscribed gets none of the campaign's updates still waiting. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void dropWaiting(long signatureId) {
        outbox.dropWaiting(signatureId);
    }

    @Transactional
    public UpdateMailFigures figures(long updateId) {
        return outbox.figures(updateId);
    }

    /** The site's address, without a trailing slash, where unsubscribe links point. */
    public String baseUrl() {
        return outbox.baseUrl();
    }
}
