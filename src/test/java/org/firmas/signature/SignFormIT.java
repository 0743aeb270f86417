package org.firmas.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.firmas.delivery.entity.CheckedPage;
import org.firmas.platform.Messages;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.DeliveryProgress;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.FirmasIT;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.PetitionSite.Page;
import org.firmas.platform.Languages;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.TestDatabase;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sign form as a browser without JavaScript uses it, over HTTP, against the deployed WAR on
 * PostgreSQL, with GreenMail receiving the confirmation mails.
 */
class SignFormIT extends FirmasIT {

    private static final String CAMPAIGN = "signing-test";
    private static final Duration FRESHNESS = Duration.ofSeconds(5);
    private static final Duration RELOAD = Duration.ofSeconds(10);

    private PetitionSite site;

    @BeforeEach
    void openSite() throws Exception {
        site = site();
    }

    @Test
    void aSignatureCountsOnceItsSignerConfirmsIt() {
        long before = settledCount();
        SignatureForm form = SignatureForm.valid().with("comment", "Familias unidas");

        Page answer = site.sign(CAMPAIGN, form, "en-US,en;q=0.8");

        assertEquals(302, answer.status());
        assertTrue(answer.location().endsWith("/campaigns/" + CAMPAIGN + "/thanks"), answer.location());
        Page thanks = site.get(answer.location(), "en");
        assertEquals(200, thanks.status());
        assertTrue(thanks.text().contains("check your email"), thanks.text());
        assertFalse(thanks.document().select("a[href^=https://wa.me/]").isEmpty(), "a WhatsApp share link");
        assertEquals(1, storedFor(form.get("email")));
        assertEquals(before, settledCount(), "not counted before confirmation");

        String token = Mailbox.confirmToken(mailbox().await(form.get("email"), 1).get(0));
        assertEquals(302, site.confirm(token).status());

        assertEquals(before + 1, Eventually.await(FRESHNESS, () -> site.apiCount(CAMPAIGN), count -> count == before + 1));
        // The page itself may be up to a second older than the count (it is cached), within the same bound.
        assertEquals(String.valueOf(before + 1), Eventually.await(FRESHNESS,
                () -> site.campaign(CAMPAIGN, "en").document().selectFirst("progress").attr("value"),
                shown -> shown.equals(String.valueOf(before + 1))));
    }

    @Test
    void signingAgainWithTheSameEmailInAnotherCaseStoresNothingAndLooksTheSame() {
        SignatureForm first = SignatureForm.valid();
        String email = first.get("email");
        Page firstAnswer = site.sign(CAMPAIGN, first, "en");
        long afterFirst = settledCount();

        Page secondAnswer = site.sign(CAMPAIGN,
                SignatureForm.valid().withEmail("  " + email.toUpperCase() + " ").with("firstName", "Otra"), "en");

        assertEquals(firstAnswer.status(), secondAnswer.status());
        // The same thank-you page, which says whether a mail went out this time (within the cooldown none does).
        assertEquals(firstAnswer.location(), secondAnswer.location().replaceFirst("\\?.*", ""));
        assertEquals(1, storedFor(email));
        assertEquals(afterFirst, storedInCampaign());
        assertEquals(afterFirst, settledCount());
        assertTrue(mailbox().to(email).size() <= 2, "a confirmation and at most one reminder");
    }

    @Test
    void theConfirmedPageCountsTheSignatureJustConfirmedEveryTime() {
        long shown = settledCount();
        for (int round = 1; round <= 5; round++) {
            SignatureForm form = SignatureForm.valid();
            site.sign(CAMPAIGN, form, "en");
            String token = Mailbox.confirmToken(mailbox().await(form.get("email"), 1).get(0));

            Page confirmed = site.get(site.confirm(token).location(), "en");

            assertTrue(confirmed.text().contains("Your signature counts"), confirmed.text());
            assertEquals(String.valueOf(shown + 1), confirmed.document().selectFirst("progress").attr("value"), "round " + round);
            shown++;
        }
    }

    @Test
    void signingAgainWithinTheCooldownSaysNoNewMailWentOutAndAfterItSaysOneDid() throws Exception {
        SignatureForm form = SignatureForm.valid();
        String email = form.get("email");
        Mailbox mailbox = mailbox();
        Page first = site.get(site.sign(CAMPAIGN, form, "en").location(), "en");
        assertTrue(first.text().contains("We sent you an email."), first.text());
        mailbox.await(email, 1);

        Page again = site.get(site.sign(CAMPAIGN, form, "en").location(), "en");
        Page inSpanish = site.get(site.sign(CAMPAIGN, form, "es").location(), "es");

        assertTrue(again.text().contains("We already sent you an email about this petition a moment ago"), again.text());
        assertTrue(again.text().contains("in 1 minute"), again.text());
        assertFalse(again.text().contains("We sent you an email."), again.text());
        assertTrue(inSpanish.text().contains("Ya le enviamos un correo sobre esta petición hace un momento"), inSpanish.text());
        DeliveryProgress.awaitSignerMailsSettled(email);
        assertEquals(1, mailbox.to(email).size(), "no mail within the cooldown");

        DeliveryProgress.awaitMailCooldownPassed(CAMPAIGN, email);
        Page later = site.get(site.sign(CAMPAIGN, form, "en").location(), "en");

        assertTrue(later.text().contains("We sent you an email."), later.text());
        assertEquals(2, mailbox.await(email, 2).size());
    }

    @Test
    void aWonCampaignShowsItsRecordedFinalCountOnTheHomeAndCampaignPages() throws Exception {
        Path folder = Path.of(System.getProperty("firmas.testCampaigns"));
        Path file = folder.resolve("won-test.yaml");
        String definition = Files.readString(folder.resolve("draft-test.yaml"))
                .replace("status: draft", "status: won\nfinal_signatures: 12_345")
                .replace("Draft under preparation", "A campaign we won");
        try {
            Files.writeString(file, definition);
            assertEquals(200, Eventually.await(RELOAD, () -> site.campaign("won-test", "en").status(), status -> status == 200));

            Page campaign = site.campaign("won-test", "en");
            assertEquals("12345", campaign.document().selectFirst("progress").attr("value"));
            assertTrue(campaign.document().selectFirst(".progress-count").text().startsWith("12,345 of a goal of 10"), campaign.text());
            org.jsoup.nodes.Element card = site.get("", "en").document()
                    .selectFirst(".finished .campaign-card:has(a[href$=/campaigns/won-test])");
            assertNotNull(card, "the won campaign is listed as finished");
            assertTrue(card.text().contains("Signatures: 12,345"), card.text());
            assertTrue(site.get("", "es").document().selectFirst(".finished .campaign-card:has(a[href$=/campaigns/won-test])")
                    .text().contains("Firmas: 12.345"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aNameWithAccentsFromASpanishBrowserIsStoredAsTypedAndConfirmedInSpanish() {
        SignatureForm form = SignatureForm.valid().with("firstName", "María José").with("lastName", "Muñoz Peña");

        Page answer = site.sign(CAMPAIGN, form, "es-US,es;q=0.9,en;q=0.5");

        assertEquals(302, answer.status());
        String emailKey = TestDatabase.emailKey(form.get("email"));
        assertEquals("María José", TestDatabase.text("SELECT first_name FROM signature WHERE email_key = ?", emailKey));
        assertEquals("Muñoz Peña", TestDatabase.text("SELECT last_name FROM signature WHERE email_key = ?", emailKey));
        assertEquals("es", TestDatabase.text("SELECT language FROM signature WHERE email_key = ?", emailKey));
        String subject = mailbox().await(form.get("email"), 1).get(0).subject();
        assertTrue(subject.startsWith("Confirme su firma"), subject);
    }

    @Test
    void invalidEmailAndEmptyNameGetMessagesBesideTheFieldsAndStoreNothing() {
        SignatureForm form = SignatureForm.valid().with("firstName", "").withEmail("rosa@");

        Page answer = site.sign(CAMPAIGN, form, "en");

        assertEquals(200, answer.status());
        assertEquals("Please enter your first name.", answer.fieldError("firstName"));
        assertEquals("Please enter an email address like name@example.com.", answer.fieldError("email"));
        assertNotNull(answer.document().getElementById("error-summary"), "an error summary");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM signature WHERE email_key = ?", TestDatabase.emailKey("rosa@")));
    }

    @Test
    void aSpanishBrowserGetsTheCampaignAndItsMessagesInSpanish() {
        Page page = site.campaign(CAMPAIGN, "es-MX,es;q=0.9,en;q=0.5");
        assertEquals("es", page.document().selectFirst("html").attr("lang"));
        assertTrue(page.text().contains("Petición de prueba para firmar"), page.text());

        Page answer = site.sign(CAMPAIGN, SignatureForm.valid().with("zip", "191"), "es-MX,es;q=0.9");

        assertEquals("Escriba un código postal de 5 dígitos, como 19148.", answer.fieldError("zip"));
    }

    @Test
    void aBrowserAskingOnlyForLanguagesTheSiteDoesNotShipGetsTheDefaultOne() {
        Page page = site.campaign(CAMPAIGN, "de-DE,de;q=0.9,fr;q=0.5");

        assertEquals(Languages.all().get(0), page.document().selectFirst("html").attr("lang"));
        assertEquals("es", site.campaign(CAMPAIGN, "de-DE,de;q=0.9,es;q=0.5").document().selectFirst("html").attr("lang"),
                "a supported language further down the browser's list wins over the default");
    }

    @Test
    void aPageThatSetsTheTemplatesOptionsGetsThemAndOneThatDoesNotGetsTheirDefaults() {
        ResourceBundle spanish = ResourceBundle.getBundle("org.firmas.i18n.messages", Locale.forLanguageTag("es"));
        org.jsoup.nodes.Document campaign = site.campaign(CAMPAIGN, "es").document();
        org.jsoup.nodes.Document privacy = site.get("privacy.xhtml", "es").document();

        assertEquals("wide", campaign.selectFirst("main").className(), "the campaign page sets its width");
        String campaignSummary = campaign.selectFirst("meta[name=description]").attr("content");
        assertFalse(campaignSummary.isBlank());
        assertFalse(campaignSummary.equals(spanish.getString("site.description")), "the campaign page describes the campaign");
        assertEquals("_self", campaign.selectFirst("a[href$=/privacy.xhtml][target]").attr("target"),
                "outside a partner's frame the privacy notice opens in place");
        assertEquals("narrow", privacy.selectFirst("main").className(), "a page that sets no width gets the default");
        assertEquals(spanish.getString("site.description"), privacy.selectFirst("meta[name=description]").attr("content"),
                "a page that sets no description gets the site's");
    }

    @Test
    void theAccessibilityStatementIsServedInEveryLanguageAndLinkedFromTheCampaignPage() {
        for (String language : Languages.all()) {
            Page statement = site.get("accessibility?lang=" + language, "en");

            assertEquals(200, statement.status(), language);
            assertEquals(language, statement.document().selectFirst("html").attr("lang"));
            assertEquals(ResourceBundle.getBundle("org.firmas.i18n.messages", Locale.forLanguageTag(language))
                    .getString("accessibility.title"), statement.document().selectFirst("h1").text(), language);
            Element contact = statement.document().selectFirst("#accessibility-contact a[href]");
            assertNotNull(contact, "a mail link to the site's contact [" + language + "]: " + statement.text());
            assertEquals("mailto:organizers@firmas.test", contact.attr("href"));
            assertTrue(statement.document().selectFirst("#accessibility-contact").text().startsWith("Organizing team"));
            assertEquals(Arrays.stream(CheckedPage.values()).map(page -> Messages.format(Locale.forLanguageTag(language), page.messageKey()))
                    .toList(), statement.document().select("#checked-pages li").eachText(), "the pages the audits check [" + language + "]");
        }
        assertTrue(site.get("accessibility?lang=en", "en").document().select("#checked-pages li").eachText()
                .contains("The page that shows that data, where you can withdraw a signature or erase it all"), "the my-data pages among them");
        assertEquals("es", site.get("accessibility", "es-MX,es;q=0.9").document().selectFirst("html").attr("lang"),
                "the browser's language chooses the statement's too");

        Element link = site.campaign(CAMPAIGN, "en").document().selectFirst("footer #accessibility-link");
        assertNotNull(link, "the campaign page's footer links the statement");
        assertEquals(200, site.get(link.attr("href"), "en").status(), link.attr("href"));
    }

    @Test
    void theLanguageLinkSwitchesTheWholePage() {
        Page english = site.campaign(CAMPAIGN, "en");
        String toSpanish = english.document().selectFirst("nav.languages a[lang=es]").attr("href");

        Page spanish = site.get(toSpanish, "en");

        assertTrue(spanish.text().contains("Firme la petición"), spanish.text());
    }

    @Test
    void unknownAndDraftCampaignsAreNotFoundAndBrokenFilesDoNotStopTheOthers() {
        Page unknown = site.campaign("no-such-campaign", "en");
        assertEquals(404, unknown.status());
        assertTrue(unknown.text().contains("Page not found"), unknown.text());
        assertFalse(unknown.body().contains("Exception"));
        assertEquals(404, site.campaign("draft-test", "en").status());
        assertEquals(404, site.campaign("broken-test", "en").status());
        Page home = site.get("", "en");
        assertTrue(home.text().contains("Test petition for signing"));
        assertFalse(home.text().contains("Draft under preparation"));
    }

    @Test
    void aCampaignFileAddedOrEditedIsServedWithinSecondsAndABrokenEditKeepsTheLastGoodVersion() throws Exception {
        Path folder = Path.of(System.getProperty("firmas.testCampaigns"));
        Path file = folder.resolve("reload-test.yaml");
        String definition = Files.readString(folder.resolve("draft-test.yaml")).replace("status: draft", "status: open");
        try {
            Files.writeString(file, definition);
            assertEquals(200, Eventually.await(RELOAD, () -> site.campaign("reload-test", "en").status(), status -> status == 200));

            Files.writeString(file, definition.replace("Draft under preparation", "Edited title"));
            assertTrue(Eventually.await(RELOAD, () -> site.campaign("reload-test", "en").text(),
                    text -> text.contains("Edited title")).contains("Edited title"));

            Files.writeString(file, definition.replace("goal: 10", "goal: many"));
            ConsoleClient admin = admin();
            Element listed = Eventually.await(RELOAD, () -> admin.get("organize/").document().getElementById("campaign-reload-test"),
                    row -> row != null && !row.select(".file-mistakes li").isEmpty());
            assertFalse(listed.select(".file-mistakes li").isEmpty(), "the broken edit was read");
            assertTrue(site.campaign("reload-test", "en").text().contains("Edited title"), "the last good version");
        } finally {
            Files.deleteIfExists(file);
        }
        assertEquals(404, Eventually.await(RELOAD, () -> site.campaign("reload-test", "en").status(), status -> status == 404));
    }

    @Test
    void publicPagesSendHeadersThatKeepScriptsFramesAndReferrersOut() throws Exception {
        Page page = site.campaign(CAMPAIGN, "en");

        String policy = Objects.toString(page.header("Content-Security-Policy"), "");
        assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertEquals("no-referrer", page.header("Referrer-Policy"));
        assertNull(page.header("X-Powered-By"), "no X-Powered-By");
        assertFalse(Objects.toString(page.header("Server"), "").matches(".*\\d.*"), "no server version");
        assertNull(page.header("Set-Cookie"), "a public page starts no session");
    }

    @Test
    void theJsonViewDescribesTheCampaign() {
        Page json = site.get("api/campaigns/" + CAMPAIGN, "en");

        assertEquals(200, json.status());
        assertTrue(json.body().contains("\"slug\":\"signing-test\""), json.body());
        assertTrue(json.body().contains("\"title\":\"Test petition for signing\""), json.body());
        assertTrue(json.body().contains("\"status\":\"open\""), json.body());
        assertTrue(json.body().contains("\"goal\":100"), json.body());
        assertTrue(json.body().contains("\"deadline\":null"), "a campaign without a deadline says so: " + json.body());
        assertEquals(404, site.get("api/campaigns/draft-test", "en").status());
    }

    /** The public count once it has caught up with the database. */
    private long settledCount() {
        return Eventually.await(FRESHNESS, () -> site.apiCount(CAMPAIGN), count -> count == storedInCampaign());
    }

    /** Confirmed signatures of the campaign, as stored. */
    private static long storedInCampaign() {
        return TestDatabase.number("SELECT COUNT(*) FROM signature s JOIN campaign c ON c.id = s.campaign_id "
                + "WHERE c.slug = ? AND s.status = 'CONFIRMED'", CAMPAIGN);
    }

    private static long storedFor(String email) {
        return TestDatabase.number("SELECT COUNT(*) FROM signature WHERE email_key = ?", TestDatabase.emailKey(email));
    }
}
