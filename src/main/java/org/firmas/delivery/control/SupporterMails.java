package org.firmas.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.delivery.entity.OutboxMessage;
import org.firmas.platform.FieldCipher;
import org.firmas.signature.entity.SupporterMailRequested;

/**
 * Queues supporter mails in the transaction that asked for them (a synchronous observer joins
 * it), so signing never waits for SMTP and an SMTP outage loses nothing.
 */
@ApplicationScoped
public class SupporterMails {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FieldCipher cipher;

    @Inject
    MailBodyCipher bodies;

    @Inject
    @ConfigProperty(name = "firmas.base.url")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "firmas.confirmation.token-days")
    long confirmationDays;

    void queue(@Observes SupporterMailRequested request) {
        String messageId = "<supporter-" + request.signatureId() + "-" + request.sequence() + "@" + MessageIds.domain(baseUrl) + ">";
        OutboxMessage mail = new OutboxMessage(messageId, request.kind().name(), null, cipher.encrypt(request.email()),
                bodies.seal(SupporterMailComposer.compose(request, baseUrl, confirmationDays)), clock.instant());
        mail.concerns(request.signatureId());
        em.persist(mail);
    }
}
