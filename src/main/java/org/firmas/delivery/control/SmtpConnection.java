package org.firmas.delivery.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One SMTP session kept open across messages, so a batch does not pay a handshake per mail. Used
 * by one sender at a time; not thread-safe.
 *
 * <p>Whether the session still stands is asked of the server (Jakarta Mail's check is a NOOP, a
 * round trip of its own) only when there is a reason to doubt it: after a failed send, or after a
 * pause of more than a few seconds. Between messages sent back to back the check would add a
 * round trip to the four a mail takes, and the mail's own commands find out soon enough.
 */
final class SmtpConnection implements MailConnection {

    /** Far below the idle time servers allow a client (RFC 5321 asks for five minutes). */
    static final long TRUSTED_IDLE_NANOS = TimeUnit.SECONDS.toNanos(5);

    /** Opens the session on a transport, with the credentials the settings give. */
    @FunctionalInterface
    interface Opening {
        void open(Transport transport) throws MessagingException;
    }

    private final Transport transport;
    private final Opening opening;
    private final LongSupplier nanoClock;
    private long lastAnsweredAt;
    private boolean doubtful;

    SmtpConnection(Transport transport, Opening opening, LongSupplier nanoClock) throws MessagingException {
        this.transport = transport;
        this.opening = opening;
        this.nanoClock = nanoClock;
        opening.open(transport);
        this.lastAnsweredAt = nanoClock.getAsLong();
    }

    static SmtpConnection open(MailSettings settings) throws MessagingException {
        Opening opening = settings.user().isPresent()
                ? transport -> transport.connect(settings.user().get(), settings.password().orElse(""))
                : Transport::connect;
        return new SmtpConnection(settings.newTransport(), opening, System::nanoTime);
    }

    /**
     * Sends the message, on a new session if the server ended this one (a restart, a limit on
     * messages per session) before it answered. A failure the server gave on a session that still
     * stands is about this message and is thrown. So is a server that did not answer in time: it
     * may be slow, not gone, and may have taken the message. So is a session lost after the
     * message's data went: the server may have queued it, and the outbox decides whether it goes
     * again. Expects {@link #isUsable()} to have been asked first.
     */
    @Override
    public void send(MimeMessage message) throws MessagingException {
        message.saveChanges();
        try {
            transmit(message);
        } catch (MessagingException failure) {
            if (SmtpFailure.timedOut(failure) || SmtpFailure.maybeDelivered(failure) || isUsable()) {
                throw failure;
            }
            try {
                opening.open(transport);
                transmit(message);
            } catch (MessagingException second) {
                second.addSuppressed(failure);
                throw second;
            }
        }
    }

    private void transmit(MimeMessage message) throws MessagingException {
        doubtful = true;
        transport.sendMessage(message, message.getAllRecipients());
        answered();
    }

    @Override
    public boolean isUsable() {
        if (!doubtful && nanoClock.getAsLong() - lastAnsweredAt < TRUSTED_IDLE_NANOS) {
            return true;
        }
        boolean usable = transport.isConnected();
        if (usable) {
            answered();
        }
        return usable;
    }

    private void answered() {
        doubtful = false;
        lastAnsweredAt = nanoClock.getAsLong();
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
