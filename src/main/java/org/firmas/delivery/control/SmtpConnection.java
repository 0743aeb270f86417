package org.firmas.delivery.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One SMTP session kept open across messages, so a batch does not pay a handshake per mail.
 *
 * <p>Whether the session still works is asked of the server (Jakarta Mail's check is a NOOP, one
 * round trip) only when there is a reason to doubt it: after a send failed, or after a pause long
 * enough for the server to hang up on an idle client. Asked before every message, the check cost
 * the sink as many round trips as the mails themselves. Back to back, a session that broke
 * anyway fails that message's send, which the outbox retries like any other failure.
 */
final class SmtpConnection implements MailConnection {

    /** Far below the idle time servers allow (RFC 5321 asks for five minutes). */
    static final long TRUSTED_IDLE_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final Transport transport;
    private final LongSupplier nanoClock;
    private long lastAnsweredAt;
    private boolean doubtful;

    SmtpConnection(Transport transport, LongSupplier nanoClock) {
        this.transport = transport;
        this.nanoClock = nanoClock;
        this.lastAnsweredAt = nanoClock.getAsLong();
    }

    static SmtpConnection open(MailSettings settings) throws MessagingException {
        Transport transport = settings.session().getTransport("smtp");
        if (settings.user().isPresent()) {
            transport.connect(settings.user().get(), settings.password().orElse(""));
        } else {
            transport.connect();
        }
        return new SmtpConnection(transport, System::nanoTime);
    }

    @Override
    public void send(MimeMessage message) throws MessagingException {
        message.saveChanges();
        doubtful = true;
        transport.sendMessage(message, message.getAllRecipients());
        doubtful = false;
        lastAnsweredAt = nanoClock.getAsLong();
    }

    @Override
    public boolean isUsable() {
        if (!doubtful && nanoClock.getAsLong() - lastAnsweredAt < TRUSTED_IDLE_NANOS) {
            return true;
        }
        boolean usable = transport.isConnected();
        if (usable) {
            doubtful = false;
            lastAnsweredAt = nanoClock.getAsLong();
        }
        return usable;
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (MessagingException e) {
            // The server hung up first; nothing is left to release.
        }
    }
}
