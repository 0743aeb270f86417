package org.firmas.organizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.firmas.testsupport.ConsoleCampaignForm;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.FirmasIT;
import org.firmas.testsupport.OrganizerAccounts;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.Supporter;
import org.firmas.testsupport.TestDatabase;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * An organizer finding their way around one campaign: switching language without losing it, every
 * action landing back on the campaign's page so that a reload repeats nothing, a step to confirm
 * what cannot be undone, and an admin reopening a finished campaign.
 */
class OrganizerNavigatesConsoleIT extends FirmasIT {

    @Test
    void theLanguageSwitchOnEachCampaignPageKeepsTheCampaign() {
        ConsoleClient console = admin();
        String slug = slug("switch");
        long id = ConsoleCampaignForm.bilingual(slug).createWith(console);

        for (String page : List.of("dashboard", "deliveries", "moderation", "edit")) {
            ConsoleClient.Response english = console.get("organize/" + page + ".xhtml?id=" + id);
            assertEquals("en", english.document().selectFirst("html").attr("lang"), page);
            ConsoleClient.Response spanish = console.get(spanishLink(english));

            assertEquals(200, spanish.status(), page + ": " + spanish.text());
            assertEquals("es", spanish.document().selectFirst("html").attr("lang"), page);
            assertShowsCampaign(spanish, page, slug);
            ConsoleClient.Response back = console.get(spanish.document().selectFirst("nav.languages a[hreflang=en]").attr("href"));
            assertEquals(200, back.status(), page + " back in English");
            assertShowsCampaign(back, page, slug);
        }
    }

    @Test
    void theLanguageSwitchOfAFormShownAgainWithAMistakeKeepsTheCampaign() {
        ConsoleClient console = admin();
        String slug = slug("switch-post");
        long id = ConsoleCampaignForm.bilingual(slug).createWith(console);

        ConsoleClient.Response refused = console.submit(console.get("organize/edit.xhtml?id=" + id), "campaign",
                Map.of("title_en", ""), "save");
        assertEquals(200, refused.status(), "the form is shown again with its mistake");
        ConsoleClient.Response spanish = console.get(spanishLink(refused));

        assertEquals(200, spanish.status(), spanish.text());
        assertEquals("Financien la biblioteca", spanish.document().getElementById("campaign:title_es").val());
    }

    @Test
    void publishAndSendNowRedirectToTheCampaignAndAReloadSendsNothingMore() {
        ConsoleClient console = admin();
        String slug = slug("prg");
        String official = slug + "@officials.example.org";
        long id = ConsoleCampaignForm.bilingual(slug).with("targets:0:email", official).createWith(console);

        ConsoleClient.Response dashboard = console.get("organize/dashboard.xhtml?id=" + id);
        ConsoleClient.Response published = console.submit(dashboard, "lifecycle", Map.of(), "publish");
        assertRedirectsTo(published, "/organize/dashboard.xhtml?id=" + id);
        ConsoleClient.Response shown = console.get(published.location());
        assertTrue(shown.text().contains("The campaign is published."), shown.text());
        assertEquals(200, console.get(published.location()).status(), "a reload only shows the page again");
        ConsoleClient.Response publishedAgain = console.submit(dashboard, "lifecycle", Map.of(), "publish");
        assertTrue(console.get(publishedAgain.location()).text().contains("Nothing changed"), "a second post finds it published");

        Supporter.signsAndConfirms(site(), mailbox(), slug, SignatureForm.valid());
        ConsoleClient.Response log = console.get("organize/deliveries.xhtml?id=" + id);
        ConsoleClient.Response sent = console.submit(log, "deliveries", Map.of(), "sendNow");
        assertRedirectsTo(sent, "/organize/deliveries.xhtml?id=" + id);
        assertTrue(console.get(sent.location()).text().contains("The batch is built"));
        mailbox().await(official, 1);

        for (int reload = 0; reload < 3; reload++) {
            assertEquals(200, console.get(sent.location()).status());
        }
        ConsoleClient.Response sentAgain = console.submit(log, "deliveries", Map.of(), "sendNow");
        assertRedirectsTo(sentAgain, "/organize/deliveries.xhtml?id=" + id);
        assertTrue(console.get(sentAgain.location()).text().contains("No confirmed signature is waiting"), "nothing new to send");

        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM delivery_batch WHERE campaign_id = ?", id), "one batch");
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", official));
        assertEquals(1, mailbox().to(official).size(), "the official got one mail");
    }

    @Test
    void closeAndWonTakeAConfirmationStepThatSaysWhatWillHappen() {
        ConsoleClient console = admin();
        String slug = slug("confirm");
        long id = ConsoleCampaignForm.bilingual(slug).createWith(console);
        console.act(console.get("organize/dashboard.xhtml?id=" + id), "lifecycle", Map.of(), "publish");

        ConsoleClient.Response dashboard = console.get("organize/dashboard.xhtml?id=" + id);
        assertTrue(dashboard.document().select("[name=lifecycle:close], [name=lifecycle:won]").isEmpty(), "no one-click close");
        ConsoleClient.Response step = console.get(dashboard.document().getElementById("close").attr("href"));
        assertEquals("Close this campaign?", step.document().getElementById("confirm-heading").text());
        assertTrue(step.text().contains("Every official receives the final batch now"), step.text());
        assertTrue(step.text().contains("erased 90 days after"), step.text());
        assertTrue(statusOf(id).equals("open"), "asking changes nothing");
        assertEquals(200, console.get(step.document().getElementById("cancel").attr("href")).status());
        assertEquals("open", statusOf(id), "cancelled");

        ConsoleClient.Response closed = console.submit(step, "confirm", Map.of(), "confirm");
        assertRedirectsTo(closed, "/organize/dashboard.xhtml?id=" + id);
        assertTrue(console.get(closed.location()).text().contains("The campaign is closed."));
        assertEquals("closed", statusOf(id));

        ConsoleClient.Response wonStep = console.get(console.get("organize/dashboard.xhtml?id=" + id)
                .document().getElementById("won").attr("href"));
        assertEquals("Mark this campaign as won?", wonStep.document().getElementById("confirm-heading").text());
        assertEquals("closed", statusOf(id));
        ConsoleClient.Response won = console.submit(wonStep, "confirm", Map.of(), "confirm");
        assertRedirectsTo(won, "/organize/dashboard.xhtml?id=" + id);
        assertEquals("won", statusOf(id));
        ConsoleClient.Response wonAgain = console.submit(wonStep, "confirm", Map.of(), "confirm");
        assertTrue(console.get(wonAgain.location()).text().contains("Nothing changed"), "the same step posted twice");
    }

    @Test
    void anAdminReopensAClosedCampaignAndOfficialsGetOnlyNewSigners() {
        ConsoleClient console = admin();
        String slug = slug("reopen");
        String official = slug + "@officials.example.org";
        long id = ConsoleCampaignForm.bilingual(slug).with("targets:0:email", official).createWith(console);
        console.act(console.get("organize/dashboard.xhtml?id=" + id), "lifecycle", Map.of(), "publish");
        Supporter.signsAndConfirms(site(), mailbox(), slug, SignatureForm.valid().with("lastName", "Primera"));
        console.confirm(id, "close");
        String finalBatch = mailbox().await(official, 1).get(0).text();
        assertTrue(finalBatch.contains("Primera"), finalBatch);

        ConsoleClient.Response closed = console.get("organize/dashboard.xhtml?id=" + id);
        assertNotNull(closed.document().getElementById("reopen"), "an admin may reopen");
        ConsoleClient.Response step = console.get(closed.document().getElementById("reopen").attr("href"));
        assertEquals("Reopen this campaign?", step.document().getElementById("confirm-heading").text());
        ConsoleClient.Response reopened = console.submit(step, "confirm", Map.of(), "confirm");
        assertRedirectsTo(reopened, "/organize/dashboard.xhtml?id=" + id);
        assertTrue(console.get(reopened.location()).text().contains("The campaign is open again"));
        assertEquals("open", statusOf(id));

        Supporter.signsAndConfirms(site(), mailbox(), slug, SignatureForm.valid().with("lastName", "Segunda"));
        console.confirm(id, "close");
        String secondFinal = mailbox().await(official, 2).get(1).text();
        assertTrue(secondFinal.contains("Segunda"), secondFinal);
        assertFalse(secondFinal.contains("Primera"), "nobody is sent to an official twice: " + secondFinal);

        // Reopened and closed again without anyone new: the officials had the final word already.
        console.confirm(id, "reopen");
        console.confirm(id, "close");
        ConsoleClient.Response nothing = console.act(console.get("organize/deliveries.xhtml?id=" + id), "deliveries", Map.of(), "sendNow");
        assertTrue(nothing.text().contains("No confirmed signature is waiting"), nothing.text());
        assertEquals(2, TestDatabase.number("SELECT COUNT(*) FROM delivery_batch WHERE campaign_id = ?", id));
        assertEquals(2, mailbox().to(official).size());
    }

    @Test
    void anOrganizerWhoIsNotAnAdminCannotReopen() {
        ConsoleClient organizer = loggedIn(OrganizerAccounts.newOrganizer("Closer"), OrganizerAccounts.PASSWORD);
        long id = ConsoleCampaignForm.bilingual(slug("not-admin")).createWith(organizer);
        organizer.act(organizer.get("organize/dashboard.xhtml?id=" + id), "lifecycle", Map.of(), "publish");
        organizer.confirm(id, "close");

        ConsoleClient.Response closed = organizer.get("organize/dashboard.xhtml?id=" + id);
        assertEquals(null, closed.document().getElementById("reopen"), "no reopen link");
        String hint = Eventually.await(Duration.ofSeconds(10), () -> organizer.get("organize/dashboard.xhtml?id=" + id)
                .document().select("#reopenUntil").text(), text -> !text.isEmpty());
        assertTrue(hint.startsWith("An admin can reopen this campaign until " + LocalDate.now(ZoneOffset.UTC).plusDays(90)), hint);
        ConsoleClient.Response step = organizer.get("organize/dashboard.xhtml?id=" + id + "&confirm=reopen");
        assertTrue(step.document().select("form#confirm").isEmpty(), "no reopen step: " + step.text());
        assertEquals("closed", statusOf(id));
    }

    @Test
    void aCampaignWhoseSignersWereErasedCannotBeReopenedAndThePageSaysWhy() {
        ConsoleClient console = admin();
        long id = ConsoleCampaignForm.bilingual(slug("erased")).createWith(console);
        console.act(console.get("organize/dashboard.xhtml?id=" + id), "lifecycle", Map.of(), "publish");
        console.confirm(id, "close");
        // As retention leaves a campaign that closed longer ago than FIRMAS_RETENTION_DAYS (90 in the tests).
        TestDatabase.update("UPDATE campaign SET closed_at = CURRENT_TIMESTAMP - INTERVAL '91 days' WHERE id = ?", id);

        ConsoleClient.Response closed = console.get("organize/dashboard.xhtml?id=" + id);
        assertEquals(null, closed.document().getElementById("reopen"));
        assertTrue(closed.document().getElementById("erased").text().contains("can no longer be reopened"), closed.text());
        assertTrue(console.get("organize/dashboard.xhtml?id=" + id + "&confirm=reopen").document().select("form#confirm").isEmpty());
        assertEquals("closed", statusOf(id));
    }

    private static void assertShowsCampaign(ConsoleClient.Response page, String name, String slug) {
        if (name.equals("edit")) {
            assertEquals("Fund the library", page.document().getElementById("campaign:title_en").val(), name);
        } else {
            assertTrue(page.text().contains("/campaigns/" + slug), name + ": " + page.text());
        }
    }

    private static String spanishLink(ConsoleClient.Response page) {
        Element link = page.document().selectFirst("nav.languages a[hreflang=es]");
        assertNotNull(link, "a link to Spanish: " + page.text());
        assertEquals("Español", link.text());
        return link.attr("href");
    }

    private static void assertRedirectsTo(ConsoleClient.Response response, String address) {
        assertTrue(response.status() == 302 || response.status() == 303, response.status() + ": " + response.text());
        assertTrue(response.location().contains(address), response.location());
    }

    private static String statusOf(long id) {
        return TestDatabase.text("SELECT definition FROM campaign WHERE id = ?", id).lines().findFirst().orElseThrow()
                .replace("status: ", "");
    }

    private ConsoleClient loggedIn(String email, String password) {
        ConsoleClient console = console();
        ConsoleClient.Response response = console.logIn(email, password);
        assertEquals(302, response.status(), response.text());
        return console;
    }

    private static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
