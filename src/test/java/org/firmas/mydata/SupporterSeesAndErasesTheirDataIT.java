package org.firmas.mydata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.FirmasIT;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.PetitionSite.Page;
import org.firmas.testsupport.ReceivedMail;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.Supporter;
import org.firmas.testsupport.TestDatabase;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A supporter asks what is held about them: a link comes by mail (and nothing, with the very same
 * answer at once, for an address that never signed), shows every campaign they signed, online and
 * on paper, with what is kept for each, and lets them stop updates, withdraw a signature, end the
 * link, or erase everything once they confirm it, after which the counts stay and the link works no more.
 */
class SupporterSeesAndErasesTheirDataIT extends FirmasIT {

    private static final String SIGNING = "signing-test";
    private static final String PHONES = "hostile-input-test";
    private static final String PAPER_TITLE = "Test petition signed on paper";
    /** A campaign of this class's own for the paper sheet: one of the shared test campaigns may be closed by another class first. */
    private String paper;
    private Path paperFile;
    private static final Pattern LINK = Pattern.compile("/my-data/([A-Za-z0-9_-]{43})");
    private static final String SUBJECT = "Your data on our petitions";

    @AfterEach
    void removePaperCampaign() throws IOException {
        if (paperFile != null) {
            Files.deleteIfExists(paperFile);
        }
    }

    @Test
    void theLinkShowsEveryCampaignSignedAndErasingEverythingKeepsTheCounts() throws SQLException {
        PetitionSite site = site();
        String email = "ana." + UUID.randomUUID().toString().substring(0, 12) + "@example.net";
        Supporter.signsAndConfirms(site, mailbox(), SIGNING, SignatureForm.valid().withEmail(email)
                .with("firstName", "Ana").with("comment", "Por mis vecinos").with("wantsUpdates", "on"));
        assertEquals(302, site.sign(PHONES, SignatureForm.valid().withEmail(email).with("firstName", "Ana")
                .with("phone", "215-555-0134"), "en").status(), "signed a second campaign, left unconfirmed");
        importedFromPaper(email);
        long signingCount = Eventually.await(Duration.ofSeconds(10), () -> site.apiCount(SIGNING), count -> count > 0);
        long paperCount = Eventually.await(Duration.ofSeconds(10), () -> site.apiCount(paper), count -> count > 0);

        String stranger = "nobody." + UUID.randomUUID().toString().substring(0, 12) + "@example.net";
        long before = TestDatabase.number("SELECT COALESCE(MAX(id), 0) FROM my_data_request");
        Page known;
        Page unknown;
        try (Connection held = TestDatabase.connect()) {
            // With the links locked no link can be issued: the page answers all the same, as it only stores the request.
            held.setAutoCommit(false);
            held.createStatement().execute("LOCK TABLE my_data_link IN EXCLUSIVE MODE");
            known = answeredAtOnce(() -> ask(site, email, "en"));
            unknown = answeredAtOnce(() -> ask(site, stranger, "en"));
            assertEquals(2, TestDatabase.number("SELECT COUNT(*) FROM my_data_request WHERE id > ?", before),
                    "both requests wait for the round");
            held.rollback();
        }
        assertEquals(302, known.status(), "the request redirects: " + known.text());
        assertEquals(known.status(), unknown.status(), "an unknown address gets the same answer");
        assertEquals(known.location(), unknown.location(), "and is sent to the same page");
        Page sent = site.get(known.location(), "en");
        assertEquals(sent.body(), site.get(unknown.location(), "en").body(), "the same page, word for word");
        assertTrue(sent.text().contains("If this address signed a petition here, a link is on its way to it."), sent.text());
        assertEquals(0, Eventually.await(Duration.ofSeconds(30),
                () -> TestDatabase.number("SELECT COUNT(*) FROM my_data_request WHERE id > ?", before), count -> count == 0),
                "the round handles both requests and keeps neither");

        ReceivedMail mail = linkMail(email);
        assertEquals(SUBJECT, mail.subject());
        assertTrue(mail.html().contains("href=\"http://localhost:8080/my-data/"), mail.html());
        assertTrue(mail.text().contains("This link works for 60 minutes."), mail.text());
        assertEquals(List.of(), mailbox().to(stranger), "no mail to an address that signed nothing");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM my_data_link WHERE email_key = ?", TestDatabase.emailKey(stranger)));
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM my_data_link WHERE email_key = ?", TestDatabase.emailKey(email)));
        String token = tokenOf(mail);

        Page shown = site.get("my-data/" + token, "en");
        assertEquals(200, shown.status());
        assertEquals("no-store", shown.header("Cache-Control"));
        List<String> titles = shown.document().select("section.held h2").eachText();
        assertEquals(Set.of("Test petition for signing", "Test petition for hostile input", PAPER_TITLE),
                Set.copyOf(titles), titles.toString());
        String onSigning = section(shown, "Test petition for signing").text();
        assertTrue(onSigning.contains("Confirmed and counted"), onSigning);
        assertTrue(onSigning.contains("Ana Martinez") && onSigning.contains(email) && onSigning.contains("19148"), onSigning);
        assertTrue(onSigning.contains("Por mis vecinos"), onSigning);
        assertTrue(onSigning.contains("Updates from this campaign Yes, you receive them"), onSigning);
        String onPhones = section(shown, "Test petition for hostile input").text();
        assertTrue(onPhones.contains("Not confirmed yet, not counted") && onPhones.contains("215-555-0134"), onPhones);
        String onPaper = section(shown, PAPER_TITLE).text();
        assertTrue(onPaper.contains("Signed on paper and counted") && onPaper.contains("Ana Paper"), onPaper);
        assertTrue(onPaper.contains("Came through paper"), onPaper);
        List<Long> ids = signatureIds(email);
        assertEquals(3, ids.size());

        long queued = queueMailFor(ids.get(0), email);
        long erasures = erasuresOfThree();
        Page direct = site.post("my-data/" + token + "?lang=en", Map.of("do", "erase"), "en");
        assertEquals(200, direct.status());
        Page unconfirmed = site.post("my-data/" + token + "/erase?lang=en", Map.of("do", "erase-confirmed"), "en");
        assertEquals("Erase all your data?", unconfirmed.document().selectFirst("h1").text(), unconfirmed.text());
        assertEquals(ids, signatureIds(email), "a post that did not come from the confirmation page erases nothing");

        Page asked = site.get(shown.document().getElementById("erase").attr("href"), "en");
        assertEquals(200, asked.status());
        assertEquals("no-store", asked.header("Cache-Control"));
        assertEquals("Erase all your data?", asked.document().selectFirst("h1").text());
        assertEquals(Set.of("Test petition for signing", "Test petition for hostile input", PAPER_TITLE),
                Set.copyOf(asked.document().select("#erased-campaigns li").eachText()), "the page names every campaign");
        assertTrue(asked.text().contains("Your signatures stay in the totals, as they were counted."), asked.text());
        assertNotNull(asked.document().selectFirst("a#keep[href*=/my-data/" + token + "]"), "and offers to go back");
        Page erased = post(site, asked, "erase-confirmed", "en");
        assertEquals(200, erased.status());
        assertEquals("Your data was erased", erased.document().selectFirst("h1").text());

        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM signature WHERE email_key = ?", TestDatabase.emailKey(email)));
        assertEquals(3, TestDatabase.number("SELECT COUNT(*) FROM signature WHERE id IN (?, ?, ?) AND erased_at IS NOT NULL "
                + "AND email = '' AND first_name = '' AND last_name = '' AND zip = '' AND phone IS NULL AND signer_comment IS NULL",
                ids.get(0), ids.get(1), ids.get(2)), "the personal data of all three is gone");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM outbox_message WHERE id = ?", queued), "the queued mail was dropped");
        assertEquals(erasures + 1, erasuresOfThree(), "the erasure is audited by how many signatures it erased");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM my_data_action WHERE action = 'ERASED' AND signature_ids <> ''"),
                "and not by which");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM my_data_link WHERE email_key = ?", TestDatabase.emailKey(email)));
        assertEquals(signingCount, Eventually.await(Duration.ofSeconds(10), () -> site.apiCount(SIGNING), count -> count == signingCount));
        assertEquals(paperCount, site.apiCount(paper), "the counts stay");

        Page used = site.get("my-data/" + token, "en");
        assertEquals("This link does not work", used.document().getElementById("mydata-refused").text());
        assertNotNull(used.document().selectFirst("a[href$=/my-data]"), "and offers to ask for a new one");
        assertNull(used.document().selectFirst("form#erase"));
    }

    @Test
    void stoppingUpdatesAndWithdrawingOneSignatureLeaveTheOthersAndAnExpiredLinkIsRefused() {
        PetitionSite site = site();
        String email = "luis." + UUID.randomUUID().toString().substring(0, 12) + "@example.net";
        Supporter.signsAndConfirms(site, mailbox(), SIGNING, SignatureForm.valid().withEmail(email).with("wantsUpdates", "on"));
        assertEquals(302, site.sign(PHONES, SignatureForm.valid().withEmail(email), "es").status());
        ask(site, email, "es");
        ReceivedMail mail = Eventually.await(Duration.ofSeconds(30), () -> mailbox().to(email).stream()
                .filter(received -> "Sus datos en nuestras peticiones".equals(received.subject())).findFirst().orElse(null),
                found -> found != null);
        String token = tokenOf(mail);
        List<Long> ids = signatureIds(email);

        Page shown = site.get("my-data/" + token + "?lang=es", "es");
        assertEquals("Los datos que guardamos sobre usted", shown.document().selectFirst("h1").text());
        Page stopped = followed(site, post(site, shown, "stop-" + ids.get(0), "es"));
        assertEquals("No recibirá más noticias de estas.", stopped.document().getElementById("mydata-done").text());
        String onSigning = section(stopped, "Petición de prueba para firmar").text();
        assertTrue(onSigning.contains("Canceladas a petición suya"), onSigning);
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM update_unsubscription WHERE signature_id = ?", ids.get(0)));

        Page withdrawn = followed(site, post(site, stopped, "withdraw-" + ids.get(1), "es"));
        assertEquals("Su firma fue retirada y sus datos borrados.", withdrawn.document().getElementById("mydata-done").text());
        assertEquals(List.of("Petición de prueba para firmar"), withdrawn.document().select("section.held h2").eachText());
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM signature WHERE id = ?", ids.get(1)));
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM my_data_action WHERE action = 'WITHDREW' AND signature_ids = ?",
                String.valueOf(ids.get(1))));

        TestDatabase.update("UPDATE my_data_link SET created_at = created_at - INTERVAL '90 minutes', "
                + "expires_at = expires_at - INTERVAL '90 minutes' WHERE email_key = ?", TestDatabase.emailKey(email));
        Page expired = site.get("my-data/" + token + "?lang=en", "en");
        assertEquals("This link has expired", expired.document().getElementById("mydata-refused").text());
        assertTrue(expired.text().contains("A link to your data works for one hour. Ask for a new one."), expired.text());
        Map<String, String> erase = Map.of("do", "erase");
        Page refused = site.post("my-data/" + token + "?lang=en", erase, "en");
        assertEquals("This link has expired", refused.document().getElementById("mydata-refused").text());
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM signature WHERE email_key = ?", TestDatabase.emailKey(email)),
                "an expired link erases nothing");

        TestDatabase.update("UPDATE my_data_link SET created_at = created_at - INTERVAL '1 hour', "
                + "expires_at = expires_at - INTERVAL '1 hour' WHERE email_key = ?", TestDatabase.emailKey(email));
        assertEquals(0, Eventually.await(Duration.ofSeconds(30), () -> TestDatabase.number(
                "SELECT COUNT(*) FROM my_data_link WHERE email_key = ?", TestDatabase.emailKey(email)), count -> count == 0),
                "a link an hour past its expiry is deleted, with no new link asked for");
    }

    @Test
    void aSignatureWhoseKeyARotationSuffixedIsFoundAndTheLinkEndsWhenAskedOrWhenNothingIsLeft() {
        PetitionSite site = site();
        String email = "eva." + UUID.randomUUID().toString().substring(0, 12) + "@example.net";
        assertEquals(302, site.sign(SIGNING, SignatureForm.valid().withEmail(email), "en").status());
        assertEquals(302, site.sign(PHONES, SignatureForm.valid().withEmail(email), "en").status());
        List<Long> ids = signatureIds(email);
        // As a data key rotation leaves the later of two rows whose addresses became one canonical address.
        TestDatabase.update("UPDATE signature SET email_key = email_key || ':' || CAST(id AS VARCHAR) WHERE id = ?", ids.get(1));

        ask(site, email, "en");
        String token = tokenOf(linkMail(email));
        Page shown = site.get("my-data/" + token, "en");
        assertEquals(Set.of("Test petition for signing", "Test petition for hostile input"),
                Set.copyOf(shown.document().select("section.held h2").eachText()), "both signatures are shown");

        long ended = TestDatabase.number("SELECT COUNT(*) FROM my_data_action WHERE action = 'LINK_ENDED'");
        Page end = post(site, shown, "end", "en");
        assertEquals("This link is ended", end.document().selectFirst("h1").text(), end.text());
        assertEquals("This link does not work", site.get("my-data/" + token, "en").document().getElementById("mydata-refused").text());
        assertEquals(ended + 1, TestDatabase.number("SELECT COUNT(*) FROM my_data_action WHERE action = 'LINK_ENDED'"),
                "ending the link is audited");

        ask(site, email, "en");
        String again = Eventually.await(Duration.ofSeconds(30), () -> mailbox().to(email).stream()
                .filter(received -> SUBJECT.equals(received.subject())).map(SupporterSeesAndErasesTheirDataIT::tokenOf)
                .filter(found -> !found.equals(token)).findFirst().orElse(null), found -> found != null);
        assertNotNull(again, "a second link comes");
        Page withdrawn = followed(site, post(site, site.get("my-data/" + again, "en"), "withdraw-" + ids.get(0), "en"));
        assertEquals(List.of("Test petition for hostile input"), withdrawn.document().select("section.held h2").eachText());
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM my_data_link WHERE email_key = ?", TestDatabase.emailKey(email)),
                "a signature is left, and the link with it");
        Page last = post(site, withdrawn, "withdraw-" + ids.get(1), "en");
        assertEquals(200, last.status(), "the signature with the suffixed key is the address's too: " + last.text());
        assertEquals("Your signature is withdrawn", last.document().selectFirst("h1").text(),
                "the page says what became of the last signature rather than that the link is unknown");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM signature WHERE id IN (?, ?)", ids.get(0), ids.get(1)));
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM my_data_link WHERE email_key = ?", TestDatabase.emailKey(email)),
                "with the address's last signature gone, so is its link");
    }

    /** A request whose handling keeps failing (here, an address no key decrypts) is given up and holds up no one behind it. */
    @Test
    void aRequestThatCannotBeHandledIsGivenUpWithoutHoldingUpTheOthers() throws SQLException {
        PetitionSite site = site();
        String email = "rosa." + UUID.randomUUID().toString().substring(0, 12) + "@example.net";
        Supporter.signsAndConfirms(site, mailbox(), SIGNING, SignatureForm.valid().withEmail(email));
        long broken;
        try (Connection db = TestDatabase.connect(); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO my_data_request (email, language, client_key, trap_filled, created_at) "
                    + "VALUES ('no key decrypts this', 'en', 'test', FALSE, NOW())", Statement.RETURN_GENERATED_KEYS);
            ResultSet keys = sql.getGeneratedKeys();
            assertTrue(keys.next());
            broken = keys.getLong(1);
        }
        assertEquals(302, ask(site, email, "en").status());

        assertEquals(SUBJECT, linkMail(email).subject(), "the request behind the broken one is answered");
        assertEquals(0, Eventually.await(Duration.ofSeconds(30),
                () -> TestDatabase.number("SELECT COUNT(*) FROM my_data_request WHERE id = ?", broken), count -> count == 0),
                "the broken request is given up after its attempts");
    }

    @Test
    void aMistypedAddressIsAnsweredNextToTheFieldInTheSupportersLanguage() {
        PetitionSite site = site();
        Page form = site.get("my-data", "es");
        assertEquals("Vea qué datos guardamos sobre usted", form.document().selectFirst("h1").text());

        Page refused = site.post("my-data", Map.of("email", "ana-at-example"), "es");
        assertEquals(200, refused.status());
        assertEquals("Escriba un correo electrónico como nombre@ejemplo.com, por favor.", refused.document().getElementById("email-error").text());
        assertEquals("ana-at-example", refused.document().getElementById("email").attr("value"), "what was typed stays");
        assertEquals("true", refused.document().getElementById("email").attr("aria-invalid"));
        Page empty = site.post("my-data", Map.of("email", " "), "en");
        assertEquals("Please enter your email address.", empty.document().getElementById("email-error").text());
    }

    /** The page's answer, which must come while the links are locked: the page waits for nothing the round does. */
    private static Page answeredAtOnce(Supplier<Page> request) {
        try {
            return CompletableFuture.supplyAsync(request).get(20, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the page waited for the link to be issued", e);
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long erasuresOfThree() {
        return TestDatabase.number("SELECT COUNT(*) FROM my_data_action WHERE action = 'ERASED' AND signature_count = 3");
    }

    private static Page ask(PetitionSite site, String email, String language) {
        return site.post("my-data?lang=" + language, Map.of("email", email, "website", "", "proof", ""), language);
    }

    private ReceivedMail linkMail(String email) {
        return Eventually.await(Duration.ofSeconds(30), () -> mailbox().to(email).stream()
                .filter(received -> SUBJECT.equals(received.subject())).findFirst().orElse(null), found -> found != null);
    }

    private static String tokenOf(ReceivedMail mail) {
        Matcher link = LINK.matcher(mail.text());
        assertTrue(link.find(), mail.text());
        return link.group(1);
    }

    private static Element section(Page page, String title) {
        Element section = page.document().select("section.held").stream()
                .filter(held -> held.selectFirst("h2").text().equals(title)).findFirst().orElse(null);
        assertNotNull(section, "no section " + title + ": " + page.text());
        return section;
    }

    /** Submits one of the page's plain forms as a browser would: its hidden fields, to its action. */
    private static Page post(PetitionSite site, Page page, String formId, String language) {
        Element form = page.document().selectFirst("form#" + formId);
        assertNotNull(form, "no form " + formId + ": " + page.text());
        Map<String, String> values = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(hidden -> values.put(hidden.attr("name"), hidden.attr("value")));
        return site.post(form.attr("action"), values, language);
    }

    private static Page followed(PetitionSite site, Page redirect) {
        assertEquals(302, redirect.status(), redirect.text());
        return site.get(redirect.location(), "es");
    }

    private static List<Long> signatureIds(String email) {
        String ids = TestDatabase.text("SELECT string_agg(CAST(id AS VARCHAR), ',' ORDER BY id) FROM signature WHERE email_key = ?",
                TestDatabase.emailKey(email));
        return java.util.Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }

    /** A mail to the signer still waiting in the outbox (due tomorrow), as one is while SMTP is slow. */
    private static long queueMailFor(long signatureId, String email) {
        long id = TestDatabase.number("SELECT nextval('outbox_message_seq')");
        TestDatabase.update("INSERT INTO outbox_message (id, message_id, kind, recipient, subject, body_text, body_html, status, "
                + "attempts, next_attempt_at, created_at, signature_id) VALUES (?, ?, 'CONFIRM', ?, 'Waiting', 'Waiting', "
                + "'<p>Waiting</p>', 'PENDING', 0, now() + INTERVAL '1 day', now(), ?)",
                id, "<waiting-" + id + "@firmas.test>", TestDatabase.encrypted(email), signatureId);
        return id;
    }

    /** The supporter also signed a paper sheet of another campaign with the same address, typed in by an organizer. */
    private void importedFromPaper(String email) {
        paper = "my-data-paper-" + UUID.randomUUID().toString().substring(0, 8);
        Path campaigns = Path.of(System.getProperty("firmas.testCampaigns"));
        try {
            paperFile = Files.writeString(campaigns.resolve(paper + ".yaml"), Files.readString(campaigns.resolve(SIGNING + ".yaml"))
                    .replace("title: Test petition for signing", "title: " + PAPER_TITLE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ConsoleClient console = admin();
        Element link = Eventually.await(Duration.ofSeconds(30),
                () -> console.get("organize/").document().selectFirst("#campaign-" + paper + " a"), found -> found != null);
        assertNotNull(link, "the console lists " + paper);
        long id = Long.parseLong(link.attr("href").replaceAll(".*[?&]id=(\\d+).*", "$1"));
        String sheet = "sheet_code,event_name,event_date,event_place,collected_by,name,zip,email\r\n"
                + "F" + id + "-7KQ3MX,Table after Mass,2026-11-29,St. Agnes Parish,Rosa Méndez,Ana Paper,19148," + email + "\r\n";
        ConsoleClient.FileField file = new ConsoleClient.FileField("sheets.csv", sheet);
        ConsoleClient.Response preview = console.upload(console.get("organize/paper.xhtml?id=" + id), "check", Map.of("file", file), "check");
        ConsoleClient.Response imported = console.upload(preview, "import", Map.of("file", file), "import");
        assertEquals(302, imported.status(), "the paper sheet is imported: " + preview.text());
        assertFalse(TestDatabase.text("SELECT CAST(paper_import_id AS VARCHAR) FROM signature WHERE campaign_id = ? AND email_key = ?",
                id, TestDatabase.emailKey(email)).isEmpty());
    }
}
