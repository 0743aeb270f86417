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
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The campaign's conversation with its officials and supporters: an official answers a batch
 * mail, the organizer records the answer in the console, supporters read it on the campaign's
 * page in their language beside the officials who have not answered and, when they asked for
 * news, in their inbox once the organizer sends it as an update; and a milestone passed by a
 * surge of confirmations is recorded once. Supporters hear back: an organizer writes an update,
 * sees how many will receive it and sends it; the confirmed signers who asked for news receive it
 * in their language with a one-click unsubscribe, nobody else does, and one who unsubscribes
 * receives nothing more from the campaign. The test deployment lists silent officials at once
 * (FIRMAS_RESPONSES_SILENCE_DAYS is 0). Each test reads only the mail of its own campaign's people.
 */
class OfficialsAnswerAndSupportersHearBackIT extends FirmasIT {

    private static final String CAMPAIGN = "answers-test";
    private static final String COUNCIL_MEMBER = "marta.ruiz@council.example.org";
    private static final String MAYOR = "alcaldesa@council.example.org";
    /** The organization's Reply-To: the campaign names no contact of its own. */
    private static final String SITE_REPLY_TO = "organizers@firmas.test";
    private static final String SURGE = "surge-test";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern UNSUBSCRIBE = Pattern.compile("/(unsubscribe/[A-Za-z0-9_-]{43}\\?update=\\d+)");

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
        assertEquals(List.of("en", "es", "pt"), form.document().select("select[id=response:language] option").eachAttr("value"),
                "a response comes in any language of the site");
        assertEquals("pt", form.document().getElementById("response:translation_pt").attr("lang"));
        ConsoleClient.Response refused = organizer.submit(form, "response", Map.of("target", COUNCIL_MEMBER, "text", " ",
                "link", "javascript:alert(1)", "receivedOn", "2026-13-45"), "save");
        assertEquals(200, refused.status(), "bad input is answered with the form again");
        assertEquals("Enter the text of the response.", fieldError(refused, "text"));
        assertEquals("Enter a full web address starting with https:// or http://, or leave this empty.", fieldError(refused, "link"));
        assertEquals("Enter the date as year-month-day, like 2026-12-01.", fieldError(refused, "receivedOn"));

        String received = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        ConsoleClient.Response recorded = organizer.act(form, "response", Map.of("target", COUNCIL_MEMBER, "receivedOn", received,
                "language", "es", "text", "Gracias por su petición.\nLa comisión la estudiará en enero.",
                "translation_en", "Thank you for your petition.\nThe committee will study it in January.",
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
        Element original = english.selectFirst("#responses .response-original");
        assertNotNull(original, "the original is a click away from the translation");
        assertEquals("The original, in Spanish", original.selectFirst("summary").text());
        assertEquals("es", original.selectFirst("blockquote").attr("lang"));
        assertEquals("Gracias por su petición.\nLa comisión la estudiará en enero.", original.selectFirst("blockquote").wholeText());
        Document portuguese = Eventually.await(WAIT, () -> site.campaign(CAMPAIGN, "pt").document(),
                page -> page.selectFirst("#responses .response-language") != null);
        assertEquals("Em espanhol, como foi recebida:", portuguese.selectFirst("#responses .response-language").text(),
                "without a Portuguese translation, the original says its language");

        ConsoleClient.Response edit = organizer.get("organize/responses.xhtml?id=" + campaign + "&edit=" + response);
        organizer.act(edit, "response", Map.of("translation_en", ""), "save");
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
        Element error = page.document().getElementById(field.contains(":") ? field : "response:" + field);
        Element message = error == null ? null : error.parent().selectFirst(".field-error");
        return message == null ? null : message.text();
    }

    private static long campaignId(String slug) {
        return TestDatabase.number("SELECT id FROM campaign WHERE slug = ?", slug);
    }

    @Test
    void optedInSupportersHearBackInTheirLanguageAndOneClickStopsTheNextUpdate() {
        ConsoleClient console = loggedIn();
        String slug = "news-" + UUID.randomUUID().toString().substring(0, 8);
        long campaign = published(console, slug);
        PetitionSite site = site();
        Mailbox mailbox = mailbox();
        String ana = Supporter.signsAndConfirms(site, mailbox, slug, SignatureForm.valid().with("wantsUpdates", "on")).get("email");
        String lucia = signsAndConfirmsIn(site, mailbox, slug, "es", "Lucía");
        String bob = Supporter.signsAndConfirms(site, mailbox, slug, SignatureForm.valid()).get("email");
        SignatureForm unconfirmed = SignatureForm.valid().with("wantsUpdates", "on");
        assertEquals(302, site.sign(slug, unconfirmed, "en").status());
        String carla = unconfirmed.get("email");

        ConsoleClient.Response list = console.get("organize/dashboard.xhtml?id=" + campaign);
        String updatesLink = list.document().getElementById("updates").attr("href");
        assertNotNull(console.get(updatesLink).document().getElementById("noUpdates"), "no update yet");
        ConsoleClient.Response compose = console.get("organize/update.xhtml?id=" + campaign);
        assertEquals("2 supporters would receive it now.", compose.document().getElementById("recipients").text());

        ConsoleClient.Response refused = console.submit(compose, "compose", Map.of("subject_en", "Hearing on Monday",
                "subject_pt", "Audiência na segunda"), "save");
        assertEquals("Required.", fieldError(refused, "compose:body_en"), "the missing English message is named next to its field");
        assertEquals("Required.", fieldError(refused, "compose:body_pt"), "a language begun needs its message too");
        assertNull(fieldError(refused, "compose:subject_es"), "a language left empty is optional");
        assertEquals("Português", refused.document().select("fieldset[lang=pt] legend").text());
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM supporter_update WHERE campaign_id = ?", campaign), "nothing saved");

        ConsoleClient.Response elsewhere = console.act(console.get("organize/update.xhtml?id=" + campaign), "compose",
                Map.of("subject_en", "North side", "subject_es", "Lado norte", "body_en", "Hi.", "body_es", "Hola.", "audience", "19999, North"), "save");
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
    void aPortugueseSignerReadsThePortugueseTextOfAnUpdateAndTheEnglishOneWhenItHasNone() {
        ConsoleClient console = loggedIn();
        String slug = "noticias-" + UUID.randomUUID().toString().substring(0, 8);
        long campaign = published(console, slug);
        PetitionSite site = site();
        Mailbox mailbox = mailbox();
        String signer = signsAndConfirmsIn(site, mailbox, slug, "pt", "Joana");

        ConsoleClient.Response compose = console.get("organize/update.xhtml?id=" + campaign);
        send(console, compose, Map.of("subject_en", "Hearing on Monday", "body_en", "Come to the hearing.",
                "subject_pt", "Audiência na segunda", "body_pt", "Venha à **audiência**."), "It goes to 1 supporter now.");
        ReceivedMail inPortuguese = update(mailbox, signer, "Audiência na segunda");
        assertTrue(inPortuguese.html().contains("<strong>audiência</strong>"), inPortuguese.html());
        assertTrue(inPortuguese.text().contains("Cancelar as atualizações desta campanha"), "the mail's own words in Portuguese too: "
                + inPortuguese.text());

        send(console, console.get("organize/update.xhtml?id=" + campaign), Map.of("subject_en", "The hearing moved",
                "body_en", "Now on Tuesday."), "It goes to 1 supporter now.");
        ReceivedMail inEnglish = update(mailbox, signer, "The hearing moved");
        assertTrue(inEnglish.text().contains("Now on Tuesday."), inEnglish.text());
        assertTrue(mailbox.to(signer).stream().noneMatch(mail -> mail.subject().isEmpty()), "never a mail without a subject");
    }

    @Test
    void markingACampaignWonPreparesAWeWonUpdateTheDashboardLinksTo() {
        ConsoleClient console = loggedIn();
        String slug = "won-" + UUID.randomUUID().toString().substring(0, 8);
        long campaign = published(console, slug);

        ConsoleClient.Response dashboard = console.confirm(campaign, "won");

        assertNotNull(dashboard.document().getElementById("wonUpdate"), dashboard.text());
        ConsoleClient.Response draft = console.get(dashboard.document().select("#wonUpdate a").attr("href"));
        assertEquals("We won: Fund the library", draft.document().getElementById("compose:subject_en").val());
        assertEquals("Ganamos: Financien la biblioteca", draft.document().getElementById("compose:subject_es").val());
        assertTrue(draft.document().getElementById("compose:subject_pt").val().startsWith("Conseguimos: "),
                "the victory is prepared in every language of the site");
        assertTrue(draft.document().getElementById("preview-es").text().contains("Financien la biblioteca"), draft.text());
        assertNotNull(draft.document().getElementById("preview-pt"), draft.text());
        assertEquals(List.of("Awaiting approval"), console.get("organize/updates.xhtml?id=" + campaign).document()
                .select("#updates .update-status").eachText());
        assertNull(console.get("organize/update.xhtml?id=" + campaign + "&update=" + (Long.MAX_VALUE - 1)).document()
                .getElementById("compose:subject_en"), "an update of no campaign of hers is not shown");
    }

    /**
     * A milestone whose message is written only in Spanish prepares a draft without the English text an
     * English signer would receive: the list marks it, its confirmation address offers no Send and says
     * why, and once the organizer writes the English text it goes.
     */
    @Test
    void aDraftWithoutItsEnglishTextIsNotSentUntilItIsWritten() {
        ConsoleClient console = loggedIn();
        String slug = "only-es-" + UUID.randomUUID().toString().substring(0, 8);
        long campaign = ConsoleCampaignForm.bilingual(slug).with("milestones:0:signatures", "1")
                .with("milestones:0:messageEs", "¡Ya firmó la primera persona!").createWith(console);
        console.act(console.get("organize/dashboard.xhtml?id=" + campaign), "lifecycle", Map.of(), "publish");
        String lucia = signsAndConfirmsIn(site(), mailbox(), slug, "es", "Lucía");

        Element row = Eventually.await(WAIT, () -> console.get("organize/updates.xhtml?id=" + campaign).document()
                .selectFirst("#updates tbody tr"), found -> found != null);
        assertEquals("Needs its English text before it can be sent", row.select(".needs-default-text").text(), row.outerHtml());
        long update = Long.parseLong(row.id().substring("update-".length()));

        ConsoleClient.Response asked = console.get("organize/update.xhtml?id=" + campaign + "&update=" + update + "&confirm=send");
        assertNull(asked.document().getElementById("confirmWhat"), "no Send is offered for it");
        assertEquals("Write the English subject and text before sending: a supporter who signed in a language this update lacks"
                + " receives the English text.", asked.document().getElementById("needsDefaultText").text());
        assertEquals("AWAITING_APPROVAL", TestDatabase.text("SELECT status FROM supporter_update WHERE id = ?", update));

        String spanishSubject = asked.document().getElementById("compose:subject_es").val();
        assertEquals(update, send(console, asked, Map.of("subject_en", "The first signature", "body_en", "Thank you!"),
                "It goes to 1 supporter now."));
        assertTrue(update(mailbox(), lucia, spanishSubject).text().contains("¡Ya firmó la primera persona!"));
        assertTrue(console.get("organize/updates.xhtml?id=" + campaign).document().select(".needs-default-text").isEmpty());
    }

    /** Writes the update in English and Spanish, asks to send it, reads the confirmation step and confirms; returns the update's id. */
    private static long send(ConsoleClient console, ConsoleClient.Response compose, String subjectEn, String subjectEs,
                             String bodyEn, String bodyEs, String confirmation) {
        return send(console, compose, Map.of("subject_en", subjectEn, "subject_es", subjectEs, "body_en", bodyEn, "body_es", bodyEs),
                confirmation);
    }

    /** Writes the update's fields, asks to send it, reads the confirmation step and confirms; returns the update's id. */
    private static long send(ConsoleClient console, ConsoleClient.Response compose, Map<String, String> texts, String confirmation) {
        ConsoleClient.Response asked = console.submit(compose, "compose", texts, "askToSend");
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

    /** A new bilingual campaign, published; returns its id. */
    private static long published(ConsoleClient console, String slug) {
        long campaign = ConsoleCampaignForm.bilingual(slug).createWith(console);
        console.act(console.get("organize/dashboard.xhtml?id=" + campaign), "lifecycle", Map.of(), "publish");
        return campaign;
    }

    /** Signs in that language asking for news, and confirms; returns the signer's address. */
    private static String signsAndConfirmsIn(PetitionSite site, Mailbox mailbox, String slug, String language, String firstName) {
        SignatureForm form = SignatureForm.valid().with("firstName", firstName).with("wantsUpdates", "on");
        assertEquals(302, site.sign(slug, form, language).status());
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
