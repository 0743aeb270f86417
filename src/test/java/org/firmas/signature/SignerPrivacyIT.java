package org.firmas.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.firmas.testsupport.ConsoleCampaignForm;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.FirmasIT;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.Supporter;
import org.firmas.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the database keeps of a signer: the address and phone number only encrypted, one
 * signature per mailbox however the address is spelled, and nothing personal once a campaign has
 * been closed for longer than the retention period.
 */
class SignerPrivacyIT extends FirmasIT {

    private PetitionSite site;
    private Mailbox mailbox;
    private ConsoleClient console;

    @BeforeEach
    void open() {
        site = site();
        mailbox = mailbox();
        console = console();
        assertEquals(302, console.logIn(System.getProperty("firmas.adminEmail"), System.getProperty("firmas.adminPassword")).status());
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
        String csv = console.get("organize/signatures/" + idOf(slug) + ".csv").body();
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
        // Signed from the partner's link, asking the partner for news: consent that goes with the signer's data.
        SignatureForm form = SignatureForm.valid().with("phone", "215-555-0199").with("partnerOptIn", "on");
        assertEquals(302, site.sign(site.get("campaigns/" + slug + "?source=juntos", "en"), form, "en").status());
        assertEquals(302, site.confirm(Mailbox.confirmToken(mailbox.await(form.get("email"), 1).get(0))).status());
        long id = idOf(slug);
        long signature = TestDatabase.number("SELECT id FROM signature WHERE email_key = ?", TestDatabase.emailKey(form.get("email")));
        // The shown count is refreshed off the request path, so it may take a moment to include the confirmation.
        Eventually.await(Duration.ofSeconds(10), () -> site.apiCount(slug), count -> count == 1);
        assertTrue(console.confirm(id, "close")
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
                .with("partners:0:optInEn", "Send me news from Juntos").createWith(console);
        assertTrue(console.act(console.get("organize/dashboard.xhtml?id=" + id), "lifecycle", Map.of(), "publish")
                .text().contains("The campaign is published."));
        Eventually.await(Duration.ofSeconds(10), () -> site.campaign(slug, "en").status(), status -> status == 200);
        return slug;
    }

    private static long idOf(String slug) {
        return TestDatabase.number("SELECT id FROM campaign WHERE slug = ?", slug);
    }
}
