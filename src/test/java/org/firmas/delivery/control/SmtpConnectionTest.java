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
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.firmas.testsupport.ScriptedSmtpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SmtpConnectionTest {

    private static final String REFUSED = "gone@example.org";
    private static final int TIMEOUT_MILLIS = 1000;

    private final AtomicLong now = new AtomicLong();
    private ScriptedSmtpServer server;
    private Session session;
    private SmtpConnection connection;

    @AfterEach
    void disconnect() throws Exception {
        if (connection != null) {
            connection.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void messagesBackToBackGoOverOneSessionWithoutAskingTheServerInBetween() throws Exception {
        connectTo(ScriptedSmtpServer.refusing(0, Set.of()));
        for (int i = 0; i < 3; i++) {
            assertTrue(connection.isUsable());
            connection.send(mailTo("official" + i + "@example.org"));
            now.addAndGet(TimeUnit.SECONDS.toNanos(4));
        }

        // Four seconds between sends, twelve in all: each answer renews the trust.
        assertTrue(connection.isUsable());
        List<String> commands = server.commands();
        assertEquals(1, Collections.frequency(commands, "EHLO"));
        assertEquals(3, Collections.frequency(commands, "MAIL"));
        assertEquals(0, Collections.frequency(commands, "NOOP") + Collections.frequency(commands, "RSET"), commands::toString);
        assertEquals(3, server.accepted().size());
    }

    @Test
    void afterAPauseTheServerIsAskedWhetherTheSessionStillStands() throws Exception {
        connectTo(ScriptedSmtpServer.refusing(0, Set.of()));
        connection.send(mailTo("first@example.org"));
        now.addAndGet(SmtpConnection.TRUSTED_IDLE_NANOS);

        assertTrue(connection.isUsable());
        assertEquals(1, Collections.frequency(server.commands(), "NOOP"));

        // Answered just now: the next check trusts the session again.
        assertTrue(connection.isUsable());
        assertEquals(1, Collections.frequency(server.commands(), "NOOP"));
    }

    @Test
    void aSessionTheServerDroppedDuringAPauseIsReportedUnusable() throws Exception {
        connectTo(ScriptedSmtpServer.refusing(0, Set.of()));
        connection.send(mailTo("first@example.org"));
        server.hangUp();
        now.addAndGet(SmtpConnection.TRUSTED_IDLE_NANOS);

        assertFalse(connection.isUsable());
    }

    @Test
    void aMessageTheServerEndedTheSessionOnGoesOnceOnANewOne() throws Exception {
        connectTo(ScriptedSmtpServer.endingSessionsAfter(0, 2));
        for (int i = 0; i < 5; i++) {
            assertTrue(connection.isUsable());
            connection.send(mailTo("official" + i + "@example.org"));
        }

        assertEquals(List.of("official0@example.org", "official1@example.org", "official2@example.org",
                "official3@example.org", "official4@example.org"), acceptedRecipients());
        assertEquals(3, Collections.frequency(server.commands(), "EHLO"));
    }

    @Test
    void aSessionDroppedBetweenTwoMessagesIsRenewedForTheSecond() throws Exception {
        connectTo(ScriptedSmtpServer.refusing(0, Set.of()));
        connection.send(mailTo("first@example.org"));
        server.hangUp();

        assertTrue(connection.isUsable());
        connection.send(mailTo("second@example.org"));

        assertEquals(List.of("first@example.org", "second@example.org"), acceptedRecipients());
    }

    @Test
    void aMessageWhoseAnswerTimedOutIsNotSentAgainAtOnce() throws Exception {
        connectTo(ScriptedSmtpServer.refusing(0, Set.of()));
        server.beforeNextAcceptance(() -> sleepMillis(3 * TIMEOUT_MILLIS));

        assertThrows(MessagingException.class, () -> connection.send(mailTo("slow@example.org")));

        // The server took it and was slow to say so: a second copy would reach the official twice.
        assertEquals(1, Collections.frequency(server.commands(), "MAIL"));
        assertEquals(List.of("slow@example.org"), acceptedRecipients());
    }

    @Test
    void aServerSlowToAnswerTheEndOfTheDataIsWaitedForLongerThanForAnyOtherReply() throws Exception {
        connectTo(ScriptedSmtpServer.refusing(0, Set.of()), 10 * TIMEOUT_MILLIS);
        server.beforeNextAcceptance(() -> sleepMillis(3 * TIMEOUT_MILLIS));

        connection.send(mailTo("slow@example.org"));

        assertEquals(1, Collections.frequency(server.commands(), "MAIL"));
        assertEquals(List.of("slow@example.org"), acceptedRecipients());
        assertTrue(connection.isUsable(), "the session goes on with the short timeout");
        connection.send(mailTo("next@example.org"));
        assertEquals(List.of("slow@example.org", "next@example.org"), acceptedRecipients());
    }

    @Test
    void noReplyToTheEndOfTheDataInItsOwnTimeLeavesTheMessageMaybeDelivered() throws Exception {
        connectTo(ScriptedSmtpServer.refusing(0, Set.of()), 2 * TIMEOUT_MILLIS);
        server.beforeNextAcceptance(() -> sleepMillis(4 * TIMEOUT_MILLIS));

        MessagingException failure = assertThrows(MessagingException.class, () -> connection.send(mailTo("slow@example.org")));

        assertTrue(SmtpFailure.maybeDelivered(failure), failure::toString);
        assertEquals(1, Collections.frequency(server.commands(), "MAIL"));
    }

    @Test
    void aSessionLostAfterTheDataLeavesTheMessageMaybeDeliveredAndItIsNotSentAgain() throws Exception {
        connectTo(ScriptedSmtpServer.refusing(0, Set.of()));
        server.beforeNextAcceptance(this::hangUp);

        MessagingException failure = assertThrows(MessagingException.class, () -> connection.send(mailTo("official@example.org")));

        // The server had the whole message and may have queued it: a copy on a new session could be a second one.
        assertTrue(SmtpFailure.maybeDelivered(failure), failure::toString);
        assertEquals(1, Collections.frequency(server.commands(), "MAIL"));
        assertEquals(1, Collections.frequency(server.commands(), "EHLO"));
    }

    @Test
    void aSessionEndedBeforeTheDataLeavesTheMessageUndelivered() throws Exception {
        connectTo(ScriptedSmtpServer.endingSessionsAfter(0, 0));

        MessagingException failure = assertThrows(MessagingException.class, () -> connection.send(mailTo("official@example.org")));

        assertFalse(SmtpFailure.maybeDelivered(failure), failure::toString);
    }

    @Test
    void whenTheServerIsGoneTheSendFailsAndTheSessionIsUnusable() throws Exception {
        connectTo(ScriptedSmtpServer.refusing(0, Set.of()));
        connection.send(mailTo("first@example.org"));
        server.close();

        assertThrows(MessagingException.class, () -> connection.send(mailTo("second@example.org")));
        assertFalse(connection.isUsable());
    }

    @Test
    void aRefusedRecipientFailsItsOwnMessageAndTheSessionGoesOn() throws Exception {
        connectTo(ScriptedSmtpServer.refusing(0, Set.of(REFUSED)));
        assertThrows(MessagingException.class, () -> connection.send(mailTo(REFUSED)));

        assertTrue(connection.isUsable());
        connection.send(mailTo("official@example.org"));

        assertEquals(List.of("official@example.org"), acceptedRecipients());
        assertEquals(1, Collections.frequency(server.commands(), "EHLO"));
        assertEquals(1, Collections.frequency(server.commands(), "NOOP"));
    }

    private void connectTo(ScriptedSmtpServer scripted) throws MessagingException {
        connectTo(scripted, TIMEOUT_MILLIS);
    }

    private void connectTo(ScriptedSmtpServer scripted, int dataEndTimeoutMillis) throws MessagingException {
        server = scripted;
        session = server.mailSession(TIMEOUT_MILLIS);
        Transport transport = PatientSmtpTransport.of(session.getProperties(), TIMEOUT_MILLIS, dataEndTimeoutMillis);
        connection = new SmtpConnection(transport, Transport::connect, now::get);
    }

    private void hangUp() {
        try {
            server.hangUp();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<String> acceptedRecipients() {
        return server.accepted().stream().map(ScriptedSmtpServer.Accepted::recipient).toList();
    }

    private MimeMessage mailTo(String recipient) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("firmas@example.org"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        message.setSubject("New signatures");
        message.setText("Three people signed.");
        return message;
    }
}
