package org.firmas.delivery.control;

import java.util.Locale;
import java.util.Optional;
import org.firmas.platform.EmailSyntax;

/**
 * The addresses mail is sent from and answered at, judged before anything is sent. The built-in
 * sender, firmas@localhost, suits the outbox folder of the embedded default, but a real mail server
 * would pass it on to officials as an unanswerable, spam-like mail (or refuse it): with an SMTP
 * server set, a sender at localhost or a *.localhost name (RFC 6761) stops the start.
 */
final class SenderRule {

    private SenderRule() {
    }

    /** Why this configuration must not start, as one log line naming the settings to change; empty when it may. */
    static Optional<String> refusal(boolean usesSmtp, String from, Optional<String> replyTo, Optional<String> contactEmail) {
        Optional<String> sender = MailSettings.parse(from).map(address -> address.getAddress());
        if (sender.isEmpty()) {
            return Optional.of("Firmas will not start: FIRMAS_MAIL_FROM is not a valid address; "
                    + "set it to your organization's sender, e.g. FIRMAS_MAIL_FROM='Juntos <peticiones@example.org>'");
        }
        if (usesSmtp && isLocalhost(sender.get())) {
            return Optional.of("Firmas will not start: FIRMAS_SMTP_HOST is set, but FIRMAS_MAIL_FROM is an address at "
                    + domainOf(sender.get()) + ", which no mail server delivers or answers; set FIRMAS_MAIL_FROM to "
                    + "an address at your organization's domain, e.g. FIRMAS_MAIL_FROM='Juntos <peticiones@example.org>'");
        }
        if (replyTo.isPresent() && !EmailSyntax.isValid(replyTo.get())) {
            return Optional.of("Firmas will not start: FIRMAS_REPLY_TO is not a valid email address; "
                    + "set it to where officials' replies should go, or leave it unset");
        }
        if (contactEmail.isPresent() && !EmailSyntax.isValid(contactEmail.get())) {
            return Optional.of("Firmas will not start: FIRMAS_CONTACT_EMAIL is not a valid email address; "
                    + "set it to the organizers' address officials may write to, or leave it unset");
        }
        return Optional.empty();
    }

    static boolean isLocalhost(String address) {
        String domain = domainOf(address).toLowerCase(Locale.ROOT);
        return domain.equals("localhost") || domain.endsWith(".localhost");
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1);
    }
}
