package org.firmas.delivery.control;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** An open way out for mail, reused for many messages and then closed. */
public sealed interface MailConnection extends AutoCloseable permits SmtpConnection, OutboxFolderConnection {

    void send(MimeMessage message) throws MessagingException;

    /** False once the connection broke; the sender then opens a new one. */
    boolean isUsable();

    @Override
    void close();
}
