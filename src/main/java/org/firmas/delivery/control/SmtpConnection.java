package org.firmas.delivery.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/** One SMTP session kept open across messages, so a batch does not pay a handshake per mail. */
final class SmtpConnection implements MailConnection {

    private final Transport transport;

    private SmtpConnection(Transport transport) {
        this.transport = transport;
    }

    static SmtpConnection open(MailSettings settings) throws MessagingException {
        Transport transport = settings.session().getTransport("smtp");
        if (settings.user().isPresent()) {
            transport.connect(settings.user().get(), settings.password().orElse(""));
        } else {
            transport.connect();
        }
        return new SmtpConnection(transport);
    }

    @Override
    public void send(MimeMessage message) throws MessagingException {
        message.saveChanges();
        transport.sendMessage(message, message.getAllRecipients());
    }

    @Override
    public boolean isUsable() {
        return transport.isConnected();
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
