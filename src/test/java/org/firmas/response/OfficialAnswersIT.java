package org.firmas.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.FirmasIT;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.ReceivedMail;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.Supporter;
import org.firmas.testsupport.TestDatabase;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The campaign's conversation with its officials and supporters: an official answers a batch
 * mail, the organizer records the answer in the console, supporters read it on the campaign's
 * page in their language beside the officials who have not answered and, when they asked for
 * news, in their inbox once the organizer sends it as an update; and a milestone passed by a
 * surge of confirmations is recorded once. The test deployment lists silent officials at once
 * (FIRMAS_RESPONSES_SILENCE_DAYS is 0).
 */
class OfficialAnswersIT extends FirmasIT {

    private static final String CAMPAIGN = "answers-test";
    private static final String COUNCIL_MEMBER = "marta.ruiz@council.example.org";
    private static final String MAYOR = "alcaldesa@council.example.org";
    /** The organization's Reply-To: the campaign names no contact of its own. */
    private static final String SITE_REPLY_TO = "organizers@firmas.test";
    private static final String SURGE = "surge-test";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void anOfficialsAnswerRecordedByTheOrganizerIsReadOnThePageInEachLanguage() {
        PetitionSite site = site();
        Mailbox mailbox = mailbox();
        String supporter = Supporter.signsAndConfirms(site, mailbox, CAMPAIGN, SignatureForm.valid().with("wantsUpdates", "on")).get("email");

        ReceivedMail toCouncilMember = mailbox.await(COUNCIL_MEMBER, 1).get(0);
        ReceivedMail toMayor = mailbox.await(MAYOR, 1).get(0);
        assertEquals(SITE_REPLY_TO, toCouncilMember.replyTo(), "without a contact, answers reach the site's address");
        assertEquals(SITE_REPLY_TO, toMayor.replyTo());
        assertTrue(toCouncilMember.text().contains("To answer this petition, reply to this email"), toCouncilMember.text());
        assertTrue(toCouncilMember.html().contains("To answer this petition, reply to this email"), toCouncilMember.html());
        assertTrue(toMayor.text().contains("Para responder a esta petición, responda a este correo"), toMayor.text());

        long campaign = campaignId(CAMPAIGN);
        Document silent = Eventually.await(WAIT, () -> site.campaign(CAMPAIGN, "en").document(),
                page -> silentTargets(page).size() == 2);
        assertEquals(List.of("Marta Ruiz, Council Member", "Oficina de la Alcaldesa, Alcaldía"), silentTargets(silent));

        ConsoleClient organizer = admin();
        ConsoleClient.Response form = organizer.get("organize/responses.xhtml?id=" + campaign);
        assertEquals(200, form.status());
        ConsoleClient.Response refused = organizer.submit(form, "response", Map.of("target", COUNCIL_MEMBER, "text", " ",
                "link", "javascript:alert(1)", "receivedOn", "2026-13-45"), "save");
        assertEquals(200, refused.status(), "bad input is answered with the form again");
        assertEquals("Enter the text of the response.", fieldError(refused, "text"));
        assertEquals("Enter a full web address starting with https:// or http://, or leave this empty.", fieldError(refused, "link"));
        assertEquals("Enter the date as year-month-day, like 2026-12-01.", fieldError(refused, "receivedOn"));

        String received = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        ConsoleClient.Response recorded = organizer.act(form, "response", Map.of("target", COUNCIL_MEMBER, "receivedOn", received,
                "language", "es", "text", "Gracias por su petición.\nLa comisión la estudiará en enero.",
                "translation", "Thank you for your petition.\nThe committee will study it in January.",
                "link", "https://council.example.org/answer.pdf"), "save");
        assertTrue(recorded.text().contains("The response was recorded"), recorded.text());
        long response = TestDatabase.number("SELECT id FROM official_response WHERE campaign_id = ?", campaign);

        Document spanish = Eventually.await(WAIT, () -> site.campaign(CAMPAIGN, "es").document(),
                page -> page.selectFirst("#responses .response") != null && silentTargets(page).size() == 1);
        Element answer = spanish.selectFirst("#responses .response");
        assertEquals("Marta Ruiz, Council Member", answer.selectFirst("h3").text());
        assertEquals("Gracias por su petición.\nLa comisión la estudiará en enero.", answer.selectFirst("blockquote").wholeText());
        assertEquals("https://council.example.org/answer.pdf", answer.selectFirst("a").attr("href"));
        assertEquals(List.of("Oficina de la Alcaldesa, Alcaldía"), silentTargets(spanish), "who answered is no longer silent");
        assertEquals("Respuestas", spanish.selectFirst("#responses-heading").text());
        // Each language's page is kept for a moment like the counts: the English one shows the answer soon too.
        Document english = Eventually.await(WAIT, () -> site.campaign(CAMPAIGN, "en").document(),
                page -> page.selectFirst("#responses .response blockquote") != null);
        assertEquals("Thank you for your petition.\nThe committee will study it in January.",
                english.selectFirst("#responses .response blockquote").wholeText());
        assertNull(english.selectFirst("#responses .response-language"), "a translated answer needs no language note");

        ConsoleClient.Response edit = organizer.get("organize/responses.xhtml?id=" + campaign + "&edit=" + response);
        organizer.act(edit, "response", Map.of("translation", ""), "save");
        Document untranslated = Eventually.await(WAIT, () -> site.campaign(CAMPAIGN, "en").document(),
                page -> page.selectFirst("#responses .response-language") != null);
        assertEquals("In Spanish, as received:", untranslated.selectFirst("#responses .response-language").text());
        assertEquals("es", untranslated.selectFirst("#responses blockquote").attr("lang"));

        ConsoleClient.Response list = organizer.get("organize/responses.xhtml?id=" + campaign);
        ConsoleClient.Response sent = organizer.submit(list, "list", Map.of(), "recorded:0:sendAsUpdate");
        assertTrue(sent.location().endsWith("/organize/updates.xhtml?id=" + campaign), sent.location());
        Element prepared = organizer.get(sent.location()).document().selectFirst("#updates tbody tr");
        assertNotNull(prepared, "the response became an update for the organizer to review");
        assertTrue(prepared.text().contains("Prepared from an official's response"), prepared.text());
        assertEquals("Awaiting approval", prepared.selectFirst(".update-status").text());
        assertEquals("0", prepared.selectFirst(".sent").text(), "nothing goes out before an organizer sends it");

        // The organizer reviews the prepared update and sends it: the supporter who asked for news reads the answer.
        String draft = prepared.selectFirst("td a").attr("href").replaceFirst("^.*?/organize/", "organize/");
        ConsoleClient.Response asked = organizer.submit(organizer.get(draft), "compose", Map.of(), "askToSend");
        assertEquals(302, asked.status(), asked.text());
        organizer.act(organizer.get(asked.location()), "confirm", Map.of(), "send");
        ReceivedMail news = Eventually.await(WAIT, () -> mailbox.to(supporter).stream()
                .filter(mail -> mail.subject().startsWith("Marta Ruiz answered the petition")).findFirst().orElse(null),
                mail -> mail != null);
        assertNotNull(news, "the update reaches the supporter; she has: "
                + mailbox.to(supporter).stream().map(ReceivedMail::subject).toList());
        assertTrue(news.text().contains("In Spanish, as received:"), news.text());
        assertTrue(news.text().contains("Gracias por su petición."), news.text());
        assertTrue(news.html().contains("<blockquote>"), news.html());
        assertTrue(news.html().contains("href=\"https://council.example.org/answer.pdf\""), news.html());
        assertNotNull(news.listUnsubscribe(), "an update can be left in one click");

        ConsoleClient.Response deleted = organizer.act(organizer.get("organize/responses.xhtml?id=" + campaign), "list", Map.of(), "recorded:0:delete");
        assertTrue(deleted.text().contains("The response was deleted."), deleted.text());
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM official_response WHERE campaign_id = ?", campaign));
        assertEquals(302, console().get("organize/responses.xhtml?id=" + campaign).status(), "no one unknown reads the console page");
    }

    @Test
    void aMilestonePassedByASurgeOfConfirmationsIsRecordedOnce() throws Exception {
        PetitionSite site = site();
        Mailbox mailbox = mailbox();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            SignatureForm form = SignatureForm.valid();
            assertEquals(302, site.sign(SURGE, form, "en").status(), "signed");
            tokens.add(Mailbox.confirmToken(mailbox.await(form.get("email"), 1).get(0)));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService supporters = Executors.newFixedThreadPool(tokens.size());
        try {
            List<Future<Integer>> confirmations = new ArrayList<>();
            for (String token : tokens) {
                confirmations.add(supporters.submit(() -> {
                    start.await();
                    return site.confirm(token).status();
                }));
            }
            start.countDown();
            for (Future<Integer> confirmation : confirmations) {
                assertEquals(302, confirmation.get(), "confirmed");
            }
        } finally {
            supporters.shutdownNow();
        }

        long campaign = campaignId(SURGE);
        Eventually.await(WAIT, () -> TestDatabase.number("SELECT COUNT(*) FROM milestone_reached WHERE campaign_id = ?", campaign),
                rows -> rows > 0);
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM milestone_reached WHERE campaign_id = ?", campaign),
                "one milestone of two reached, recorded once");
        assertEquals(6, TestDatabase.number("SELECT signatures FROM milestone_reached WHERE campaign_id = ?", campaign));

        Document dashboard = admin().get("organize/dashboard.xhtml?id=" + campaign).document();
        Element reached = dashboard.selectFirst("#milestones tr.reached");
        assertNotNull(reached, dashboard.select("#milestones").outerHtml());
        assertEquals("6", reached.selectFirst("td").text());
        assertFalse(reached.select("time").attr("datetime").isEmpty(), "when it was reached");
        assertEquals("500", dashboard.selectFirst("#milestones tr.ahead td").text());

        List<Element> prepared = Eventually.await(WAIT,
                () -> admin().get("organize/updates.xhtml?id=" + campaign).document().select("#updates tbody tr"), rows -> !rows.isEmpty());
        assertEquals(1, prepared.size(), "one update prepared for the milestone, whatever the surge");
        assertTrue(prepared.get(0).selectFirst("td a").text().endsWith(": 6 signatures"), prepared.get(0).text());
        assertTrue(prepared.get(0).text().contains("Prepared when the campaign reached 6 signatures"), prepared.get(0).text());
        assertEquals("Awaiting approval", prepared.get(0).selectFirst(".update-status").text());

        Document page = Eventually.await(WAIT, () -> site.campaign(SURGE, "es").document(),
                shown -> shown.selectFirst(".milestones li.reached") != null);
        assertEquals("6 ✓ alcanzado", page.selectFirst(".milestones li.reached").text());
        assertEquals(2, page.select(".milestone-ticks line").size(), "both milestones are marked on the bar");
    }

    private static List<String> silentTargets(Document page) {
        return page.select("#responses .silent-targets li").eachText();
    }

    private static String fieldError(ConsoleClient.Response page, String field) {
        Element error = page.document().getElementById("response:" + field);
        Element message = error == null ? null : error.parent().selectFirst(".field-error");
        return message == null ? null : message.text();
    }

    private static long campaignId(String slug) {
        return TestDatabase.number("SELECT id FROM campaign WHERE slug = ?", slug);
    }
}
