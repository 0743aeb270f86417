package org.firmas.delivery.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.firmas.delivery.control.SupporterMails;
import org.firmas.delivery.entity.MyDataLinkMail;

/** Queues a supporter's "my data" link in the outbox, in the caller's transaction, like their other mails. */
@ApplicationScoped
public class MyDataMails {

    @Inject
    SupporterMails supporterMails;

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(MyDataLinkMail mail) {
        supporterMails.queueMyDataLink(mail);
    }
}
