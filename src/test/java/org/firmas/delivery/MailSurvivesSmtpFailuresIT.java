package org.firmas.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firmas.testsupport.DeliveryProgress;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.FirmasIT;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.QueuedMails;
import org.firmas.testsupport.ReceivedMail;
import org.firmas.testsupport.ScriptedSmtpServer;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.StagesItsOwnSmtp;
import org.firmas.testsupport.TestDatabase;
import org.firmas.testsupport.TestSmtp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mail goes out exactly once whatever the SMTP server does: when it is down, when it hangs, when
 * it is slow to accept a message, and when it refuses one recipient for good. Each test owns the SMTP port and stages its failure.
 */
@StagesItsOwnSmtp
class MailSurvivesSmtpFailuresIT extends FirmasIT {

    private static final int SMTP_PORT = TestSmtp.PORT;
    private static final Duration RECOVERY = Duration.ofSeconds(60);
    private static final Pattern LINK = Pattern.compile("/(confirm|withdraw)/[A-Za-z0-9_-]{43}");
    /** A supporter's mail, found through their signature: the recipient column holds their address encrypted. */
    private static final String SUPPORTER_MAIL = "SELECT %s FROM outbox_message m JOIN signature s ON s.id = m.signature_id "
            + "WHERE s.email_key = ?";

    private PetitionSite site;

    @BeforeEach
    void open() throws Exception {
        site = site();
    }

    @AfterEach
    void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void signaturesMadeWhileTheMailServerIsDownAreAllMailedOnceItReturns() throws Exception {
        List<String> addresses = new ArrayList<>();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            SignatureForm form = SignatureForm.valid();
            long started = System.nanoTime();
            assertEquals(302, site.sign("signing-test", form, "en").status(), "signing works while mail is down");
            millis.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
            addresses.add(form.get("email"));
        }
        // Waiting on SMTP would cost at least the 2 s connect timeout on every signature.
        long median = millis.stream().sorted().toList().get(2);
        assertTrue(median < 1000, "signing never waits for SMTP: " + millis + " ms");
        // Each was tried and handed back: the sender found the server unreachable.
        Eventually.await(RECOVERY, () -> triedTo(addresses), tried -> tried == addresses.size());
        assertTrue(pendingTo(addresses) == addresses.size(), "the mails wait in the outbox");

        SMTP.start();

        Eventually.await(RECOVERY, () -> received(addresses).size(), count -> count >= addresses.size());
        addresses.forEach(DeliveryProgress::awaitSignerMailsSettled);
        List<ReceivedMail> mails = received(addresses);
        assertEquals(addresses.size(), mails.size(), "each confirmation exactly once");
        assertEquals(addresses.size(), mails.stream().map(ReceivedMail::messageId).distinct().count());
    }

    @Test
    void aServerThatNeverAnswersTimesOutAndTheMailIsRetriedLater() throws Exception {
        SignatureForm form = SignatureForm.valid();
        try (ScriptedSmtpServer hanging = ScriptedSmtpServer.silent(SMTP_PORT)) {
            assertEquals(302, site.sign("signing-test", form, "en").status());

            String error = Eventually.await(Duration.ofSeconds(20), () -> lastErrorTo(form.get("email")), e -> e != null);

            assertTrue(error.toLowerCase().contains("timed out") || error.toLowerCase().contains("timeout"), error);
            assertEquals("PENDING", TestDatabase.text(SUPPORTER_MAIL.formatted("m.status"), TestDatabase.emailKey(form.get("email"))));
            assertEquals(List.of(), linksStoredFor(form.get("email")), "a waiting mail keeps its links encrypted");
            assertEquals(302, site.sign("signing-test", SignatureForm.valid(), "en").status(), "the site keeps working");
        }
        SMTP.start();
        Eventually.await(RECOVERY, () -> received(List.of(form.get("email"))).size(), count -> count >= 1);
        DeliveryProgress.awaitSignerMailsSettled(form.get("email"));
        assertEquals(1, received(List.of(form.get("email"))).size());
    }

    @Test
    void aRecipientRefusedWithA550IsDeadLetteredAndTheOthersAreDeliveredOnce() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.refusing(SMTP_PORT, Set.of("gone@failure.example.org"))) {
            SignatureForm form = SignatureForm.valid();
            site.sign("failure-test", form, "en");
            String token = Eventually.await(RECOVERY, () -> confirmTokenFrom(server, form.get("email")), t -> t != null);
            assertEquals(302, site.confirm(token).status());

            Eventually.await(RECOVERY, () -> statusOf("gone@failure.example.org"), "DEAD"::equals);
            Eventually.await(RECOVERY, () -> acceptedFor(server, "reachable@failure.example.org"), count -> count >= 1);
            Eventually.await(RECOVERY, () -> statusOf("reachable@failure.example.org"), "SENT"::equals);
            DeliveryProgress.awaitSenderPoll();

            assertEquals("DEAD", statusOf("gone@failure.example.org"));
            String reply = TestDatabase.text("SELECT last_error FROM outbox_message WHERE recipient = ?", "gone@failure.example.org");
            assertTrue(reply.startsWith("550 5.1.1"), reply);
            assertFalse(reply.contains("@"), "no address in a stored reply: " + reply);
            assertEquals(1, acceptedFor(server, "reachable@failure.example.org"), "delivered once");
            assertEquals("SENT", statusOf("reachable@failure.example.org"));
        }
    }

    @Test
    void aSupporterRefusedWithA550LeavesNeitherTheirAddressNorALinkInTheDatabase() throws Exception {
        SignatureForm refused = SignatureForm.valid().withEmail("o'bounce." + UUID.randomUUID().toString().substring(0, 8) + "@example.net");
        SignatureForm delivered = SignatureForm.valid();
        try (ScriptedSmtpServer server = ScriptedSmtpServer.refusing(SMTP_PORT, Set.of(refused.get("email")))) {
            assertEquals(302, site.sign("signing-test", refused, "en").status());
            assertEquals(302, site.sign("signing-test", delivered, "en").status());

            Eventually.await(RECOVERY, () -> supporterMail("m.status", refused.get("email")), "DEAD"::equals);
            Eventually.await(RECOVERY, () -> supporterMail("m.status", delivered.get("email")), "SENT"::equals);
        }

        String reply = supporterMail("m.last_error", refused.get("email"));
        assertTrue(reply.startsWith("550 5.1.1"), reply);
        String localPart = refused.get("email").substring(0, refused.get("email").indexOf('@'));
        assertFalse(reply.contains("@") || reply.contains(localPart.substring(2)), "the stored reply names nobody: " + reply);
        assertEquals(List.of(), linksStoredFor(refused.get("email")), "no link to take from a dead mail");
        assertEquals(List.of(), linksStoredFor(delivered.get("email")), "no link to take from a sent mail");
        assertEquals("", supporterMail("m.body_text || m.body_html || COALESCE(m.attachment_text, '')", refused.get("email")),
                "a dead supporter mail keeps no body");
        assertEquals("", supporterMail("m.body_text || m.body_html || COALESCE(m.attachment_text, '')", delivered.get("email")),
                "a sent mail keeps no body");
    }

    @Test
    void aShortOutageChargesNoAttemptAndEveryMailGoesPromptlyOnceTheServerIsBack() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int messages = 40;
        try (ScriptedSmtpServer down = ScriptedSmtpServer.hangingUpAtOnce(SMTP_PORT)) {
            QueuedMails.queue("CONFIRM", run, messages);

            Eventually.await(RECOVERY, down::connections, tries -> tries >= 3);

            // A sender holds its claim (one attempt counted) until the failed connection hands it back unchanged.
            String untouched = "status = 'PENDING' AND attempts = 0 AND next_attempt_at <= created_at";
            Eventually.await(Duration.ofSeconds(10), () -> countOfRun(run, untouched), count -> count == messages);
            assertEquals(messages, countOfRun(run, untouched), "no mail was charged a try it never had, nor pushed back");
        }
        SMTP.start();
        long back = System.nanoTime();

        Eventually.await(RECOVERY, () -> countOfRun(run, "status = 'SENT'"), sent -> sent == messages);

        Duration drained = Duration.ofNanos(System.nanoTime() - back);
        assertEquals(messages, countOfRun(run, "status = 'SENT'"));
        assertTrue(drained.compareTo(Duration.ofSeconds(15)) < 0, "delivered promptly: " + drained);
    }

    @Test
    void aServerSlowToAcceptTheDataGetsEachMailOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (ScriptedSmtpServer slow = ScriptedSmtpServer.refusing(SMTP_PORT, Set.of())) {
            // Slower than FIRMAS_SMTP_TIMEOUT_MILLIS, within FIRMAS_SMTP_DATA_END_TIMEOUT_MILLIS.
            slow.answerDataAfter(Duration.ofSeconds(3));
            QueuedMails.queue("BATCH", run, 3);

            Eventually.await(RECOVERY, () -> countOfRun(run, "status = 'SENT'"), sent -> sent == 3);

            assertEquals(3, countOfRun(run, "status = 'SENT'"));
            assertEquals(3, acceptedOfRun(slow, run), "each once");
        }
    }

    @Test
    void aMailWhoseAcceptanceNeverCameIsMaybeDeliveredNotSentAgainAtOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (ScriptedSmtpServer tooSlow = ScriptedSmtpServer.refusing(SMTP_PORT, Set.of())) {
            // Slower than FIRMAS_SMTP_DATA_END_TIMEOUT_MILLIS: the server has each mail and never says so in time.
            tooSlow.answerDataAfter(Duration.ofSeconds(8));
            QueuedMails.queue("BATCH", run, 1);
            QueuedMails.queue("CONFIRM", run, 1);

            Eventually.await(RECOVERY, () -> countOfRun(run, "last_error IS NOT NULL"), failed -> failed == 2);

            assertEquals("IN_DOUBT", TestDatabase.text("SELECT status FROM outbox_message WHERE kind = 'BATCH' AND "
                    + QueuedMails.ofRun(run)), "an official's mail waits for an organizer");
            assertEquals(1, countOfRun(run, "kind = 'CONFIRM' AND status = 'PENDING' "
                    + "AND next_attempt_at > now() + interval '50 minutes'"), "a supporter's goes again, much later");
            assertEquals(2, acceptedOfRun(tooSlow, run), "each handed over once");
        }
    }

    private static long acceptedOfRun(ScriptedSmtpServer server, String run) {
        return server.accepted().stream().filter(mail -> mail.recipient().endsWith("-" + run + "@outbox.example.org")).count();
    }

    private static long countOfRun(String run, String condition) {
        return TestDatabase.number("SELECT COUNT(*) FROM outbox_message WHERE " + QueuedMails.ofRun(run) + " AND " + condition);
    }

    private List<ReceivedMail> received(List<String> addresses) {
        Set<String> wanted = new HashSet<>(addresses);
        return ReceivedMail.all(SMTP.receivedMessages()).stream().filter(mail -> wanted.contains(mail.to())).toList();
    }

    private static long pendingTo(List<String> addresses) {
        return addresses.stream()
                .filter(address -> "PENDING".equals(TestDatabase.text(SUPPORTER_MAIL.formatted("m.status"), TestDatabase.emailKey(address))))
                .count();
    }

    /** How many of the addresses' mails a sender tried and handed back, still waiting. */
    private static long triedTo(List<String> addresses) {
        return addresses.stream().filter(address -> "PENDING".equals(supporterMail("m.status", address))
                && supporterMail("m.last_error", address) != null).count();
    }

    private static String lastErrorTo(String address) {
        return TestDatabase.text(SUPPORTER_MAIL.formatted("m.last_error"), TestDatabase.emailKey(address));
    }

    private static String supporterMail(String columns, String address) {
        return TestDatabase.text(SUPPORTER_MAIL.formatted(columns), TestDatabase.emailKey(address));
    }

    /** Every confirm or withdraw link in the stored columns of a supporter's mail, as anyone reading the table finds them. */
    private static List<String> linksStoredFor(String address) {
        String stored = supporterMail("m.subject || m.body_text || m.body_html || COALESCE(m.attachment_text, '')", address);
        Matcher links = LINK.matcher(stored);
        List<String> found = new ArrayList<>();
        while (links.find()) {
            found.add(links.group());
        }
        return found;
    }

    private static String statusOf(String recipient) {
        return TestDatabase.text("SELECT status FROM outbox_message WHERE recipient = ?", recipient);
    }

    private static long acceptedFor(ScriptedSmtpServer server, String recipient) {
        return server.accepted().stream().filter(mail -> recipient.equals(mail.recipient())).count();
    }

    private static String confirmTokenFrom(ScriptedSmtpServer server, String recipient) {
        return server.accepted().stream().filter(mail -> recipient.equals(mail.recipient()))
                .map(mail -> Pattern.compile("/confirm/([A-Za-z0-9_-]{43})")
                        .matcher(mail.read().text()))
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .findFirst().orElse(null);
    }
}
