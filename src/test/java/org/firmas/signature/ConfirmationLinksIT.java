package org.firmas.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.firmas.testsupport.FirmasIT;
import org.firmas.testsupport.DeliveryProgress;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.PetitionSite.Page;
import org.firmas.testsupport.ReceivedMail;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.Supporter;
import org.firmas.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The links in supporter mails: confirm (only by POST, once, even when raced), expired and
 * unknown links, the flood guard, and withdraw-and-erase.
 */
class ConfirmationLinksIT extends FirmasIT {

    private static final String CAMPAIGN = "signing-test";
    /** The cooldown between two mails to one address in the test configuration, plus a margin. */

    private PetitionSite site;
    private Mailbox mailbox;

    @BeforeEach
    void open() throws Exception {
        site = site();
        mailbox = mailbox();
    }

    @Test
    void openingTheLinkChangesNothingAndConfirmingTwiceCountsOnce() {
        SignatureForm form = SignatureForm.valid();
        site.sign(CAMPAIGN, form, "en");
        String token = Mailbox.confirmToken(mailbox.await(form.get("email"), 1).get(0));

        Page page = site.get("confirm/" + token, "en");
        site.get("confirm/" + token, "en");

        assertTrue(page.text().contains("Confirm your signature"), page.text());
        assertEquals("PENDING", status(form));
        assertEquals(302, site.confirm(token).status());
        assertEquals("CONFIRMED", status(form));
        long confirmedAt = confirmedAtMillis(form);
        assertEquals(302, site.confirm(token).status(), "the second confirmation reads the same");
        assertEquals(confirmedAt, confirmedAtMillis(form), "and changes nothing");
    }

    @Test
    void fiftySimultaneousIdenticalSubmissionsMakeOneSignatureAndOneMail() throws Exception {
        SignatureForm form = SignatureForm.valid();

        List<Page> answers = all(50, () -> site.sign(CAMPAIGN, form, "en"));

        answers.forEach(answer -> assertEquals(302, answer.status(), "every one sees the thank-you page"));
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM signature WHERE email_key = ?", TestDatabase.emailKey(form.get("email"))));
        mailbox.await(form.get("email"), 1);
        DeliveryProgress.awaitSignerMailsSettled(form.get("email"));
        assertEquals(1, mailbox.to(form.get("email")).size());
    }

    @Test
    void fortyPeopleSigningAtOnceEachGetALinkThatConfirmsTheirOwnSignature() throws Exception {
        List<SignatureForm> forms = IntStream.range(0, 40)
                .mapToObj(i -> SignatureForm.valid().with("firstName", "Signer " + i)).toList();
        AtomicInteger next = new AtomicInteger();

        List<Page> answers = all(forms.size(), () -> site.sign(CAMPAIGN, forms.get(next.getAndIncrement()), "en"));

        answers.forEach(answer -> assertEquals(302, answer.status()));
        for (SignatureForm form : forms) {
            assertEquals(form.get("firstName"), TestDatabase.text("SELECT first_name FROM signature WHERE email_key = ?",
                    TestDatabase.emailKey(form.get("email"))));
            String token = Mailbox.confirmToken(mailbox.await(form.get("email"), 1).get(0));
            // Had two signatures of one group swapped their tokens, this one would be confirmed already.
            assertEquals("PENDING", status(form), form.get("firstName"));
            assertEquals(302, site.confirm(token).status());
            assertEquals("CONFIRMED", status(form), form.get("firstName"));
        }
    }

    @Test
    void twoSimultaneousConfirmationsCountOnce() throws Exception {
        SignatureForm form = SignatureForm.valid();
        site.sign(CAMPAIGN, form, "en");
        String token = Mailbox.confirmToken(mailbox.await(form.get("email"), 1).get(0));
        long before = confirmedInCampaign();

        List<Page> answers = all(2, () -> site.confirm(token));

        answers.forEach(answer -> assertEquals(302, answer.status()));
        assertEquals(before + 1, confirmedInCampaign());
    }

    @Test
    void anExpiredLinkConfirmsNothingAndOffersANewOne() throws Exception {
        SignatureForm form = SignatureForm.valid();
        site.sign(CAMPAIGN, form, "es");
        String token = Mailbox.confirmToken(mailbox.await(form.get("email"), 1).get(0));
        TestDatabase.number("WITH expired AS (UPDATE signer_token SET expires_at = now() - interval '1 minute' "
                + "WHERE signature_id = (SELECT id FROM signature WHERE email_key = ?) RETURNING 1) SELECT COUNT(*) FROM expired",
                TestDatabase.emailKey(form.get("email")));

        Page expired = site.get("confirm/" + token, "en");
        assertTrue(expired.text().contains("This link has expired"), expired.text());
        assertTrue(expired.document().select("form#confirm").isEmpty(), "no Confirm button");
        Page pressed = site.post("confirm/" + token, Map.of("confirm", "confirm", "confirm:submit", "Confirm",
                "jakarta.faces.ViewState", "stateless"), "en");
        assertEquals(200, pressed.status(), "pressing Confirm on an expired link leads nowhere else");
        assertTrue(pressed.text().contains("This link has expired"), pressed.text());
        assertEquals("PENDING", status(form), "a forged POST confirms nothing either");

        DeliveryProgress.awaitMailCooldownPassed(CAMPAIGN, form.get("email"));
        Page resent = site.submit(expired, "resend", Map.of("email", form.get("email")), "en");
        assertTrue(resent.text().contains("a new confirmation link is on its way"), resent.text());

        List<ReceivedMail> mails = mailbox.await(form.get("email"), 2);
        assertEquals(2, mails.size());
        assertEquals(302, site.confirm(Mailbox.confirmToken(mails.get(1))).status());
        assertEquals("CONFIRMED", status(form));
    }

    @Test
    void anUnknownLinkGetsAClearPageNotAnError() {
        Page unknown = site.get("confirm/not-a-real-token", "es");

        assertEquals(200, unknown.status());
        assertTrue(unknown.text().contains("Este enlace no es válido"), unknown.text());
        assertEquals(200, site.get("withdraw/" + "x".repeat(43), "en").status());
    }

    @Test
    void aRepeatedAddressGetsAtMostFiveMailsPerCampaign() throws Exception {
        SignatureForm form = SignatureForm.valid();
        site.sign(CAMPAIGN, form, "en");
        mailbox.await(form.get("email"), 1);
        TestDatabase.number("WITH four AS (UPDATE signature SET mail_count = 4, last_mail_at = now() - interval '1 hour' "
                + "WHERE email_key = ? RETURNING 1) SELECT COUNT(*) FROM four", TestDatabase.emailKey(form.get("email")));

        site.sign(CAMPAIGN, form, "en");
        List<ReceivedMail> fifth = mailbox.await(form.get("email"), 2);
        assertTrue(fifth.get(1).subject().startsWith("You have already signed"), fifth.get(1).subject());
        assertTrue(Mailbox.hasConfirmLink(fifth.get(1)), "an unconfirmed signer gets a fresh link");

        TestDatabase.number("WITH later AS (UPDATE signature SET last_mail_at = now() - interval '1 hour' "
                + "WHERE email_key = ? RETURNING 1) SELECT COUNT(*) FROM later", TestDatabase.emailKey(form.get("email")));
        site.sign(CAMPAIGN, form, "en");
        DeliveryProgress.awaitSignerMailsSettled(form.get("email"));
        assertEquals(2, mailbox.to(form.get("email")).size(), "no sixth mail");
    }

    @Test
    void withdrawingErasesTheSignatureAndEveryMailToTheSigner() {
        SignatureForm form = Supporter.signsAndConfirms(site, mailbox, CAMPAIGN, SignatureForm.valid());
        long before = confirmedInCampaign();
        long signatureId = TestDatabase.number("SELECT id FROM signature WHERE email_key = ?", TestDatabase.emailKey(form.get("email")));
        String token = Mailbox.withdrawToken(mailbox.to(form.get("email")).get(0));

        Page page = site.get("withdraw/" + token, "en");
        assertEquals(1, signaturesOf(form), "opening the link changes nothing");
        Page done = site.submit(page, "withdraw", Map.of(), "en");

        assertTrue(done.text().contains("Your signature was withdrawn"), done.text());
        assertEquals(0, signaturesOf(form));
        assertEquals(before - 1, confirmedInCampaign());
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM outbox_message WHERE signature_id = ?", signatureId));
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM signature WHERE first_name = ? AND zip = ? AND email_key = ?",
                form.get("firstName"), form.get("zip"), TestDatabase.emailKey(form.get("email"))));
        assertTrue(site.get("withdraw/" + token, "en").text().contains("This link is not valid"));
    }

    private static <T> List<T> all(int parallel, Callable<T> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            CyclicBarrier start = new CyclicBarrier(parallel);
            List<Future<T>> running = IntStream.range(0, parallel)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        return action.call();
                    }))
                    .toList();
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long signaturesOf(SignatureForm form) {
        return TestDatabase.number("SELECT COUNT(*) FROM signature WHERE email_key = ?", TestDatabase.emailKey(form.get("email")));
    }

    private static String status(SignatureForm form) {
        long confirmed = TestDatabase.number("SELECT COUNT(*) FROM signature WHERE email_key = ? AND status = 'CONFIRMED'",
                TestDatabase.emailKey(form.get("email")));
        return confirmed == 1 ? "CONFIRMED" : "PENDING";
    }

    private static long confirmedAtMillis(SignatureForm form) {
        return TestDatabase.number("SELECT CAST(EXTRACT(EPOCH FROM confirmed_at) * 1000 AS BIGINT) FROM signature WHERE email_key = ?",
                TestDatabase.emailKey(form.get("email")));
    }

    private static long confirmedInCampaign() {
        return TestDatabase.number("SELECT COUNT(*) FROM signature s JOIN campaign c ON c.id = s.campaign_id "
                + "WHERE c.slug = ? AND s.status = 'CONFIRMED'", CAMPAIGN);
    }
}
