package org.firmas.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.delivery.entity.MailContent;
import org.firmas.delivery.entity.MyDataLinkMail;
import org.firmas.delivery.entity.OutboxMessage;
import org.firmas.platform.FieldCipher;
import org.firmas.platform.brand.Brand;
import org.firmas.signature.entity.SupporterMailRequested;

/**
 * Queues supporter mails in the transaction that asked for them (a synchronous observer joins
 * it), so signing never waits for SMTP and an SMTP outage loses nothing.
 */
@ApplicationScoped
public class SupporterMails {

    /** The outbox kind of a "my data" link. */
    static final String MY_DATA = "MY_DATA";

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

    @Inject
    @ConfigProperty(name = "firmas.confirmation.token-days")
    long confirmationDays;

    void queue(@Observes SupporterMailRequested request) {
        persist("supporter-" + request.signatureId() + "-" + request.sequence(), request.kind().name(), request.signatureId(),
                request.email(), SupporterMailComposer.compose(request, baseUrl, confirmationDays, MailHeader.of(brand)));
    }

    /** The "my data" link, in the caller's transaction. */
    public void queueMyDataLink(MyDataLinkMail link) {
        persist("my-data-" + link.linkKey(), MY_DATA, link.signatureId(), link.email(),
                MyDataMailComposer.compose(link, baseUrl, MailHeader.of(brand)));
    }

    private void persist(String messageKey, String kind, long signatureId, String email, MailContent content) {
        String messageId = "<" + messageKey + "@" + MessageIds.domain(baseUrl) + ">";
        OutboxMessage mail = new OutboxMessage(messageId, kind, null, cipher.encrypt(email), bodies.seal(content), clock.instant());
        mail.concerns(signatureId);
        em.persist(mail);
    }
}
