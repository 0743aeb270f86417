package org.firmas.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firmas.testsupport.ConsoleCampaignForm;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.FirmasIT;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.ReceivedMail;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.Supporter;
import org.firmas.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Supporters hear back: an organizer writes an update, sees how many will receive it and sends
 * it; the confirmed signers who asked for news receive it in their language with a one-click
 * unsubscribe, nobody else does, and one who unsubscribes receives nothing more from the campaign.
 */
class SupporterHearsBackIT extends FirmasIT {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("/(unsubscribe/[A-Za-z0-9_-]{43}\\?update=\\d+)");

    @Test
    void optedInSupportersHearBackInTheirLanguageAndOneClickStopsTheNextUpdate() {
        ConsoleClient console = loggedIn();
        String slug = "news-" + UUID.randomUUID().toString().substring(0, 8);
        long campaign = ConsoleCampaignForm.bilingual(slug).createWith(console);
        console.act(console.get("organize/dashboard.xhtml?id=" + campaign), "lifecycle", Map.of(), "publish");
        PetitionSite site = site();
        Mailbox mailbox = mailbox();
        String ana = Supporter.signsAndConfirms(site, mailbox, slug, SignatureForm.valid().with("wantsUpdates", "on")).get("email");
        String lucia = signsAndConfirmsInSpanish(site, mailbox, slug);
        String bob = Supporter.signsAndConfirms(site, mailbox, slug, SignatureForm.valid()).get("email");
        SignatureForm unconfirmed = SignatureForm.valid().with("wantsUpdates", "on");
        assertEquals(302, site.sign(slug, unconfirmed, "en").status());
        String carla = unconfirmed.get("email");

        ConsoleClient.Response list = console.get("organize/dashboard.xhtml?id=" + campaign);
        String updatesLink = list.document().getElementById("updates").attr("href");
        assertNotNull(console.get(updatesLink).document().getElementById("noUpdates"), "no update yet");
        ConsoleClient.Response compose = console.get("organize/update.xhtml?id=" + campaign);
        assertEquals("2 supporters would receive it now.", compose.document().getElementById("recipients").text());

        ConsoleClient.Response refused = console.submit(compose, "compose", Map.of("subjectEn", "Hearing on Monday"), "save");
        assertEquals("Required.", refused.document().getElementById("compose:subjectEs").parent().selectFirst(".field-error").text(),
                "the missing Spanish subject is named next to its field");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM supporter_update WHERE campaign_id = ?", campaign), "nothing saved");

        ConsoleClient.Response elsewhere = console.act(console.get("organize/update.xhtml?id=" + campaign), "compose",
                Map.of("subjectEn", "North side", "subjectEs", "Lado norte", "bodyEn", "Hi.", "bodyEs", "Hola.", "audience", "19999, North"), "save");
        assertEquals("No one would receive it now.", elsewhere.document().getElementById("recipients").text(),
                "nobody signed from that ZIP code or area");
        ConsoleClient.Response here = console.act(elsewhere, "compose", Map.of("audience", "19148"), "save");
        assertEquals("2 supporters would receive it now.", here.document().getElementById("recipients").text());

        long first = send(console, compose, "Hearing on Monday", "Audiencia el lunes",
                "Come to the **hearing** in Reading.", "Venga a la **audiencia** en Reading.", "It goes to 2 supporters now.");

        ReceivedMail toAna = update(mailbox, ana, "Hearing on Monday");
        assertTrue(toAna.html().contains("<strong>hearing</strong>"), "Markdown rendered: " + toAna.html());
        assertTrue(toAna.text().contains("Come to the **hearing** in Reading."), toAna.text());
        assertEquals("List-Unsubscribe=One-Click", toAna.listUnsubscribePost());
        assertTrue(toAna.listUnsubscribe().matches("<https?://.+/unsubscribe/[A-Za-z0-9_-]{43}\\?update=" + first + ">"),
                toAna.listUnsubscribe());
        assertTrue(toAna.html().contains("/unsubscribe/"), "the body has the unsubscribe link too");
        assertTrue(!toAna.html().contains("<img"), "no tracking pixel");
        ReceivedMail toLucia = update(mailbox, lucia, "Audiencia el lunes");
        assertTrue(toLucia.html().contains("<strong>audiencia</strong>"), toLucia.html());
        assertTrue(toLucia.text().contains("Dejar de recibir noticias de esta campaña"), toLucia.text());
        Eventually.await(Duration.ofSeconds(30), () -> TestDatabase.text("SELECT status FROM supporter_update WHERE id = ?", first),
                "SENT"::equals);
        assertEquals(2, TestDatabase.number("SELECT COUNT(*) FROM outbox_message WHERE update_id = ?", first),
                "only the two who opted in and confirmed");
        assertTrue(mailbox.to(bob).stream().noneMatch(mail -> mail.subject().contains("Hearing")), "Bob did not ask for news");
        assertTrue(mailbox.to(carla).stream().noneMatch(mail -> mail.subject().contains("Hearing")), "Carla never confirmed");

        String path = unsubscribePath(toAna);
        assertNotNull(site.get(path, "es").document().selectFirst("form#unsubscribe button"), "a GET only asks");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM update_unsubscription WHERE campaign_id = ?", campaign));
        PetitionSite.Page unsubscribed = site.post(path, Map.of("List-Unsubscribe", "One-Click"), "en");
        assertEquals(200, unsubscribed.status());
        assertNotNull(unsubscribed.document().getElementById("unsubscribed"), unsubscribed.text());
        assertEquals(200, site.post(path, Map.of("List-Unsubscribe", "One-Click"), "en").status(), "a second click changes nothing");
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM update_unsubscription WHERE campaign_id = ?", campaign));

        ConsoleClient.Response listed = Eventually.await(Duration.ofSeconds(30), () -> console.get(updatesLink),
                page -> "2".equals(page.document().select("#update-" + first + " .sent").text()));
        assertEquals("1", listed.document().select("#update-" + first + " .unsubscribed").text());
        assertEquals("0", listed.document().select("#update-" + first + " .failed").text());

        long second = send(console, console.get("organize/update.xhtml?id=" + campaign), "The hearing moved", "La audiencia cambió",
                "Now on Tuesday.", "Ahora el martes.", "It goes to 1 supporter now.");
        update(mailbox, lucia, "La audiencia cambió");
        Eventually.await(Duration.ofSeconds(30), () -> TestDatabase.text("SELECT status FROM supporter_update WHERE id = ?", second),
                "SENT"::equals);
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM outbox_message WHERE update_id = ? AND signature_id IN "
                + "(SELECT id FROM signature WHERE email_key = ?)", second, TestDatabase.emailKey(ana)), "Ana unsubscribed");
        assertTrue(mailbox.to(ana).stream().noneMatch(mail -> mail.subject().contains("moved")));

        String withdraw = Mailbox.withdrawToken(mailbox.to(ana).get(0));
        site.submit(site.get("withdraw/" + withdraw, "en"), "withdraw", Map.of(), "en");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM update_unsubscription WHERE campaign_id = ?", campaign),
                "not even the keyed hash of her address outlives her withdrawal");
        assertNotNull(site.get(path, "en").document().getElementById("unsubscribe-unknown"), "her link stands for nobody now");
    }

    @Test
    void markingACampaignWonPreparesAWeWonUpdateTheDashboardLinksTo() {
        ConsoleClient console = loggedIn();
        String slug = "won-" + UUID.randomUUID().toString().substring(0, 8);
        long campaign = ConsoleCampaignForm.bilingual(slug).createWith(console);
        console.act(console.get("organize/dashboard.xhtml?id=" + campaign), "lifecycle", Map.of(), "publish");

        ConsoleClient.Response dashboard = console.confirm(campaign, "won");

        assertNotNull(dashboard.document().getElementById("wonUpdate"), dashboard.text());
        ConsoleClient.Response draft = console.get(dashboard.document().select("#wonUpdate a").attr("href"));
        assertEquals("We won: Fund the library", draft.document().getElementById("compose:subjectEn").val());
        assertEquals("Ganamos: Financien la biblioteca", draft.document().getElementById("compose:subjectEs").val());
        assertTrue(draft.document().getElementById("preview-es").text().contains("Financien la biblioteca"), draft.text());
        assertEquals(List.of("Awaiting approval"), console.get("organize/updates.xhtml?id=" + campaign).document()
                .select("#updates .update-status").eachText());
        assertNull(console.get("organize/update.xhtml?id=" + campaign + "&update=" + (Long.MAX_VALUE - 1)).document()
                .getElementById("compose:subjectEn"), "an update of no campaign of hers is not shown");
    }

    /** Writes the update, asks to send it, reads the confirmation step and confirms; returns the update's id. */
    private static long send(ConsoleClient console, ConsoleClient.Response compose, String subjectEn, String subjectEs,
                             String bodyEn, String bodyEs, String confirmation) {
        ConsoleClient.Response asked = console.submit(compose, "compose",
                Map.of("subjectEn", subjectEn, "subjectEs", subjectEs, "bodyEn", bodyEn, "bodyEs", bodyEs), "askToSend");
        assertEquals(302, asked.status(), asked.text());
        ConsoleClient.Response step = console.get(asked.location());
        assertTrue(step.document().getElementById("confirmWhat").text().startsWith(confirmation), step.text());
        long id = Long.parseLong(asked.location().replaceAll(".*[?&]update=(\\d+).*", "$1"));
        ConsoleClient.Response sending = console.act(step, "confirm", Map.of(), "send");
        assertNotNull(sending.document().getElementById("sending"), sending.text());
        return id;
    }

    private static ReceivedMail update(Mailbox mailbox, String address, String subject) {
        return Eventually.await(Duration.ofSeconds(30), () -> mailbox.to(address).stream()
                .filter(mail -> mail.subject().equals(subject)).findFirst().orElse(null), mail -> mail != null);
    }

    private static String signsAndConfirmsInSpanish(PetitionSite site, Mailbox mailbox, String slug) {
        SignatureForm form = SignatureForm.valid().with("firstName", "Lucía").with("wantsUpdates", "on");
        assertEquals(302, site.sign(slug, form, "es").status());
        assertEquals(302, site.confirm(Mailbox.confirmToken(mailbox.await(form.get("email"), 1).get(0))).status());
        return form.get("email");
    }

    private static String unsubscribePath(ReceivedMail mail) {
        Matcher matcher = UNSUBSCRIBE.matcher(mail.listUnsubscribe());
        assertTrue(matcher.find(), mail.listUnsubscribe());
        return matcher.group(1);
    }

    private ConsoleClient loggedIn() {
        ConsoleClient console = console();
        ConsoleClient.Response response = console.logIn(System.getProperty("firmas.adminEmail"), System.getProperty("firmas.adminPassword"));
        assertEquals(302, response.status(), response.text());
        return console;
    }
}
