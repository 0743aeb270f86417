package org.firmas.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.firmas.testsupport.ConsoleCampaignForm;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.DeliveryProgress;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.FirmasIT;
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
 * A signer confirms from a mail and stays private. The links in supporter mails: confirm (only by
 * POST, once, even when raced), expired and unknown links, the flood guard, and
 * withdraw-and-erase. What the database keeps of a signer: the address and phone number only
 * encrypted, one signature per mailbox however the address is spelled, and nothing personal once a
 * campaign has been closed for longer than the retention period.
 */
class SignerConfirmsAndStaysPrivateIT extends FirmasIT {

    private static final String CAMPAIGN = "signing-test";
    /** The cooldown between two mails to one address in the test configuration, plus a margin. */

    private PetitionSite site;
    private Mailbox mailbox;
    /** The administrator's console, for the tests that need it: logged in at first use. */
    private ConsoleClient console;

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
    void eachLinkConfirmsItsOwnSignatureAndTheConfirmedPageCountsIt() {
        List<SignatureForm> forms = IntStream.range(0, 3).mapToObj(i -> SignatureForm.valid()).toList();
        forms.forEach(form -> assertEquals(302, site.sign(CAMPAIGN, form, "en").status()));
        List<String> tokens = forms.stream().map(form -> Mailbox.confirmToken(mailbox.await(form.get("email"), 1).get(0))).toList();

        // Opened one after another, the later ones within the second the first one's rendering is kept.
        List<Page> pages = tokens.stream().map(token -> site.get("confirm/" + token, "en")).toList();

        for (int i = 0; i < pages.size(); i++) {
            assertTrue(pages.get(i).document().selectFirst("form#confirm").attr("action").endsWith("/confirm/" + tokens.get(i)));
            for (String token : tokens) {
                assertEquals(token.equals(tokens.get(i)), pages.get(i).body().contains(token), "only its own token is on the page");
            }
        }
        for (int i = 0; i < pages.size(); i++) {
            // A rendering from before this confirmation is on hand; it must not be the one shown after it.
            site.get("campaigns/" + CAMPAIGN + "/confirmed", "en");
            Page pressed = site.submit(pages.get(i), "confirm", Map.of(), "en");
            assertEquals(302, pressed.status());
            for (int j = 0; j < forms.size(); j++) {
                assertEquals(j <= i ? "CONFIRMED" : "PENDING", status(forms.get(j)), "signer " + j + " after " + i + " pressed");
            }
            long counted = confirmedInCampaign();
            String shown = site.get(pressed.location(), "en").document().selectFirst(".progress-count strong").text();
            assertTrue(Long.parseLong(shown.replace(",", "")) >= counted,
                    "the confirmed page counts the signer's own signature: " + shown + " shown, " + counted + " in the database");
        }
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

    @Test
    void addressAndPhoneAreStoredEncryptedAndStillReachTheSigner() {
        String slug = publishedCampaignAskingPhone();
        SignatureForm form = SignatureForm.valid().with("phone", "215-555-0142");

        Supporter.signsAndConfirms(site, mailbox, slug, form);

        String email = TestDatabase.text("SELECT email FROM signature WHERE email_key = ?", TestDatabase.emailKey(form.get("email")));
        String phone = TestDatabase.text("SELECT phone FROM signature WHERE email_key = ?", TestDatabase.emailKey(form.get("email")));
        assertTrue(email.startsWith("g1."), "stored encrypted: " + email);
        assertFalse(email.contains(form.get("email").substring(0, 10)), email);
        assertFalse(phone.contains("0142"), phone);
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM outbox_message WHERE recipient LIKE ?", "%" + form.get("email") + "%"),
                "the confirmation mail's recipient is encrypted too");
        String csv = adminConsole().get("organize/signatures/" + idOf(slug) + ".csv").body();
        assertTrue(csv.contains(form.get("email")) && csv.contains("215-555-0142"), "the organizer's export reads them in clear");
    }

    @Test
    void oneGmailMailboxSignsOnceHoweverTheAddressIsSpelled() {
        String slug = publishedCampaignAskingPhone();
        String name = "ana" + UUID.randomUUID().toString().substring(0, 8);

        assertEquals(302, site.sign(slug, SignatureForm.valid().withEmail(name + "@gmail.com"), "en").status());
        String dotted = name.charAt(0) + "." + name.substring(1) + "+petitions@GoogleMail.com";
        assertEquals(302, site.sign(slug, SignatureForm.valid().withEmail(dotted), "en").status());

        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM signature s JOIN campaign c ON c.id = s.campaign_id WHERE c.slug = ?", slug));
    }

    @Test
    void personalDataIsErasedOnceTheCampaignHasBeenClosedLongerThanTheRetentionPeriod() {
        String slug = publishedCampaignAskingPhone();
        assertEquals("Quero receber notícias do Juntos", site.get("campaigns/" + slug + "?source=juntos", "pt-BR,pt;q=0.9")
                .document().selectFirst("label[for=sign:partnerOptIn]").text(), "the opt-in typed in Portuguese, for a Portuguese reader");
        // Signed from the partner's link, asking the partner for news: consent that goes with the signer's data.
        SignatureForm form = SignatureForm.valid().with("phone", "215-555-0199").with("partnerOptIn", "on");
        assertEquals(302, site.sign(site.get("campaigns/" + slug + "?source=juntos", "en"), form, "en").status());
        assertEquals(302, site.confirm(Mailbox.confirmToken(mailbox.await(form.get("email"), 1).get(0))).status());
        long id = idOf(slug);
        long signature = TestDatabase.number("SELECT id FROM signature WHERE email_key = ?", TestDatabase.emailKey(form.get("email")));
        // The shown count is refreshed off the request path, so it may take a moment to include the confirmation.
        Eventually.await(Duration.ofSeconds(10), () -> site.apiCount(slug), count -> count == 1);
        assertTrue(adminConsole().confirm(id, "close")
                .text().contains("The campaign is closed."));
        Eventually.await(Duration.ofSeconds(10), () -> TestDatabase.text("SELECT closed_at FROM campaign WHERE id = ?", id),
                closedAt -> closedAt != null);
        assertNull(TestDatabase.text("SELECT erased_at FROM signature WHERE id = ?", signature), "kept within the period");
        assertNotNull(TestDatabase.text("SELECT ip_key FROM signature WHERE id = ?", signature), "the address hash, until then");
        assertEquals("juntos|true", TestDatabase.text("SELECT source || '|' || CAST(partner_opt_in AS VARCHAR(5)) FROM signature WHERE id = ?",
                signature), "the partner's opt-in, until then");

        TestDatabase.update("UPDATE campaign SET closed_at = closed_at - INTERVAL '91 days' WHERE id = ?", id);

        Eventually.await(Duration.ofSeconds(10), () -> TestDatabase.text("SELECT erased_at FROM signature WHERE id = ?", signature),
                erasedAt -> erasedAt != null);
        assertEquals("|||||", TestDatabase.text("SELECT first_name || '|' || last_name || '|' || email || '|' || zip || '|' "
                + "|| COALESCE(phone, '') || '|' || COALESCE(ip_key, '') FROM signature WHERE id = ?", signature));
        assertEquals("CONFIRMED", TestDatabase.text("SELECT status FROM signature WHERE id = ?", signature), "still counts");
        assertEquals("juntos|false", TestDatabase.text("SELECT source || '|' || CAST(partner_opt_in AS VARCHAR(5)) FROM signature WHERE id = ?",
                signature), "counted by source still, the consent gone");
        assertEquals(1, site.apiCount(slug), "the count stays");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM signer_token WHERE signature_id = ?", signature));
    }

    private String publishedCampaignAskingPhone() {
        String slug = "privacy-" + UUID.randomUUID().toString().substring(0, 8);
        long id = ConsoleCampaignForm.bilingual(slug).with("phone", "true")
                .with("partners:0:key", "juntos").with("partners:0:name", "Juntos").with("partners:0:website", "https://vamosjuntos.com")
                .with("partners:0:optInEn", "Send me news from Juntos")
                .with("partners:0:optInPt", "Quero receber notícias do Juntos").createWith(adminConsole());
        assertTrue(adminConsole().act(adminConsole().get("organize/dashboard.xhtml?id=" + id), "lifecycle", Map.of(), "publish")
                .text().contains("The campaign is published."));
        Eventually.await(Duration.ofSeconds(10), () -> site.campaign(slug, "en").status(), status -> status == 200);
        return slug;
    }

    private static long idOf(String slug) {
        return TestDatabase.number("SELECT id FROM campaign WHERE slug = ?", slug);
    }

    private ConsoleClient adminConsole() {
        if (console == null) {
            console = admin();
        }
        return console;
    }
}
