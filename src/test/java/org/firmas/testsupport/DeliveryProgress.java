package org.firmas.testsupport;

import java.time.Duration;
import java.util.UUID;

/**
 * Positive signs that the application's background work has moved past a moment. A test that
 * checks that nothing more arrived waits for one of these first, instead of sleeping a fixed time
 * that proves nothing on a slow machine.
 */
public final class DeliveryProgress {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** FIRMAS_CONFIRMATION_MAIL_COOLDOWN_SECONDS of the test build. */
    private static final int MAIL_COOLDOWN_SECONDS = Integer.parseInt(
            System.getenv().getOrDefault("FIRMAS_CONFIRMATION_MAIL_COOLDOWN_SECONDS", "5"));
    /** A campaign of the test build that hands every confirmed signature to its official in a batch of its own. */
    private static final String BATCHES_EVERY_SIGNATURE = "hostile-input-test";
    private static final String SIGNER_MAILS = "SELECT COUNT(*) FROM outbox_message m JOIN signature s ON s.id = m.signature_id "
            + "WHERE s.email_key = ?";

    private DeliveryProgress() {
    }

    /**
     * Waits until the outbox sender has sent a mail queued now, so a poll has begun since and the
     * claims before it are done. Needs an SMTP server that accepts the mail.
     */
    public static void awaitSenderPoll() {
        awaitSenderPollIn(TestDatabase.url());
    }

    /** {@link #awaitSenderPoll} for an application on another database of the same server. */
    public static void awaitSenderPollIn(String databaseUrl) {
        String run = "poll" + UUID.randomUUID().toString().substring(0, 8);
        QueuedMails.queueIn(databaseUrl, "CONFIRM", run, 1);
        String sent = "SELECT COUNT(*) FROM outbox_message WHERE status = 'SENT' AND " + QueuedMails.ofRun(run);
        if (Eventually.await(PATIENCE, () -> TestDatabase.numberIn(databaseUrl, sent), count -> count == 1) != 1) {
            throw new AssertionError("The outbox sender sent no mail within " + PATIENCE);
        }
    }

    /**
     * Waits until none of the mails queued for a signer can still go out (each is sent, dead or in
     * doubt) and the sender has polled since. Supporter mails are queued only while a request is
     * answered, so after this no further mail to them can arrive unless a test asks again.
     */
    public static void awaitSignerMailsSettled(String email) {
        String unsettled = SIGNER_MAILS + " AND m.status IN ('PENDING', 'SENDING')";
        if (Eventually.await(PATIENCE, () -> TestDatabase.number(unsettled, TestDatabase.emailKey(email)), count -> count == 0) != 0) {
            throw new AssertionError("Mails to a signer still waiting after " + PATIENCE);
        }
        awaitSenderPoll();
    }

    /**
     * Waits until a batch round has begun since now: a supporter who signs and confirms now, on a
     * campaign that batches every signature, is put in a batch. A round looks at every campaign.
     */
    public static void awaitBatchRound(PetitionSite site, Mailbox mailbox) {
        SignatureForm marker = Supporter.signsAndConfirms(site, mailbox, BATCHES_EVERY_SIGNATURE, SignatureForm.valid());
        String batched = "SELECT COUNT(*) FROM signature WHERE batch_id IS NOT NULL AND email_key = ?";
        if (Eventually.await(PATIENCE, () -> TestDatabase.number(batched, TestDatabase.emailKey(marker.get("email"))),
                count -> count == 1) != 1) {
            throw new AssertionError("No batch round within " + PATIENCE);
        }
    }

    /**
     * Waits until a signer may be mailed again by the application's own rule: the cooldown since the
     * last mail to them on this campaign has passed, by the clock of the machine both run on.
     */
    public static void awaitMailCooldownPassed(String campaignSlug, String email) {
        String passed = "SELECT COUNT(*) FROM signature s JOIN campaign c ON c.id = s.campaign_id WHERE c.slug = ? "
                + "AND s.email_key = ? AND s.last_mail_at < clock_timestamp() - ? * interval '1 second' - interval '200 milliseconds'";
        if (Eventually.await(Duration.ofSeconds(MAIL_COOLDOWN_SECONDS).plus(PATIENCE),
                () -> TestDatabase.number(passed, campaignSlug, TestDatabase.emailKey(email), MAIL_COOLDOWN_SECONDS),
                count -> count == 1) != 1) {
            throw new AssertionError("No signature of " + campaignSlug + " past its mail cooldown");
        }
    }
}
