package org.firmas.organizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.firmas.testsupport.ConsoleCampaignForm;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.DeliveryProgress;
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
 * Running a campaign day to day: uploading one as a file, sending a batch early, retrying a
 * failed mail, hiding fake signatures, and a CSV that a spreadsheet cannot be tricked by.
 */
class OrganizerRunsCampaignIT extends FirmasIT {

    @Test
    void anUploadedCampaignFileBecomesACampaignAndAMistakeNamesItsLineAndField() {
        ConsoleClient console = loggedIn();
        String slug = slug("uploaded");
        String good = "status: draft\ngoal: 300\ntexts:\n"
                + "  en:\n    title: Uploaded\n    summary: From a file.\n    body: Body.\n    petition: Petition.\n"
                + "  es:\n    title: Subida\n    summary: De un archivo.\n    body: Cuerpo.\n    petition: Petición.\n"
                + "targets:\n  - name: Board\n    title: County Board\n    email: board@example.org\n";

        ConsoleClient.Response created = console.upload(console.get("organize/upload.xhtml"), "upload",
                Map.of("file", new ConsoleClient.FileField(slug + ".yaml", good)), "submit");

        assertEquals(302, created.status(), created.text());
        long id = Long.parseLong(created.location().replaceAll(".*id=(\\d+).*", "$1"));
        assertTrue(console.get("organize/yaml/" + id + ".yaml").body().contains("title: \"Uploaded\""));

        ConsoleClient.Response broken = console.upload(console.get("organize/upload.xhtml"), "upload",
                Map.of("file", new ConsoleClient.FileField(slug("broken") + ".yaml", good.replace("board@example.org", "board@"))), "submit");

        assertEquals(200, broken.status());
        assertTrue(broken.text().contains("line 17, field targets[1].email: \"board@\" is not a valid email address"), broken.text());

        ConsoleClient.Response twice = console.upload(console.get("organize/upload.xhtml"), "upload",
                Map.of("file", new ConsoleClient.FileField(slug("twice") + ".yaml",
                        good.replace("goal: 300", "goal: lots").replace("board@example.org", "board@"))), "submit");
        assertEquals(200, twice.status());
        assertTrue(twice.text().contains("line 2, field goal:"), "every mistake of the file is reported: " + twice.text());
        assertTrue(twice.text().contains("line 17, field targets[1].email: \"board@\" is not a valid email address"), twice.text());
    }

    @Test
    void anUploadedFileLandsAsADraftWhateverItsStatusSays() {
        ConsoleClient console = loggedIn();
        for (String status : List.of("open", "live", "won")) {
            String slug = slug("uploaded-" + status);
            ConsoleClient.Response created = console.upload(console.get("organize/upload.xhtml"), "upload",
                    Map.of("file", new ConsoleClient.FileField(slug + ".yaml", campaignFile(status, "", ""))), "submit");

            assertEquals(302, created.status(), status + ": " + created.text());
            long id = Long.parseLong(created.location().replaceAll(".*id=(\\d+).*", "$1"));
            ConsoleClient.Response dashboard = console.get(created.location());
            assertEquals("Draft", dashboard.document().getElementById("status").text(), status);
            assertTrue(dashboard.text().contains("Uploaded as a draft."), dashboard.text());
            assertFalse(dashboard.document().select("[name=lifecycle:publish]").isEmpty(), "published from its page");
            assertTrue(console.get("organize/yaml/" + id + ".yaml").body().startsWith("status: draft\n"));
            assertEquals(404, site().campaign(slug, "en").status(), status + ": not public until published");
        }
    }

    @Test
    void aCampaignThatRoutesByAreaExportsAndUploadsAgainUnderANewAddress() {
        ConsoleClient console = loggedIn();
        String slug = slug("areas");
        String areaTarget = "  - name: Ortiz\n    title: South councillor\n    email: ortiz@example.org\n    area: South\n";
        // 19121 straddles both areas: its signers choose, and the table keeps both lines.
        String areas = "zip,area\n19147,South\n19148,South\n19130,North\n19121,North\n19121,South\n";
        ConsoleClient.Response created = console.upload(console.get("organize/upload.xhtml"), "upload",
                Map.of("file", new ConsoleClient.FileField(slug + ".yaml", campaignFile("draft", areaTarget, "areas: " + slug + ".areas.csv\n")),
                        "areas", new ConsoleClient.FileField(slug + ".areas.csv", areas)), "submit");
        assertEquals(302, created.status(), created.text());
        long id = Long.parseLong(created.location().replaceAll(".*id=(\\d+).*", "$1"));

        ConsoleClient.Response dashboard = console.get("organize/dashboard.xhtml?id=" + id);
        String export = dashboard.document().getElementById("exportZip").attr("href");
        assertTrue(dashboard.document().select("#exportYaml").isEmpty(), "no YAML alone that names a table nobody gets");
        byte[] zip = console.download(export);
        String copy = slug("copy");
        ConsoleClient.Response uploaded = console.upload(console.get("organize/upload.xhtml"), "upload",
                Map.of("file", new ConsoleClient.FileField(copy + ".zip", zip)), "submit");

        assertEquals(302, uploaded.status(), uploaded.text());
        long copyId = Long.parseLong(uploaded.location().replaceAll(".*id=(\\d+).*", "$1"));
        assertEquals(TestDatabase.text("SELECT areas_csv FROM campaign WHERE id = ?", id),
                TestDatabase.text("SELECT areas_csv FROM campaign WHERE id = ?", copyId), "the same areas");
        String original = console.get("organize/yaml/" + id + ".yaml").body();
        String again = console.get("organize/yaml/" + copyId + ".yaml").body();
        assertTrue(again.contains("area: \"South\""), again);
        assertEquals(original.replace(slug + ".areas.csv", "AREAS"), again.replace(copy + ".areas.csv", "AREAS"),
                "the same campaign, targets and areas under the new address");
        assertEquals(areas, console.get("organize/yaml/" + copyId + ".areas.csv").body());
    }

    /** A campaign file with this status, more targets after the first, and more top-level lines. */
    private static String campaignFile(String status, String moreTargets, String moreLines) {
        return "status: " + status + "\ngoal: 300\ntexts:\n"
                + "  en:\n    title: Uploaded\n    summary: From a file.\n    body: Body.\n    petition: Petition.\n"
                + "  es:\n    title: Subida\n    summary: De un archivo.\n    body: Cuerpo.\n    petition: Petición.\n"
                + "targets:\n  - name: Board\n    title: County Board\n    email: board@example.org\n" + moreTargets + moreLines;
    }

    @Test
    void aCampaignIsEditedThenClosedWonAndArchived() {
        ConsoleClient console = loggedIn();
        String slug = slug("lifecycle");
        long id = ConsoleCampaignForm.bilingual(slug).with("contactName", "Ana Ortiz")
                .with("contactEmail", "ana@library.example.org").createWith(console);
        publish(console, id);

        ConsoleClient.Response edit = console.get("organize/edit.xhtml?id=" + id);
        assertEquals("Fund the library", edit.document().getElementById("campaign:title_en").val());
        assertEquals("ana@library.example.org", edit.document().getElementById("campaign:contactEmail").val());
        ConsoleClient.Response saved = console.submit(edit, "campaign",
                Map.of("title_en", "Fund the library, now", "goal", "900"), "save");

        assertEquals(302, saved.status(), saved.text());
        assertEquals("Fund the library, now", Eventually.await(Duration.ofSeconds(5),
                () -> site().campaign(slug, "en").document().selectFirst("h1").text(), "Fund the library, now"::equals));
        String yaml = console.get("organize/yaml/" + id + ".yaml").body();
        assertTrue(yaml.startsWith("status: open\ngoal: 900\n"), "still open after the edit: " + yaml);

        ConsoleClient.Response closed = console.confirm(id, "close");
        assertTrue(closed.text().contains("The campaign is closed."), closed.text());
        assertTrue(console.get("organize/yaml/" + id + ".yaml").body().contains(
                "contact:\n  name: \"Ana Ortiz\"\n  email: \"ana@library.example.org\"\n"), "closing keeps the contact");
        ConsoleClient.Response won = console.confirm(id, "won");
        assertTrue(won.text().contains("The campaign is marked as won."), won.text());
        assertTrue(site().campaign(slug, "en").text().contains("We won!"), "the public page says so");

        ConsoleClient.Response archived = console.act(won, "lifecycle", Map.of(), "archive");
        assertTrue(archived.text().contains("archived"), archived.text());
        assertEquals(404, site().campaign(slug, "en").status(), "gone from the public site");
        assertEquals(403, console.get("organize/edit.xhtml?id=" + id).status(), "an archived campaign is no longer edited");
    }

    /**
     * The campaign's deadline passes while a supporter has its form open: the late form is refused
     * with the page saying the campaign closed, on the direct way in and through Faces, the campaign
     * closes as if the organizer had closed it, and the officials get the final batch once.
     */
    @Test
    void aCampaignPastItsDeadlineClosesItselfRefusesLateFormsAndSendsItsFinalBatchOnce() {
        ConsoleClient console = loggedIn();
        String slug = slug("deadline");
        String official = slug + "@council.example.org";
        ZoneId pacific = ZoneId.of("America/Los_Angeles");
        LocalDate tomorrow = LocalDate.now(pacific).plusDays(1);
        long id = ConsoleCampaignForm.bilingual(slug).with("deadline", tomorrow.toString())
                .with("timeZone", "America/Los_Angeles").with("targets:0:email", official).createWith(console);
        publish(console, id);
        PetitionSite.Page page = site().campaign(slug, "es");
        assertEquals("Cierra el " + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("es"))
                .format(tomorrow) + ".", page.document().getElementById("closes-on").text());
        PetitionSite.Page home = site().get("", "es");
        assertEquals(page.document().getElementById("closes-on").text(), home.document()
                .select("li.campaign-card:has(a[href$=/campaigns/" + slug + "]) .closes-on").text(), "the front page says it too");
        PetitionSite.Page json = site().get("api/campaigns/" + slug, "en");
        assertTrue(json.body().contains("\"deadline\":\"" + tomorrow + "\""), json.body());
        assertTrue(json.body().contains("\"closesAt\":\"" + tomorrow.plusDays(1).atStartOfDay(pacific).toInstant() + "\""),
                "the end of the deadline's day in Los Angeles: " + json.body());
        Supporter.signsAndConfirms(site(), mailbox(), slug, SignatureForm.valid());
        PetitionSite.Page shownBefore = site().campaign(slug, "en");

        LocalDate yesterday = LocalDate.now(pacific).minusDays(1);
        ConsoleClient.Response moved = console.submit(console.get("organize/edit.xhtml?id=" + id), "campaign",
                Map.of("deadline", yesterday.toString()), "save");
        assertEquals(302, moved.status(), moved.text());

        SignatureForm late = SignatureForm.valid();
        String closedOn = "This campaign closed on " + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.ENGLISH).format(yesterday) + " and no longer takes signatures.";
        PetitionSite.Page direct = site().sign(shownBefore, late, "en");
        assertEquals(200, direct.status(), direct.text());
        assertEquals(closedOn, direct.document().selectFirst("p.badge").text());
        assertNull(direct.document().getElementById("sign-section"), "no form");
        // A form the direct way does not take (a field left blank) goes through Faces.
        PetitionSite.Page throughFaces = site().sign(shownBefore, SignatureForm.valid().with("zip", ""), "en");
        assertEquals(200, throughFaces.status(), throughFaces.text());
        assertEquals(closedOn, throughFaces.document().selectFirst("p.badge").text());
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM signature WHERE email_key = ?",
                TestDatabase.emailKey(late.get("email"))), "the late signer is not stored");

        assertEquals("Closed", Eventually.await(Duration.ofSeconds(20), () -> console.get("organize/dashboard.xhtml?id=" + id)
                .document().getElementById("status").text(), "Closed"::equals), "closed as an organizer closes it");
        assertTrue(console.get("organize/yaml/" + id + ".yaml").body().startsWith("status: closed\n"));
        assertNotNull(Eventually.await(Duration.ofSeconds(10), () -> TestDatabase.text("SELECT closed_at FROM campaign WHERE id = ?", id),
                closedAt -> closedAt != null), "retention counts from the closing");
        List<ReceivedMail> finalBatch = Eventually.await(Duration.ofSeconds(60), () -> mailbox().to(official), mails -> !mails.isEmpty());
        assertTrue(finalBatch.get(0).subject().startsWith("Final delivery of the petition: Fund the library — 1 signature in all"),
                finalBatch.get(0).subject());
        DeliveryProgress.awaitSenderPoll();
        assertEquals(1, mailbox().to(official).size(), "one final batch");
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM delivery_batch WHERE campaign_id = ?", id));

        ConsoleClient.Response dashboard = console.get("organize/dashboard.xhtml?id=" + id);
        assertTrue(dashboard.document().getElementById("deadline").text().startsWith("Closed at the end of "
                + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH).format(yesterday) + " (Pacific"),
                dashboard.text());
        ConsoleClient.Response reopened = console.confirm(id, "reopen");
        assertTrue(reopened.text().contains("its deadline has passed"), "reopened, it would close at once: " + reopened.text());
        assertTrue(console.get("organize/yaml/" + id + ".yaml").body().startsWith("status: closed\n"));
    }

    @Test
    void aConfirmationLinkIntoAnArchivedCampaignConfirmsNothing() {
        ConsoleClient console = loggedIn();
        String slug = slug("archived-link");
        long id = ConsoleCampaignForm.bilingual(slug).createWith(console);
        publish(console, id);
        SignatureForm form = SignatureForm.valid();
        assertEquals(302, site().sign(slug, form, "en").status());
        String token = Mailbox.confirmToken(mailbox().await(form.get("email"), 1).get(0));

        ConsoleClient.Response closed = console.confirm(id, "close");
        assertTrue(console.act(closed, "lifecycle", Map.of(), "archive").text().contains("archived"));
        // The Confirm button of a page opened before the campaign was archived.
        PetitionSite.Page pressed = site().post("confirm/" + token, Map.of("confirm", "confirm", "confirm:submit", "Confirm",
                "jakarta.faces.ViewState", "stateless"), "en");

        assertEquals(200, pressed.status());
        assertTrue(pressed.text().contains("This link is not valid"), pressed.text());
        assertEquals("PENDING", TestDatabase.text("SELECT status FROM signature WHERE email_key = ?",
                TestDatabase.emailKey(form.get("email"))));
    }

    @Test
    void anIncompleteCampaignIsRefusedFieldByFieldInTheOrganizersLanguage() {
        ConsoleClient console = loggedIn();
        String slug = slug("incomplete");
        ConsoleClient.Response form = console.get("organize/edit.xhtml?lang=es");
        assertEquals("Nueva campaña", form.document().selectFirst("h1").text());

        ConsoleClient.Response refused = console.submit(form, "campaign", ConsoleCampaignForm.bilingual(slug)
                .with("title_es", "").with("targets:0:email", "concejo@").fields(), "save");

        assertEquals(200, refused.status());
        assertEquals("Complete este campo.", refused.document().getElementById("campaign:title_es").nextElementSibling().text());
        assertEquals("Escriba un correo electrónico válido, como alcaldia@example.org.",
                refused.document().getElementById("campaign:targets:0:email").nextElementSibling().text());
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM campaign WHERE slug = ?", slug), "nothing saved");
    }

    @Test
    void aFileCampaignIsListedReadOnly() {
        ConsoleClient console = loggedIn();
        long id = TestDatabase.number("SELECT id FROM campaign WHERE slug = 'signing-test'");

        ConsoleClient.Response dashboard = console.get("organize/dashboard.xhtml?id=" + id);

        assertTrue(dashboard.text().contains("file-managed"), dashboard.text());
        assertTrue(dashboard.document().select("form#lifecycle input[type=submit]").isEmpty(), "no buttons to change it");
        assertEquals(403, console.get("organize/edit.xhtml?id=" + id).status());
        assertTrue(console.get("organize/yaml/" + id + ".yaml").body().contains("title: \"Test petition for signing\""));
    }

    @Test
    void theNextBatchGoesOutNowAndAFailedMailCanBeRetried() {
        ConsoleClient console = loggedIn();
        String slug = slug("batch-now");
        long id = ConsoleCampaignForm.bilingual(slug).with("targets:0:email", slug + "@officials.example.org")
                .with("contactName", "Ana Ortiz").with("contactEmail", "ana@library.example.org").createWith(console);
        publish(console, id);
        Supporter.signsAndConfirms(site(), mailbox(), slug, SignatureForm.valid());

        ConsoleClient.Response log = console.get("organize/deliveries.xhtml?id=" + id);
        ConsoleClient.Response sent = console.act(log, "deliveries", Map.of(), "sendNow");

        assertTrue(sent.text().contains("The batch is built"), sent.text());
        String official = slug + "@officials.example.org";
        List<ReceivedMail> batch = mailbox().await(official, 1);
        assertEquals(1, batch.size(), "the official got the batch before the threshold of 100");
        assertEquals("ana@library.example.org", batch.get(0).replyTo(), "answers reach the contact typed in the form");
        assertTrue(batch.get(0).text().contains("write to Ana Ortiz at ana@library.example.org."), batch.get(0).text());
        ConsoleClient.Response shown = Eventually.await(Duration.ofSeconds(10),
                () -> console.get("organize/deliveries.xhtml?id=" + id), page -> !page.document().select("td.status-SENT").isEmpty());
        assertEquals("sent", shown.document().selectFirst("td.status-SENT").text(), shown.text());
        assertTrue(shown.text().contains(official) && shown.text().contains("New signatures: 1"), shown.text());

        // The state the sender leaves after a permanent SMTP refusal (MailSurvivesSmtpFailuresIT covers that path).
        assertEquals(1, TestDatabase.update("UPDATE outbox_message SET status = 'DEAD', last_error = '550 mailbox unavailable', "
                + "body_text = 'resent', body_html = '<p>resent</p>' WHERE recipient = ?", official));
        ConsoleClient.Response failed = console.get("organize/deliveries.xhtml?id=" + id);
        assertEquals("failed", failed.document().selectFirst("td.status-DEAD").text(), failed.text());
        assertTrue(failed.text().contains("550 mailbox unavailable"), failed.text());
        ConsoleClient.Response retried = console.act(failed, "deliveries", Map.of(),
                failed.document().selectFirst("input[value=Retry]").attr("name").replace("deliveries:", ""));

        assertTrue(retried.text().contains("will be sent again"), retried.text());
        List<ReceivedMail> both = mailbox().await(official, 2);
        assertEquals(2, both.size(), "sent again");
        assertEquals("ana@library.example.org", both.get(1).replyTo(), "with its Reply-To");
        assertEquals("SENT", Eventually.await(Duration.ofSeconds(10),
                () -> TestDatabase.text("SELECT status FROM outbox_message WHERE recipient = ?", official), "SENT"::equals));
    }

    @Test
    void fakeSignaturesFromOneDomainAreHiddenCountedOutAndLogged() {
        ConsoleClient console = loggedIn();
        String slug = slug("moderated");
        long id = ConsoleCampaignForm.bilingual(slug).createWith(console);
        publish(console, id);
        Mailbox mailbox = mailbox();
        Supporter.signsAndConfirms(site(), mailbox, slug, SignatureForm.valid());
        Supporter.signsAndConfirms(site(), mailbox, slug, SignatureForm.valid().withEmail("bot1-" + slug + "@spam.example"));
        Supporter.signsAndConfirms(site(), mailbox, slug, SignatureForm.valid().withEmail("bot2-" + slug + "@spam.example"));
        assertEquals("3", confirmedOnDashboard(console, id, "3"));

        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        ConsoleClient.Response moderation = console.get("organize/moderation.xhtml?id=" + id);
        ConsoleClient.Response hidden = console.act(moderation, "domain", Map.of("domain", "spam.example",
                "from", now.minusHours(1).withNano(0).toString(), "to", now.plusHours(1).withNano(0).toString()), "hideDomain");

        assertTrue(hidden.text().contains("2 signatures hidden."), hidden.text());
        assertEquals("1", confirmedOnDashboard(console, id, "1"));
        assertEquals(1L, Eventually.await(Duration.ofSeconds(10), () -> site().apiCount(slug), count -> count == 1L), "public count follows");
        assertEquals(2, TestDatabase.number("SELECT affected FROM moderation_log WHERE campaign_id = ? AND action = 'INVALIDATE_DOMAIN'", id));
        assertEquals("admin@firmas.test", TestDatabase.text("SELECT a.email FROM moderation_log l JOIN organizer_account a "
                + "ON a.id = l.account_id WHERE l.campaign_id = ?", id));

        ConsoleClient.Response page = console.get("organize/moderation.xhtml?id=" + id);
        String hideOne = page.document().selectFirst("form#signatures input[value=Hide]").attr("name").replace("signatures:", "");
        assertTrue(console.act(page, "signatures", Map.of(), hideOne).text().contains("1 signature hidden."));
        assertEquals("0", confirmedOnDashboard(console, id, "0"));
        assertEquals(3, TestDatabase.number("SELECT COUNT(*) FROM signature WHERE campaign_id = ? AND status = 'HIDDEN'", id));
    }

    @Test
    void theCsvExportNeutralisesFormulasAndIsAudited() throws Exception {
        ConsoleClient console = loggedIn();
        String slug = slug("csv");
        long id = ConsoleCampaignForm.bilingual(slug).createWith(console);
        publish(console, id);
        Supporter.signsAndConfirms(site(), mailbox(), slug,
                SignatureForm.valid().with("firstName", "=HYPERLINK(\"http://evil.example\")").with("lastName", "@SUM(A1)"));

        ConsoleClient.Response csv = console.get("organize/signatures/" + id + ".csv");

        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Disposition").contains(slug + "-signatures-"), csv.header("Content-Disposition"));
        assertEquals("no-store", csv.header("Cache-Control"));
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv.body().replace("\ufeff", ""))).getRecords();
        assertEquals(2, rows.size());
        assertEquals("'=HYPERLINK(\"http://evil.example\")", rows.get(1).get(0));
        assertEquals("'@SUM(A1)", rows.get(1).get(1));
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM export_audit e JOIN organizer_account a ON a.id = e.account_id "
                + "WHERE e.campaign_id = ? AND e.row_count = 1 AND a.email = 'admin@firmas.test'", id));
    }

    @Test
    void aHundredThousandSignaturesExportInOneStream() {
        ConsoleClient console = loggedIn();
        long id = ConsoleCampaignForm.bilingual(slug("bulk-export")).createWith(console);
        int rows = 100_000;
        // A draft owes no one a batch, so the scheduler leaves these rows alone.
        assertEquals(rows, TestDatabase.update("INSERT INTO signature (id, campaign_id, email_key, email, first_name, last_name, zip, "
                + "language, status, created_at, confirmed_at) SELECT 1000000000000 + ? * 1000000 + g, ?, 'bulk' || g || '@example.net', "
                + "?, 'Signer', 'Number ' || g, '19148', 'en', 'CONFIRMED', now(), now() "
                + "FROM generate_series(1, ?) AS g", id, id, TestDatabase.encrypted("bulk@example.net"), rows));

        ConsoleClient.Response csv = console.get("organize/signatures/" + id + ".csv");

        assertEquals(200, csv.status());
        assertEquals(rows + 1, csv.body().lines().count(), "a header and every signature");
        assertTrue(csv.body().lines().skip(rows).findFirst().orElseThrow().startsWith("Signer,Number " + rows + ",bulk@example.net,"),
                "the address decrypted for the organizer");
        assertEquals(rows, TestDatabase.number("SELECT row_count FROM export_audit WHERE campaign_id = ?", id));
    }

    private String confirmedOnDashboard(ConsoleClient console, long id, String expected) {
        return Eventually.await(Duration.ofSeconds(10),
                () -> console.get("organize/dashboard.xhtml?id=" + id).document().getElementById("confirmed").text(), expected::equals);
    }

    private static void publish(ConsoleClient console, long id) {
        ConsoleClient.Response published = console.act(console.get("organize/dashboard.xhtml?id=" + id), "lifecycle", Map.of(), "publish");
        assertTrue(published.text().contains("The campaign is published."), published.text());
    }

    private ConsoleClient loggedIn() {
        ConsoleClient console = console();
        ConsoleClient.Response response = console.logIn(System.getProperty("firmas.adminEmail"), System.getProperty("firmas.adminPassword"));
        assertEquals(302, response.status(), response.text());
        return console;
    }

    private static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
