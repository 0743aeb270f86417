package org.firmas.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Set;
import org.firmas.testsupport.ScriptedSmtpServer;
import org.junit.jupiter.api.Test;

/** What the outbox makes of real refusals from an SMTP server: dead letter or retry. */
class SmtpFailureTest {

    private static final String SENDER = "firmas@example.org";

    @Test
    void aRecipientRefusedWithA5xxIsRefusedForGood() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.refusing(0, Set.of("gone@example.org"))) {
            SmtpFailure failure = failureSending(server, "gone@example.org");

            assertTrue(failure.permanent());
            assertTrue(failure.reply().startsWith("550"), failure.reply());
            assertFalse(failure.serviceUnavailable(), "the next message may well go");
        }
    }

    @Test
    void theStoredReplyNeverNamesTheRecipient() throws Exception {
        String recipient = "o'brien.ana@example.org";
        try (ScriptedSmtpServer server = ScriptedSmtpServer.refusing(0, Set.of(recipient))) {
            SmtpFailure failure = failureSending(server, recipient);

            assertTrue(failure.reply().startsWith("550 5.1.1 <<address>>"), failure.reply());
            assertFalse(failure.reply().contains("@") || failure.reply().contains("brien"), failure.reply());
        }
    }

    @Test
    void aSenderRefusedWithA5xxIsRetriedSinceItRefusesEveryMessageAlike() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.refusing(0, Set.of(SENDER))) {
            SmtpFailure failure = failureSending(server, "official@example.org");

            assertFalse(failure.permanent());
            assertTrue(failure.reply().startsWith("553"), failure.reply());
            assertFalse(failure.serviceUnavailable());
        }
    }

    @Test
    void aSessionTheServerEndsWithA421IsRetriedAndHoldsBackTheRest() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.endingSessionsAfter(0, 0)) {
            SmtpFailure failure = failureSending(server, "official@example.org");

            assertFalse(failure.permanent());
            assertEquals("421", failure.reply().substring(0, 3));
            assertTrue(failure.serviceUnavailable(), "the outbox postpones the other mails of its claim");
        }
    }

    private static SmtpFailure failureSending(ScriptedSmtpServer server, String recipient) throws MessagingException {
        Session session = server.mailSession(5000);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(SENDER));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        message.setText("Three people signed.");
        message.saveChanges();
        Transport transport = session.getTransport("smtp");
        transport.connect();
        MessagingException refused = assertThrows(MessagingException.class,
                () -> transport.sendMessage(message, message.getAllRecipients()));
        try {
            transport.close();
        } catch (MessagingException hungUpAlready) {
            // The 421 closed the session from the server's side.
        }
        return SmtpFailure.of(refused);
    }
}
