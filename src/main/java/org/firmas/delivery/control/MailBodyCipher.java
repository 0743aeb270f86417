package org.firmas.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.firmas.delivery.entity.MailContent;
import org.firmas.platform.FieldCipher;

/**
 * Mail bodies as the outbox keeps them: encrypted with the data key, because until a mail is sent
 * its body holds a supporter's confirm and withdraw links, or signers' names and comments. The
 * subject and the file name only name the campaign. Once sent, a body is dropped altogether.
 */
@ApplicationScoped
public class MailBodyCipher {

    @Inject
    FieldCipher cipher;

    MailContent seal(MailContent content) {
        return new MailContent(content.subject(), cipher.encrypt(content.text()), cipher.encrypt(content.html()),
                content.attachmentName(), cipher.encrypt(content.attachmentText()));
    }

    /** Bodies queued before they were sealed read as they are. */
    MailContent open(MailContent stored) {
        return new MailContent(stored.subject(), cipher.decrypt(stored.text()), cipher.decrypt(stored.html()),
                stored.attachmentName(), cipher.decrypt(stored.attachmentText()));
    }
}
