package org.firmas.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.firmas.testsupport.DeliveryProgress;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.PayaraProcess;
import org.firmas.testsupport.QueuedMails;
import org.firmas.testsupport.ReceivedMail;
import org.firmas.testsupport.ScriptedSmtpServer;
import org.firmas.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox with real processes on one PostgreSQL database: a node killed between the SMTP
 * server's acceptance and the "sent" mark, the database gone at that moment, a node stopped in
 * the middle of its claimed mails, a server that throttles every message, and two nodes draining
 * the same outbox at once.
 *
 * <p>Starting a node is what costs time here, so no test waits for one it can do without: the node
 * that takes over from the one killed mid-drain is the one the database outage then happens to,
 * and the throttled node, alone on a database of its own, boots while the first tests run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxAcrossCrashesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Named after the test database, so that two runs on one PostgreSQL server never share it. */
    private static final String THROTTLED_DATABASE = TestDatabase.url() + "_throttle";

    @TempDir
    static Path home;

    /** A node with one sender and its mail server, left running by one test for the next. */
    private static OneSenderNode handedOn;
    private static ScriptedSmtpServer throttling;
    private static CompletableFuture<PayaraProcess> throttledNode;

    private record OneSenderNode(ScriptedSmtpServer server, PayaraProcess node) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            try (server) {
                node.close();
            }
        }
    }

    /**
     * The tests write to the outbox before any node of theirs has started and migrated the schema:
     * migrated here, as the application would, so the class runs alone as well as after others.
     */
    @BeforeAll
    static void migrateTheSchema() {
        TestDatabase.migrate(TestDatabase.url(), null);
    }

    /** The throttled node touches nothing the other tests use, so it boots while they run. */
    @BeforeAll
    static void bootTheThrottledNode() throws Exception {
        TestDatabase.recreate(THROTTLED_DATABASE);
        throttling = ScriptedSmtpServer.endingSessionsAfter(0, 0);
        // One sender: the test is about one claim. Senders claiming side by side may share the mails
        // (SKIP LOCKED hands each the rows the other has not locked yet), and each tries its own once.
        throttledNode = CompletableFuture.supplyAsync(() -> startNode("throttled", environment(throttling.port(),
                Map.of("FIRMAS_DB_URL", THROTTLED_DATABASE, "FIRMAS_OUTBOX_RETRY_BASE_SECONDS", "600",
                        "FIRMAS_OUTBOX_SENDERS", "1"))));
    }

    @AfterAll
    static void stopWhatIsLeft() throws Exception {
        try (ScriptedSmtpServer server = throttling) {
            stopHandedOn();
            PayaraProcess throttled = throttledNode == null ? null : throttledNode.handle((node, failed) -> node).join();
            if (throttled != null) {
                throttled.close();
            }
        } finally {
            TestDatabase.drop(THROTTLED_DATABASE);
        }
    }

    private static void stopHandedOn() throws Exception {
        if (handedOn != null) {
            handedOn.close();
            handedOn = null;
        }
    }

    /**
     * Mails earlier tests left unsent in the shared database (their mail servers gone) would reach
     * this test's server first, and the kill meant for its own mail would fall on one of them.
     */
    @BeforeEach
    void putOffMailsOfEarlierTests() {
        TestDatabase.update("UPDATE outbox_message SET next_attempt_at = now() + interval '1 day' WHERE status = 'PENDING'");
    }

    @Test
    @Order(1)
    void anOfficialsMailANodeDiedWithIsLeftMaybeDeliveredAndNeverSentTwice() throws Exception {
        int smtpPort = PayaraProcess.freePort();
        String recipient = "official-" + UUID.randomUUID() + "@crash.example.org";
        try (ScriptedSmtpServer server = ScriptedSmtpServer.refusing(smtpPort, java.util.Set.of())) {
            AtomicReference<PayaraProcess> node = new AtomicReference<>(PayaraProcess.start(folder("official"), environment(smtpPort)));
            try {
                server.beforeNextAcceptance(() -> node.get().kill());
                String messageId = queueMail(recipient);

                Eventually.await(PATIENCE, () -> server.accepted().size(), count -> count >= 1);
                assertEquals("SENDING", status(messageId), "marked as handed over before it went; the crash came before the answer");

                try (PayaraProcess restarted = PayaraProcess.start(folder("official"), environment(smtpPort))) {
                    Eventually.await(PATIENCE, () -> status(messageId), "IN_DOUBT"::equals);
                    // A mail queued after the lease ran out goes: the node drains, and passes over the one in doubt.
                    String later = queueMail("official-later-" + UUID.randomUUID() + "@crash.example.org");
                    Eventually.await(PATIENCE, () -> status(later), "SENT"::equals);
                }
                assertEquals("IN_DOUBT", status(messageId), "left for an organizer to look into");
                assertTrue(TestDatabase.text("SELECT last_error FROM outbox_message WHERE message_id = ?", messageId)
                        .startsWith("Maybe delivered"));
                assertEquals(1, server.accepted().stream().filter(mail -> recipient.equals(mail.recipient())).count(),
                        "the official received it once");
            } finally {
                node.get().close(); // a test that fails before the kill leaves no node behind
            }
        }
    }

    @Test
    @Order(2)
    void aNodeKilledMidDrainSendsAgainOnlyTheSupporterMailInFlight() throws Exception {
        int smtpPort = PayaraProcess.freePort();
        String run = UUID.randomUUID().toString().substring(0, 8);
        int messages = 30;
        Map<String, String> oneSender = oneSender(smtpPort);
        ScriptedSmtpServer server = ScriptedSmtpServer.refusing(smtpPort, java.util.Set.of());
        try {
            AtomicReference<PayaraProcess> node = new AtomicReference<>(PayaraProcess.start(folder("drain"), oneSender));
            try {
                killAtAcceptance(server, 10, node.get());
                QueuedMails.queue("CONFIRM", run, messages);
                Eventually.await(PATIENCE, () -> server.accepted().size(), count -> count >= 10);
                String inFlight = server.accepted().get(9).messageId();

                // Left running for the database outage test, which needs a node just like it.
                handedOn = new OneSenderNode(server, PayaraProcess.start(folder("drain"), oneSender));
                Eventually.await(PATIENCE, () -> TestDatabase.number("SELECT COUNT(*) FROM outbox_message "
                        + "WHERE status = 'SENT' AND " + QueuedMails.ofRun(run)), count -> count == messages);
                Map<String, Long> copies = server.accepted().stream().filter(mail -> mail.messageId().contains(run))
                        .collect(java.util.stream.Collectors.groupingBy(
                        ScriptedSmtpServer.Accepted::messageId, java.util.stream.Collectors.counting()));
                assertEquals(messages, copies.size(), "every mail went");
                assertEquals(Map.of(inFlight, 2L), copies.entrySet().stream().filter(copy -> copy.getValue() > 1)
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                        "only the mail whose acceptance the node never heard went twice");
            } finally {
                node.get().close(); // a test that fails before the kill leaves no node behind
            }
        } catch (Throwable failed) {
            stopHandedOn();
            throw failed;
        } finally {
            if (handedOn == null) {
                server.close();
            }
        }
    }

    @Test
    @Order(3)
    void aDatabaseOutageBetweenAcceptanceAndMarkSendsNothingTwice() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int messages = 20;
        String database = System.getProperty("firmas.testDbUrl");
        java.util.concurrent.CountDownLatch databaseBack = new java.util.concurrent.CountDownLatch(1);
        try (OneSenderNode node = handedOnOrStarted()) {
            ScriptedSmtpServer server = node.server();
            // At the fifth mail the database goes away for three seconds, just before the server says it took the mail.
            atAcceptance(server, server.accepted().size() + 5, () -> {
                try {
                    TestDatabase.refuseConnections(database);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                CompletableFuture.runAsync(() -> {
                    try {
                        Thread.sleep(3000);
                        TestDatabase.allowConnections(database);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    } finally {
                        databaseBack.countDown();
                    }
                });
            });
            QueuedMails.queue("CONFIRM", run, messages);
            assertTrue(databaseBack.await(PATIENCE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS));
            Eventually.await(PATIENCE, () -> TestDatabase.number("SELECT COUNT(*) FROM outbox_message "
                    + "WHERE status = 'SENT' AND " + QueuedMails.ofRun(run)), count -> count == messages);
            // All are marked sent, so none can be claimed again; the one sender finishing a later mail has finished every earlier claim.
            DeliveryProgress.awaitSenderPoll();

            assertEquals(messages, TestDatabase.number("SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT' AND "
                    + QueuedMails.ofRun(run)));
            List<String> accepted = server.accepted().stream().map(ScriptedSmtpServer.Accepted::messageId)
                    .filter(messageId -> messageId.contains(run)).toList();
            assertEquals(messages, accepted.size(), "each mail once: " + accepted);
        } finally {
            TestDatabase.allowConnections(database);
        }
    }

    /** The node the previous test left running, or, when this test runs alone, one started like it. */
    private static OneSenderNode handedOnOrStarted() throws Exception {
        if (handedOn != null) {
            OneSenderNode node = handedOn;
            handedOn = null;
            return node;
        }
        int smtpPort = PayaraProcess.freePort();
        ScriptedSmtpServer server = ScriptedSmtpServer.refusing(smtpPort, java.util.Set.of());
        try {
            return new OneSenderNode(server, PayaraProcess.start(folder("outage"), oneSender(smtpPort)));
        } catch (Exception failed) {
            server.close();
            throw failed;
        }
    }

    /** Kills the node just before the server answers the given message (counted from one). */
    private static void killAtAcceptance(ScriptedSmtpServer server, int nth, PayaraProcess node) {
        atAcceptance(server, nth, node::kill);
    }

    private static void atAcceptance(ScriptedSmtpServer server, int nth, Runnable action) {
        server.beforeNextAcceptance(new Runnable() {
            @Override
            public void run() {
                if (server.accepted().size() >= nth) {
                    action.run();
                } else {
                    server.beforeNextAcceptance(this);
                }
            }
        });
    }

    @Test
    @Order(4)
    void aNodeStoppedMidBatchMarksWhatWentAndHandsBackTheRest() throws Exception {
        int smtpPort = PayaraProcess.freePort();
        String run = UUID.randomUUID().toString().substring(0, 8);
        int messages = 60;
        // Two mails a second, so the stop comes while most of them are still claimed, and a lease
        // far longer than the test waits: only a handed-back claim can go out on the next node.
        Map<String, String> slowWithLongLease = environment(smtpPort, Map.of(
                "FIRMAS_OUTBOX_RATE_PER_SECOND", "2", "FIRMAS_OUTBOX_LEASE_SECONDS", "600"));
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        List<ReceivedMail> received;
        try {
            try (PayaraProcess stopped = PayaraProcess.start(folder("stopped"), slowWithLongLease)) {
                for (int i = 0; i < messages; i++) {
                    queueMail("reader" + i + "-" + run + "@stop.example.org");
                }
                Eventually.await(PATIENCE, () -> ofRun(smtp, run).size(), count -> count >= 3);
                assertTrue(TestDatabase.number("SELECT COUNT(*) FROM outbox_message WHERE claimed_until IS NOT NULL "
                        + "AND status = 'PENDING' AND recipient LIKE ?", "%-" + run + "@%") > 0, "mails claimed, not yet sent");
            }
            int sentBeforeTheStop = ofRun(smtp, run).size();
            assertTrue(sentBeforeTheStop < messages, "stopped with mails still claimed: " + sentBeforeTheStop);
            assertEquals(sentBeforeTheStop, TestDatabase.number(
                    "SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT' AND recipient LIKE ?", "%-" + run + "@%"),
                    "every mail the server took is marked sent");
            assertEquals(0, TestDatabase.number(
                    "SELECT COUNT(*) FROM outbox_message WHERE claimed_until IS NOT NULL AND recipient LIKE ?", "%-" + run + "@%"),
                    "no claim outlives the node");
            assertEquals(messages - sentBeforeTheStop, TestDatabase.number(
                    "SELECT COUNT(*) FROM outbox_message WHERE status = 'PENDING' AND attempts = 0 AND recipient LIKE ?",
                    "%-" + run + "@%"), "a mail handed back untried has not used an attempt");

            try (PayaraProcess next = PayaraProcess.start(folder("next"), environment(smtpPort,
                    Map.of("FIRMAS_OUTBOX_LEASE_SECONDS", "600")))) {
                received = allOfRun(smtp, run, messages);
            }
        } finally {
            smtp.stop();
        }
        assertEquals(messages, received.size(), "every message once");
        assertEquals(messages, received.stream().map(ReceivedMail::messageId).distinct().count());
    }

    @Test
    @Order(6)
    void aServerThatThrottlesIsNotAskedAgainForEveryMailOfTheClaim() throws Exception {
        // A database of its own: the server's commands must be this test's mails, no one else's.
        String database = THROTTLED_DATABASE;
        int messages = 20;
        try (PayaraProcess node = throttledNode.join()) {
            assertEquals(messages, QueuedMails.queueIn(database, "BATCH", "throttle", messages));

            Eventually.await(PATIENCE, () -> count(database, "last_error LIKE '421%'"), count -> count == messages);
            // Every mail handed back and waiting: no further command can come until the backoff ends.
            Eventually.await(PATIENCE, () -> count(database, "status = 'PENDING' AND claimed_until IS NULL "
                    + "AND next_attempt_at > now() + interval '4 minutes'"), count -> count == messages);

            assertEquals(List.of("MAIL", "MAIL"), throttling.commands().stream().filter("MAIL"::equals).toList(),
                    "one try, one more on a new session, and the rest of the claim waits");
            assertEquals(messages, count(database, "status = 'PENDING' AND next_attempt_at > now() + interval '4 minutes'"),
                    "every mail waits for the outbox's backoff");
        }
    }

    @Test
    @Order(5)
    void twoNodesDrainingOneOutboxSendEveryMessageOnce() throws Exception {
        int smtpPort = PayaraProcess.freePort();
        String run = UUID.randomUUID().toString().substring(0, 8);
        int messages = 300;
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        List<ReceivedMail> received;
        // Both boot at once: the test is about them running side by side, and it halves the wait.
        CompletableFuture<PayaraProcess> booting = CompletableFuture.supplyAsync(() -> startNode("second", smtpPort));
        try (PayaraProcess first = PayaraProcess.start(folder("first"), environment(smtpPort));
             PayaraProcess second = booting.join()) {
            for (int i = 0; i < messages; i++) {
                queueMail("reader" + i + "-" + run + "@concurrency.example.org");
            }
            received = allOfRun(smtp, run, messages);
        } finally {
            smtp.stop();
        }
        assertEquals(messages, received.size(), "every message once");
        assertEquals(messages, received.stream().map(ReceivedMail::messageId).distinct().count());
        assertEquals(messages, TestDatabase.number(
                "SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT' AND recipient LIKE ?", "%-" + run + "@%"));
    }

    private static PayaraProcess startNode(String name, int smtpPort) {
        return startNode(name, environment(smtpPort));
    }

    private static PayaraProcess startNode(String name, Map<String, String> environment) {
        try {
            return PayaraProcess.start(folder(name), environment);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The run's mails once all have come and every one is marked sent, so none can be claimed again,
     * and once the senders have sent a later mail, so a copy already on its way has come too.
     */
    private static List<ReceivedMail> allOfRun(GreenMail smtp, String run, int messages) {
        Eventually.await(PATIENCE, () -> ofRun(smtp, run).size(), count -> count >= messages);
        Eventually.await(PATIENCE, () -> TestDatabase.number("SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT' "
                + "AND recipient LIKE ?", "%-" + run + "@%"), sent -> sent == messages);
        DeliveryProgress.awaitSenderPoll();
        return ofRun(smtp, run);
    }

    private static List<ReceivedMail> ofRun(GreenMail smtp, String run) {
        return ReceivedMail.all(smtp.getReceivedMessages()).stream().filter(mail -> mail.to().contains("-" + run + "@")).toList();
    }

    /** An official's mail waiting in the outbox, as a batch leaves it. */
    private static String queueMail(String recipient) {
        String messageId = "<test-" + UUID.randomUUID() + "@firmas.test>";
        TestDatabase.number("WITH queued AS (INSERT INTO outbox_message (id, message_id, kind, recipient, subject, body_text, "
                        + "body_html, status, attempts, next_attempt_at, created_at) VALUES (nextval('outbox_message_seq'), ?, "
                        + "'BATCH', ?, 'New signatures', ?, '<p>batch</p>', 'PENDING', 0, now(), now()) RETURNING 1) "
                        + "SELECT COUNT(*) FROM queued",
                messageId, recipient, "Batch text for " + recipient);
        return messageId;
    }

    private static long count(String database, String condition) {
        return TestDatabase.numberIn(database, "SELECT COUNT(*) FROM outbox_message WHERE " + condition);
    }

    private static String status(String messageId) {
        return TestDatabase.text("SELECT status FROM outbox_message WHERE message_id = ?", messageId);
    }

    private static Path folder(String name) throws Exception {
        Path folder = home.resolve(name);
        Files.createDirectories(folder.resolve("campaigns"));
        return folder;
    }

    private static Map<String, String> oneSender(int smtpPort) {
        return environment(smtpPort, Map.of("FIRMAS_OUTBOX_SENDERS", "1"));
    }

    private static Map<String, String> environment(int smtpPort) {
        return environment(smtpPort, Map.of());
    }

    private static Map<String, String> environment(int smtpPort, Map<String, String> changed) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "FIRMAS_DB_URL", System.getProperty("firmas.testDbUrl"),
                "FIRMAS_DB_USER", "postgres",
                "FIRMAS_DB_PASSWORD", "postgres",
                "FIRMAS_DATA_KEY", TestDatabase.dataKey(),
                "FIRMAS_SMTP_HOST", "127.0.0.1",
                "FIRMAS_SMTP_PORT", String.valueOf(smtpPort),
                "FIRMAS_OUTBOX_POLL_MILLIS", "200",
                "FIRMAS_OUTBOX_LEASE_SECONDS", "5",
                "FIRMAS_OUTBOX_RETRY_BASE_SECONDS", "1",
                "FIRMAS_SMTP_TIMEOUT_MILLIS", "2000"));
        // A claim holds for the lease and one slow send more: short here, so a killed node's mails go soon.
        environment.put("FIRMAS_SMTP_DATA_END_TIMEOUT_MILLIS", "3000");
        environment.put("FIRMAS_MAIL_FROM", System.getenv("FIRMAS_MAIL_FROM"));
        environment.putAll(changed);
        return environment;
    }
}
