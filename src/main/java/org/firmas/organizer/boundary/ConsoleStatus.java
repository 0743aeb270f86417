package org.firmas.organizer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.firmas.delivery.boundary.DeliveryLog;

/**
 * Every state the console shows, in the organizer's language: the database's names
 * ({@code CONFIRMED}, {@code PENDING}) are words for the code, not for people.
 */
@Named
@RequestScoped
public class ConsoleStatus {

    @Inject
    ConsoleText text;

    @Inject
    ConsoleTime time;

    /** draft, open, closed, won (in any case). */
    public String campaign(String status) {
        return status == null || status.isEmpty() ? "" : text.get("organize.status." + status.toLowerCase(Locale.ROOT));
    }

    public String signature(String status) {
        return text.get("organize.signature.status." + status);
    }

    /** One line of the moderation log: what was done. */
    public String moderation(String action) {
        return text.get("organize.moderation.action." + action);
    }

    /** How many signatures one moderation step touched. */
    public String affected(int count) {
        return text.format("organize.moderation.affected", count);
    }

    /**
     * A mail to an official. Waiting mail is "queued" until the server was tried; only a failed
     * try makes it "retrying", with the tries so far and when the next one is due.
     */
    public String mail(DeliveryLog.Mail mail) {
        if (mail.waiting()) {
            return mail.attempts() == 0
                    ? text.get("organize.deliveries.status.QUEUED")
                    : text.format("organize.deliveries.status.RETRYING", mail.attempts(), time.text(mail.nextAttemptAt()));
        }
        return text.get("organize.deliveries.status." + mail.status());
    }
}
