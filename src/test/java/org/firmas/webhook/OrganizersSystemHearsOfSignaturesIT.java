package org.firmas.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.firmas.testsupport.ConsoleCampaignForm;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.Supporter;
import org.firmas.testsupport.TestDatabase;
import org.firmas.testsupport.WebhookReceiver;
import org.firmas.testsupport.browser.BrowserTest;
import org.firmas.testsupport.browser.PageWidth;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Marta connects her campaign to her coalition's list: she adds a webhook in the console, copies
 * the secret shown once, and her system receives each confirmed signature once, signed with that
 * secret; a second system that keeps failing is retried, then given up, and the console says so.
 * (The test deployment allows receivers on 127.0.0.1, over http.)
 */
class OrganizersSystemHearsOfSignaturesIT extends BrowserTest {

    @Test
    void eachConfirmedSignatureIsPostedOnceSignedAndAFailingReceiverIsGivenUp() {
        try (WebhookReceiver receiver = new WebhookReceiver(Map.of("/ok", 200, "/down", 500, "/finished", 200))) {
            ConsoleClient console = admin();
            String slug = "hooks-" + UUID.randomUUID().toString().substring(0, 8);
            long campaign = ConsoleCampaignForm.bilingual(slug).createWith(console);
            console.act(console.get("organize/dashboard.xhtml?id=" + campaign), "lifecycle", Map.of(), "publish");
            String page = console.get("organize/dashboard.xhtml?id=" + campaign).document().getElementById("webhooks").attr("href");

            ConsoleClient.Response added = console.submit(console.get(page), "add", Map.of("url", receiver.url("/ok")), "addEndpoint");
            String secret = added.document().getElementById("secret").text();
            assertTrue(secret.startsWith("whsec_"), added.text());
            ConsoleClient.Response again = console.get(page);
            assertEquals(null, again.document().getElementById("secret"), "the secret is shown once");
            assertTrue(!again.body().contains(secret), "and never again");
            assertTrue(!TestDatabase.text("SELECT secret FROM webhook_endpoint WHERE campaign_id = ?", campaign).contains(secret),
                    "stored encrypted");
            console.submit(console.get(page), "add", Map.of("url", receiver.url("/down")), "addEndpoint");

            SignatureForm ana = Supporter.signsAndConfirms(site(), mailbox(), slug, SignatureForm.valid().with("firstName", "Ana"));
            SignatureForm ben = Supporter.signsAndConfirms(site(), mailbox(), slug, SignatureForm.valid().with("firstName", "Ben"));
            assertEquals(302, site().sign(slug, SignatureForm.valid(), "en").status(), "a third signs and never confirms");

            List<WebhookReceiver.Post> posts = Eventually.await(Duration.ofSeconds(30), () -> receiver.postsTo("/ok"),
                    received -> received.size() >= 2);
            for (WebhookReceiver.Post post : posts) {
                assertTrue(WebhookReceiver.signedWith(secret, post), post.toString());
                assertEquals("signature.confirmed", post.event());
                assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(post.timestamp())) < 120, post.timestamp());
                assertTrue(post.body().startsWith("{\"osdi:signature\":{\"identifiers\":[\"firmas:signature-"), post.body());
                assertTrue(post.body().contains("\"firmas:petition\":\"" + slug + "\""), post.body());
            }
            Set<String> emails = posts.stream().map(post -> post.body().replaceAll(".*\"address\":\"([^\"]+)\".*", "$1"))
                    .collect(Collectors.toSet());
            assertEquals(Set.of(ana.get("email"), ben.get("email")), emails);
            assertTrue(posts.stream().anyMatch(post -> post.body().contains("\"given_name\":\"Ana\",\"family_name\":\"Martinez\"")
                    && post.body().contains("\"postal_addresses\":[{\"postal_code\":\"19148\",\"primary\":true}]")), posts.toString());

            Eventually.await(Duration.ofSeconds(60), () -> TestDatabase.number("SELECT COUNT(*) FROM webhook_delivery d "
                    + "JOIN webhook_endpoint e ON e.id = d.endpoint_id WHERE e.campaign_id = ? AND d.status = 'DEAD'", campaign), dead -> dead == 2);
            assertEquals(6, receiver.postsTo("/down").size(), "three attempts each, then given up");
            assertEquals(2, receiver.postsTo("/down").stream().map(WebhookReceiver.Post::id).distinct().count(),
                    "each attempt of a delivery carries its id");
            assertEquals(2, receiver.postsTo("/ok").size(), "each confirmed signature reached the working receiver once");
            assertEquals(2, posts.stream().map(WebhookReceiver.Post::id).distinct().count());
            assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id "
                    + "WHERE e.campaign_id = ? AND d.body IS NOT NULL", campaign), "no body kept once a delivery is over");

            ConsoleClient.Response shown = console.get(page);
            assertEquals(List.of("Delivered", "Delivered", "Given up", "Given up"),
                    shown.document().select(".delivery-status").eachText().stream().sorted().toList(), shown.text());
            assertEquals(List.of("HTTP 500", "HTTP 500"), shown.document().select(".delivery-dead .last-answer").eachText());
            assertEquals(List.of("3", "3"), shown.document().select(".delivery-dead .attempts").eachText());
            assertTrue(!shown.body().contains(ana.get("email")), "the console lists no supporter's address");

            console.submit(console.get(page), "add", Map.of("url", receiver.url("/finished"), "signatureConfirmed", "false",
                    "campaignFinished", "on"), "addEndpoint");
            console.confirm(campaign, "won");
            WebhookReceiver.Post won = Eventually.await(Duration.ofSeconds(30), () -> receiver.postsTo("/finished"),
                    received -> !received.isEmpty()).get(0);
            assertEquals("campaign.finished", won.event());
            assertTrue(won.body().contains("\"firmas:status\":\"won\""), won.body());

            screenshots(campaign, receiver);

            long hers = TestDatabase.number("SELECT id FROM signature WHERE email_key = ?", TestDatabase.emailKey(ana.get("email")));
            String aboutHer = "SELECT COUNT(*) FROM webhook_delivery WHERE signature_id = ?";
            assertEquals(2, TestDatabase.number(aboutHer, hers), "one per endpoint");
            String withdraw = Mailbox.withdrawToken(mailbox().to(ana.get("email")).get(0));
            site().submit(site().get("withdraw/" + withdraw, "en"), "withdraw", Map.of(), "en");
            assertEquals(0, TestDatabase.number(aboutHer, hers), "her withdrawal deleted the deliveries about her signature");
            assertEquals(2, TestDatabase.number("SELECT COUNT(*) FROM webhook_delivery WHERE event = 'SIGNATURE_CONFIRMED' "
                    + "AND endpoint_id IN (SELECT id FROM webhook_endpoint WHERE campaign_id = ?)", campaign), "Ben's stay");
        }
    }

    /** The first signature passes the campaign's milestone, and then the organizer mails an update: both are posted. */
    @Test
    void aMilestoneReachedAndAnUpdateSentArePosted() {
        try (WebhookReceiver receiver = new WebhookReceiver(Map.of("/news", 200))) {
            ConsoleClient console = admin();
            String slug = "hooks-news-" + UUID.randomUUID().toString().substring(0, 8);
            long campaign = ConsoleCampaignForm.bilingual(slug).with("milestones:0:signatures", "1").createWith(console);
            console.act(console.get("organize/dashboard.xhtml?id=" + campaign), "lifecycle", Map.of(), "publish");
            String page = console.get("organize/dashboard.xhtml?id=" + campaign).document().getElementById("webhooks").attr("href");
            console.submit(console.get(page), "add", Map.of("url", receiver.url("/news"), "signatureConfirmed", "false",
                    "milestoneReached", "on", "updateSent", "on"), "addEndpoint");

            Supporter.signsAndConfirms(site(), mailbox(), slug, SignatureForm.valid().with("wantsUpdates", "on"));
            WebhookReceiver.Post milestone = Eventually.await(Duration.ofSeconds(60), () -> receiver.postsTo("/news"),
                    received -> !received.isEmpty()).get(0);
            assertEquals("milestone.reached", milestone.event());

            ConsoleClient.Response asked = console.submit(console.get("organize/update.xhtml?id=" + campaign), "compose",
                    Map.of("subject_en", "Hearing on Monday", "subject_es", "Audiencia el lunes", "body_en", "Come.", "body_es", "Venga."),
                    "askToSend");
            assertEquals(302, asked.status(), asked.text());
            console.act(console.get(asked.location()), "confirm", Map.of(), "send");
            List<WebhookReceiver.Post> posts = Eventually.await(Duration.ofSeconds(60), () -> receiver.postsTo("/news"),
                    received -> received.size() >= 2);
            assertEquals(List.of("milestone.reached", "update.sent"), posts.stream().map(WebhookReceiver.Post::event).toList());
            assertTrue(posts.stream().allMatch(post -> !post.body().contains("@")), "neither names a supporter: " + posts);
        }
    }

    /** A campaign that closes itself at its deadline is heard of as one an organizer closed. */
    @Test
    void aCampaignClosingAtItsDeadlineIsPosted() {
        try (WebhookReceiver receiver = new WebhookReceiver(Map.of("/closed", 200))) {
            ConsoleClient console = admin();
            String slug = "hooks-deadline-" + UUID.randomUUID().toString().substring(0, 8);
            long campaign = ConsoleCampaignForm.bilingual(slug).with("deadline", LocalDate.now().plusDays(2).toString())
                    .createWith(console);
            console.act(console.get("organize/dashboard.xhtml?id=" + campaign), "lifecycle", Map.of(), "publish");
            String page = console.get("organize/dashboard.xhtml?id=" + campaign).document().getElementById("webhooks").attr("href");
            console.submit(console.get(page), "add", Map.of("url", receiver.url("/closed"), "signatureConfirmed", "false",
                    "campaignFinished", "on"), "addEndpoint");

            ConsoleClient.Response moved = console.submit(console.get("organize/edit.xhtml?id=" + campaign), "campaign",
                    Map.of("deadline", LocalDate.now().minusDays(2).toString()), "save");
            assertEquals(302, moved.status(), moved.text());

            WebhookReceiver.Post closed = Eventually.await(Duration.ofSeconds(60), () -> receiver.postsTo("/closed"),
                    received -> !received.isEmpty()).get(0);
            assertEquals("campaign.finished", closed.event());
            assertTrue(closed.body().contains("\"firmas:status\":\"closed\""), closed.body());
        }
    }

    /**
     * Closing a campaign in the console and queuing its post commit together: when the delivery row
     * is written, the campaign row already holds the closing in the same transaction (a trigger on
     * the test database notes it). Then it is posted, once.
     */
    @Test
    void aCampaignClosedInTheConsoleIsQueuedInTheClosingsTransactionAndPostedOnce() {
        try (WebhookReceiver receiver = new WebhookReceiver(Map.of("/closed", 200)); QueuedWithItsCause witness = new QueuedWithItsCause()) {
            ConsoleClient console = admin();
            long campaign = publishedWithEndpoint(console, "hooks-closed-" + UUID.randomUUID().toString().substring(0, 8),
                    receiver.url("/closed"), Map.of("signatureConfirmed", "false", "campaignFinished", "on"));

            console.confirm(campaign, "close");

            assertEquals(List.of(true), witness.notedFor(campaign), "queued once, in the closing's own transaction");
            WebhookReceiver.Post closed = Eventually.await(Duration.ofSeconds(30), () -> receiver.postsTo("/closed"),
                    received -> !received.isEmpty()).get(0);
            assertEquals("campaign.finished", closed.event());
            assertTrue(closed.body().contains("\"firmas:status\":\"closed\""), closed.body());
            Eventually.await(Duration.ofSeconds(30), () -> deliveries(campaign, "SENT"), sent -> sent == 1);
            assertEquals(1, receiver.postsTo("/closed").size(), "posted exactly once");
        }
    }

    /**
     * A signature held as suspect is not posted, even once its signer confirmed it; released by an
     * organizer, it is queued with the release and posted. One never released is never posted.
     */
    @Test
    void aConfirmedSuspectIsPostedWhenReleasedAndNotBefore() {
        try (WebhookReceiver receiver = new WebhookReceiver(Map.of("/signers", 200))) {
            ConsoleClient console = admin();
            String slug = "hooks-held-" + UUID.randomUUID().toString().substring(0, 8);
            long campaign = publishedWithEndpoint(console, slug, receiver.url("/signers"), Map.of());
            String dora = confirmedWhileHeld(slug, "dora");
            String eve = confirmedWhileHeld(slug, "eve");
            assertEquals(0, deliveries(campaign, "PENDING"), "a held signature is not posted, confirmed or not");

            ConsoleClient.Response moderation = console.get("organize/moderation.xhtml?id=" + campaign);
            Element row = moderation.document().select("form#suspects tr").stream().filter(tr -> tr.text().contains(dora))
                    .findFirst().orElseThrow();
            String release = row.selectFirst("input[value=Release]").attr("name").substring("suspects:".length());
            ConsoleClient.Response released = console.act(moderation, "suspects", Map.of(), release);
            assertTrue(released.text().contains("1 signature released."), released.text());

            assertEquals(1, deliveries(campaign, "PENDING") + deliveries(campaign, "SENT"), "queued with the release");
            WebhookReceiver.Post posted = Eventually.await(Duration.ofSeconds(30), () -> receiver.postsTo("/signers"),
                    received -> !received.isEmpty()).get(0);
            assertEquals("signature.confirmed", posted.event());
            assertTrue(posted.body().contains("\"address\":\"" + dora + "\""), posted.body());
            Eventually.await(Duration.ofSeconds(30), () -> deliveries(campaign, "SENT"), sent -> sent == 1);
            assertEquals(1, receiver.postsTo("/signers").size(), "Eve, still held, is not posted");
            assertEquals("SUSPECT", TestDatabase.text("SELECT status FROM signature WHERE email_key = ?", TestDatabase.emailKey(eve)));
        }
    }

    /** Signs with the trap filled (held, no mail), then cleanly: the repeat is mailed a link, which confirms the held one. */
    private String confirmedWhileHeld(String slug, String name) {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertEquals(302, site().sign(slug, SignatureForm.valid().withEmail(email).with("website", "http://spam.example"), "en").status());
        Supporter.signsAndConfirms(site(), mailbox(), slug, SignatureForm.valid().withEmail(email));
        assertEquals("SUSPECT", TestDatabase.text("SELECT status FROM signature WHERE email_key = ?", TestDatabase.emailKey(email)));
        return email;
    }

    /** A published console campaign with one endpoint listening for the events ticked in {@code events}; returns its id. */
    private long publishedWithEndpoint(ConsoleClient console, String slug, String url, Map<String, String> events) {
        long campaign = ConsoleCampaignForm.bilingual(slug).createWith(console);
        console.act(console.get("organize/dashboard.xhtml?id=" + campaign), "lifecycle", Map.of(), "publish");
        Map<String, String> fields = new java.util.HashMap<>(events);
        fields.put("url", url);
        console.submit(console.get("organize/webhooks.xhtml?id=" + campaign), "add", fields, "addEndpoint");
        return campaign;
    }

    private static long deliveries(long campaign, String status) {
        return TestDatabase.number("SELECT COUNT(*) FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id "
                + "WHERE e.campaign_id = ? AND d.status = ?", campaign, status);
    }

    /**
     * Notes, for each delivery row written, whether its campaign's row was last changed by the same
     * transaction: PostgreSQL stamps a row with the transaction that wrote it ({@code xmin}).
     */
    private static final class QueuedWithItsCause implements AutoCloseable {

        QueuedWithItsCause() {
            TestDatabase.update("CREATE TABLE test_queued_with_cause (campaign_id bigint, same_transaction boolean)");
            TestDatabase.update("CREATE FUNCTION test_note_queued() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "INSERT INTO test_queued_with_cause SELECT c.id, c.xmin::text = (txid_current() % 4294967296)::text "
                    + "FROM webhook_endpoint e JOIN campaign c ON c.id = e.campaign_id WHERE e.id = NEW.endpoint_id; "
                    + "RETURN NEW; END $$");
            TestDatabase.update("CREATE TRIGGER test_note_queued AFTER INSERT ON webhook_delivery "
                    + "FOR EACH ROW EXECUTE FUNCTION test_note_queued()");
        }

        List<Boolean> notedFor(long campaign) {
            try (java.sql.Connection connection = TestDatabase.connect(); java.sql.PreparedStatement query =
                    connection.prepareStatement("SELECT same_transaction FROM test_queued_with_cause WHERE campaign_id = ?")) {
                query.setLong(1, campaign);
                List<Boolean> noted = new java.util.ArrayList<>();
                try (java.sql.ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        noted.add(rows.getBoolean(1));
                    }
                }
                return noted;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            TestDatabase.update("DROP TRIGGER test_note_queued ON webhook_delivery");
            TestDatabase.update("DROP FUNCTION test_note_queued()");
            TestDatabase.update("DROP TABLE test_queued_with_cause");
        }
    }

    @Test
    void anAddressThatIsNotHttpsOrNoEventIsRefusedWithAMessage() {
        ConsoleClient console = admin();
        long campaign = ConsoleCampaignForm.bilingual("hooks-" + UUID.randomUUID().toString().substring(0, 8)).createWith(console);
        String page = "organize/webhooks.xhtml?id=" + campaign;

        ConsoleClient.Response refused = console.submit(console.get(page), "add", Map.of("url", "ftp://crm.example.org/hook"), "addEndpoint");
        assertEquals("Enter a full https address, such as https://crm.example.org/hook.",
                refused.document().select("#add .field-error").text(), refused.text());
        ConsoleClient spanish = new ConsoleClient(baseUri()).inLanguage("es");
        spanish.logIn(System.getProperty("firmas.adminEmail"), System.getProperty("firmas.adminPassword"));
        ConsoleClient.Response none = spanish.submit(spanish.get(page), "add",
                Map.of("url", "https://crm.example.org/hook", "signatureConfirmed", "false"), "addEndpoint");
        assertEquals("Elija al menos un evento.", none.document().select("#add .field-error").text(), none.text());
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM webhook_endpoint WHERE campaign_id = ?", campaign));
        assertNotNull(console.get(page).document().getElementById("noEndpoints"));

        ConsoleClient.Response added = console.submit(console.get(page), "add",
                Map.of("url", "https://crm.example.org/hook", "milestoneReached", "on", "campaignFinished", "on"), "addEndpoint");
        assertEquals("https://crm.example.org/hook", added.document().select(".endpoint-url").text(), added.text());
        assertEquals("A signature is confirmed, A milestone is reached, The campaign is closed or won",
                added.document().select(".endpoint-events").text());
        ConsoleClient.Response paused = console.act(console.get(page), "list", Map.of(), "endpoints:0:pause");
        assertEquals("Paused: new and pending deliveries wait", paused.document().select(".endpoint-state").text(), paused.text());
        assertEquals("The endpoint is paused; its deliveries wait until you resume it.", paused.document().getElementById("messages").text());
        ConsoleClient.Response resumed = console.act(paused, "list", Map.of(), "endpoints:0:resume");
        assertEquals("Active", resumed.document().select(".endpoint-state").text());
        ConsoleClient.Response deleted = console.act(resumed, "list", Map.of(), "endpoints:0:delete");
        assertNotNull(deleted.document().getElementById("noEndpoints"), deleted.text());
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM webhook_endpoint WHERE campaign_id = ?", campaign));
    }

    /** The page on a 412 px phone in both languages, with its deliveries; pictures in target/console-screens. */
    private void screenshots(long campaign, WebhookReceiver receiver) {
        for (String language : List.of("en", "es")) {
            WebDriver browser = browser(language);
            PageWidth.viewport(browser, 412, 823);
            browser.get(base + "organize/login.xhtml");
            browser.findElement(By.id("login:email")).sendKeys(System.getProperty("firmas.adminEmail"));
            browser.findElement(By.id("login:password")).sendKeys(System.getProperty("firmas.adminPassword"));
            browser.findElement(By.id("login:submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> !driver.getCurrentUrl().contains("login"));
            browser.get(base + "organize/webhooks.xhtml?id=" + campaign);
            assertEquals("Webhooks", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.findElement(By.id("add:addEndpoint")).getAttribute("value")
                    .equals(language.equals("es") ? "Añadir destino" : "Add endpoint"));
            PageWidth.screenshot(browser, "webhooks-412-" + language);
            long wide = PageWidth.scrollWidth(browser);
            assertTrue(wide <= 412, "webhooks page is " + wide + " px wide: " + PageWidth.overflowing(browser));
        }
    }
}
