package org.firmas.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.PayaraProcess;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.ReceivedMail;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.TestDatabase;
import org.firmas.testsupport.TestHttpClient;
import org.firmas.testsupport.TestSmtp;
import org.firmas.testsupport.browser.Browsers;
import org.firmas.testsupport.browser.CampaignPageObject;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Fake signatures are kept but do not count, and nothing in the answer gives that away: a burst
 * from one address, a forged X-Forwarded-For, a filled-in honeypot, a flood from one email domain,
 * a reused proof of work. A held signature is sent no mail, so nobody can make the site mail a
 * list of strangers; organizers review what was held, and a release sends the mail. The server
 * here has tight hourly limits (three signatures and two confirmation mails per address, three
 * signatures per domain or without proof of work on a campaign, four confirmation mails per
 * domain) and a reverse proxy at 127.0.0.1, so each test picks its own client addresses through
 * X-Forwarded-For.
 */
class AbuseIsHeldSilentlyIT {

    @RegisterExtension
    static final TestSmtp SMTP = new TestSmtp();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static PayaraProcess firmas;

    @BeforeAll
    static void start(@TempDir Path home) throws Exception {
        Path campaigns = Files.createDirectories(home.resolve("campaigns"));
        String template = Files.readString(Path.of(System.getProperty("firmas.testCampaigns"), "signing-test.yaml"));
        for (String name : List.of("burst", "spoof", "proxied", "honeypot", "unproven", "domain", "gmail", "review", "address",
                "poisoned", "erased", "list1", "list2", "provider1", "provider2", "tool")) {
            // Review delivers every two signatures, so a batch shows who reached the official.
            String text = template.replace("every_signatures: 1000000", "every_signatures: 2")
                    .replace("official@signing.example.org", "official-" + RUN + "@review.example");
            Files.writeString(campaigns.resolve(slug(name) + ".yaml"), name.equals("review") ? text : template);
        }
        firmas = PayaraProcess.start(home, Map.ofEntries(
                Map.entry("FIRMAS_DB_URL", System.getProperty("firmas.testDbUrl")),
                Map.entry("FIRMAS_DB_USER", "postgres"),
                Map.entry("FIRMAS_DB_PASSWORD", "postgres"),
                Map.entry("FIRMAS_DATA_KEY", TestDatabase.dataKey()),
                Map.entry("FIRMAS_SMTP_HOST", "127.0.0.1"),
                Map.entry("FIRMAS_MAIL_FROM", System.getenv("FIRMAS_MAIL_FROM")),
                Map.entry("FIRMAS_SMTP_PORT", System.getProperty("firmas.smtpPort")),
                Map.entry("FIRMAS_ADMIN_EMAIL", System.getProperty("firmas.adminEmail")),
                Map.entry("FIRMAS_ADMIN_PASSWORD", System.getProperty("firmas.adminPassword")),
                Map.entry("FIRMAS_DELIVERY_CHECK_SECONDS", "1"),
                Map.entry("FIRMAS_OUTBOX_POLL_MILLIS", "200"),
                Map.entry("FIRMAS_TRUSTED_PROXIES", "127.0.0.1"),
                Map.entry("FIRMAS_LIMIT_IP_PER_HOUR", "3"),
                Map.entry("FIRMAS_LIMIT_MAIL_IP_PER_HOUR", "2"),
                Map.entry("FIRMAS_LIMIT_MAIL_DOMAIN_PER_HOUR", "4"),
                Map.entry("FIRMAS_LIMIT_DOMAIN_PER_HOUR", "3"),
                Map.entry("FIRMAS_LIMIT_UNPROVEN_PER_HOUR", "3")));
    }

    @AfterAll
    static void stop() {
        if (firmas != null) {
            firmas.close();
        }
    }

    @Test
    void aBurstFromOneAddressIsHeldAsSuspectBehindTheSamePageWithoutMail() {
        String slug = slug("burst");
        PetitionSite client = via("203.0.113.10");
        List<PetitionSite.Page> answers = List.of(client.sign(slug, form("burst1"), "en"), client.sign(slug, form("burst2"), "en"),
                client.sign(slug, form("burst3"), "en"), client.sign(slug, form("burst4"), "en"));

        assertEquals(List.of("PENDING", "PENDING", "SUSPECT", "SUSPECT"),
                List.of(status("burst1"), status("burst2"), status("burst3"), status("burst4")));
        assertEquals("MAIL_ADDRESS_LIMIT", reason("burst3"), "a third signature, but a third mail from one address");
        assertEquals("ADDRESS_LIMIT", reason("burst4"));
        for (PetitionSite.Page answer : answers) {
            assertEquals(302, answer.status());
            assertTrue(answer.location().endsWith("/campaigns/" + slug + "/thanks"), answer.location());
            assertEquals(answers.get(0), answer, "a held signature is answered exactly like an accepted one");
        }
        assertTrue(Mailbox.hasConfirmLink(mailTo("burst1")));
        assertEquals("PENDING", statusAfterSigning(via("203.0.113.11"), slug, "burst5"), "another address is not held");
        assertTrue(Mailbox.hasConfirmLink(mailTo("burst5")));
        assertNoMailTo("burst3", "burst4");
    }

    @Test
    void aForgedForwardedForDoesNotEscapeTheLimit() {
        // Straight to the server from 127.0.0.2: not our proxy, so its X-Forwarded-For counts for nothing.
        PetitionSite direct = site().from("127.0.0.2");
        for (int i = 1; i <= 3; i++) {
            direct.withHeader("X-Forwarded-For", "198.51.100." + i).sign(slug("spoof"), form("direct" + i), "en");
        }
        for (int i = 1; i <= 3; i++) {
            // Behind our proxy the client writes the left part; the proxy appends what it saw.
            via("6.6.6." + i + ", 203.0.113.20").sign(slug("proxied"), form("proxied" + i), "en");
        }

        assertEquals(List.of("PENDING", "PENDING", "SUSPECT"), List.of(status("direct1"), status("direct2"), status("direct3")));
        assertEquals(List.of("PENDING", "PENDING", "SUSPECT"), List.of(status("proxied1"), status("proxied2"), status("proxied3")));
        assertEquals(1, TestDatabase.number("SELECT COUNT(DISTINCT ip_key) FROM signature WHERE last_name LIKE ?", "direct%-" + RUN));
        assertFalse(TestDatabase.text("SELECT ip_key FROM signature WHERE last_name = ?", "direct1-" + RUN).contains("198.51"),
                "only a keyed hash of the address is stored");
    }

    @Test
    void aFilledHoneypotIsHeldAsSuspectBehindTheSameAnswerWithoutMail() {
        String slug = slug("honeypot");
        PetitionSite.Page held = via("203.0.113.30").sign(slug, form("honey").with("website", "http://spam.example"), "en");
        PetitionSite.Page accepted = via("203.0.113.31").sign(slug, form("plain"), "en");

        assertEquals(302, held.status());
        assertEquals(accepted, held, "the robot is answered as a signer is");
        assertEquals("SUSPECT", status("honey"));
        assertEquals("HONEYPOT", reason("honey"));
        assertTrue(Mailbox.hasConfirmLink(mailTo("plain")));
        assertNoMailTo("honey");
        // The same address again, from elsewhere and held again: a repeat, which would be answered
        // with a reminder and its confirmation link, but a held repeat gets none.
        assertEquals(held, via("203.0.113.32").sign(slug, form("honey").with("website", "http://spam.example"), "en"));
        assertEquals("SUSPECT", status("honey"));
        assertNoMailTo("honey");
        assertEquals(0L, site().apiCount(slug));
    }

    @Test
    void someoneWhoSignsCleanlyIsMailedThoughARobotHeldTheirAddressFirst() {
        String slug = slug("poisoned");
        via("203.0.113.34").sign(slug, form("victim").with("website", "http://spam.example"), "en");
        assertEquals("SUSPECT", status("victim"));
        assertNoMailTo("victim");

        // Their own signature is a repeat of the held one; a screened, clean repeat is reminded.
        assertEquals(302, via("203.0.113.35").sign(slug, form("victim"), "en").status());
        ReceivedMail reminder = mailTo("victim");
        assertTrue(Mailbox.hasConfirmLink(reminder), "the real signer can confirm: " + reminder.text());
        assertEquals(302, site().confirm(Mailbox.confirmToken(reminder)).status());
        assertEquals("SUSPECT", status("victim"), "confirmed, it still counts only once an organizer releases it");
        assertEquals(0L, site().apiCount(slug));
    }

    @Test
    void withoutJavaScriptSignaturesCountWithinAnAllowanceAndABrowserProvesItsWork() {
        String slug = slug("unproven");
        for (int i = 1; i <= 4; i++) {
            via("203.0.113.4" + i).sign(slug, form("nojs" + i), "en");
        }
        assertEquals(List.of("PENDING", "PENDING", "PENDING", "SUSPECT"),
                List.of(status("nojs1"), status("nojs2"), status("nojs3"), status("nojs4")));
        assertEquals("UNPROVEN_LIMIT", reason("nojs4"));

        WebDriver browser = browsers.open("en");
        CampaignPageObject page = CampaignPageObject.open(browser, firmas.base() + "campaigns/" + slug);
        String proof = new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                driver -> driver.findElement(By.id("sign:proof")).getAttribute("value").isEmpty()
                        ? null : driver.findElement(By.id("sign:proof")).getAttribute("value"));
        page.type("First name", "Rosa").type("Last name", "browser-" + RUN).type("Email", "browser-" + RUN + "@example.net")
                .type("ZIP code", "19148").press("Sign");

        // The form posts to its error summary's fragment (a refused form opens on it); the redirect keeps it.
        assertTrue(page.url().endsWith("/campaigns/" + slug + "/thanks#error-summary"), page.url());
        assertEquals("PENDING", status("browser"), "the allowance is used up, yet the browser's proof lets it count");
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM used_challenge WHERE nonce = ?", proof.substring(0, 24)));
        assertEquals("SUSPECT", statusAfterSigning(via("203.0.113.45"), slug, "replayed", proof));
        assertEquals("BAD_PROOF", reason("replayed"));
        String forged = proof.replaceFirst(":(\\d+):", ":1$1:");
        assertEquals("SUSPECT", statusAfterSigning(via("203.0.113.46"), slug, "forged", forged));
        assertEquals("SUSPECT", statusAfterSigning(via("203.0.113.47"), slug, "shifted", shiftedSolution()),
                "digits moved from the number into the expiry prove nothing");
        assertEquals("BAD_PROOF", reason("shifted"));
    }

    /**
     * A fresh puzzle from the server, solved, with the leading digits of its number moved into the
     * salt's expiry: the text salt + number that is hashed stays the same, the expiry becomes
     * thousands of years ahead.
     */
    private static String shiftedSolution() {
        while (true) {
            Map<String, String> puzzle = new HashMap<>();
            Matcher field = Pattern.compile("\"(\\w+)\":\"?([^\",}]*)")
                    .matcher(site().get("sign/challenge", "en").body());
            while (field.find()) {
                puzzle.put(field.group(1), field.group(2));
            }
            String number = solve(puzzle.get("salt"), puzzle.get("challenge"), Integer.parseInt(puzzle.get("maxnumber")));
            for (int moved = 1; moved < number.length(); moved++) {
                if (number.charAt(moved) != '0') {
                    return puzzle.get("salt") + number.substring(0, moved) + ":" + number.substring(moved) + ":"
                            + puzzle.get("signature");
                }
            }
        }
    }

    private static String solve(String salt, String challenge, int maxNumber) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (int n = 0; n <= maxNumber; n++) {
                if (HexFormat.of().formatHex(sha256.digest((salt + n).getBytes(StandardCharsets.US_ASCII))).equals(challenge)) {
                    return String.valueOf(n);
                }
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no solution to " + challenge);
    }

    @Test
    void aFloodFromOneEmailDomainIsHeldAsSuspect() {
        String slug = slug("domain");
        for (int i = 1; i <= 4; i++) {
            via("203.0.113.5" + i).sign(slug, form("flood" + i).withEmail("flood" + i + "-" + RUN + "@bulk.example"), "en");
        }
        assertEquals(List.of("PENDING", "PENDING", "PENDING", "SUSPECT"),
                List.of(status("flood1"), status("flood2"), status("flood3"), status("flood4")));
        assertEquals("DOMAIN_LIMIT", reason("flood4"));
    }

    @Test
    void aSurgeFromAFreeMailProviderIsNoDomainFlood() {
        String slug = slug("gmail");
        for (int i = 1; i <= 4; i++) {
            via("203.0.113.7" + i).sign(slug, form("surge" + i).withEmail("surge" + i + "." + RUN + "@gmail.com"), "en");
        }
        // Four from one custom domain meet the domain limit (three); from gmail.com the fourth only
        // meets the allowance for signatures without proof of work, which is also three here.
        assertEquals(List.of("PENDING", "PENDING", "PENDING", "SUSPECT"),
                List.of(status("surge1"), status("surge2"), status("surge3"), status("surge4")));
        assertEquals("UNPROVEN_LIMIT", reason("surge4"), "thousands of genuine signers share gmail.com: no domain limit for it");
    }

    @Test
    void organizersReleaseAndInvalidateSuspectsCountsAndDeliveryFollow() {
        String slug = slug("review");
        long id = campaignId(slug);
        PetitionSite first = via("203.0.113.60");
        for (String name : List.of("alba", "bruno")) {
            first.sign(slug, form(name), "en");
            assertEquals(302, site().confirm(Mailbox.confirmToken(mailTo(name))).status());
        }
        first.sign(slug, form("celia"), "en");
        assertEquals(List.of("CONFIRMED", "CONFIRMED", "SUSPECT"), List.of(status("alba"), status("bruno"), status("celia")));
        assertEquals("MAIL_ADDRESS_LIMIT", reason("celia"));
        String batch = official(1).get(0).text();
        assertTrue(batch.contains("alba-" + RUN) && batch.contains("bruno-" + RUN), batch);
        assertFalse(batch.contains("celia-" + RUN), "a suspect never reaches an official");
        assertNoMailTo("celia");

        ConsoleClient console = loggedIn();
        ConsoleClient.Response moderation = console.get("organize/moderation.xhtml?id=" + id);
        assertEquals("1", moderation.document().getElementById("suspect-count").text());
        ConsoleClient.Response released = console.act(moderation, "suspects", Map.of(), buttonIn(moderation, "celia", "Release"));
        assertTrue(released.text().contains("1 signature released."), released.text());
        assertEquals("PENDING", status("celia"), "released, she waits for her signer");
        assertEquals(302, site().confirm(Mailbox.confirmToken(mailTo("celia"))).status(), "the mail she was held without");
        assertEquals("CONFIRMED", status("celia"));
        assertEquals(3L, Eventually.await(Duration.ofSeconds(10), () -> site().apiCount(slug), count -> count == 3L));

        PetitionSite second = via("203.0.113.61");
        for (String name : List.of("dario", "elena")) {
            second.sign(slug, form(name), "en");
        }
        via("203.0.113.62").sign(slug, form("fabio"), "en");
        assertEquals(List.of("PENDING", "SUSPECT", "SUSPECT"), List.of(status("dario"), status("elena"), status("fabio")));
        ConsoleClient.Response hidden = console.act(console.get("organize/moderation.xhtml?id=" + id), "suspects", Map.of(), "hideAll");
        assertTrue(hidden.text().contains("2 signatures hidden."), hidden.text());
        assertEquals(List.of("HIDDEN", "HIDDEN"), List.of(status("elena"), status("fabio")));

        assertNoMailTo("elena", "fabio");

        via("203.0.113.63").sign(slug, form("gala"), "en");
        assertEquals("SUSPECT", status("gala"));
        ConsoleClient.Response withGala = console.get("organize/moderation.xhtml?id=" + id);
        console.act(withGala, "suspects", Map.of(), "releaseAll");
        assertEquals("PENDING", status("gala"), "released unconfirmed, it waits for its signer");
        assertEquals(302, site().confirm(Mailbox.confirmToken(mailTo("gala"))).status());
        String nextBatch = official(2).get(1).text();
        assertTrue(nextBatch.contains("celia-" + RUN) && nextBatch.contains("gala-" + RUN), nextBatch);
        assertEquals(4L, Eventually.await(Duration.ofSeconds(10), () -> site().apiCount(slug), count -> count == 4L));
        assertEquals(List.of("HIDE_SUSPECTS:2", "RELEASE:1", "RELEASE_ALL:1"), List.of(
                TestDatabase.text("SELECT action || ':' || affected FROM moderation_log WHERE campaign_id = ? AND action = 'HIDE_SUSPECTS'", id),
                TestDatabase.text("SELECT action || ':' || affected FROM moderation_log WHERE campaign_id = ? AND action = 'RELEASE'", id),
                TestDatabase.text("SELECT action || ':' || affected FROM moderation_log WHERE campaign_id = ? AND action = 'RELEASE_ALL'", id)));
        assertEquals(3, TestDatabase.number("SELECT COUNT(*) FROM moderation_log l JOIN organizer_account a ON a.id = l.account_id "
                + "WHERE l.campaign_id = ? AND a.email = ?", id, System.getProperty("firmas.adminEmail")));

        // The same pages sent again, as a reload would: nothing is released twice, nobody mailed twice.
        ConsoleClient.Response releasedAgain = console.act(moderation, "suspects", Map.of(), buttonIn(moderation, "celia", "Release"));
        assertEquals("0", releasedAgain.document().getElementById("suspect-count").text());
        assertFalse(releasedAgain.text().contains("1 signature released."), releasedAgain.text());
        ConsoleClient.Response allReleasedAgain = console.act(withGala, "suspects", Map.of(), "releaseAll");
        assertTrue(allReleasedAgain.text().contains("0 signatures released."), allReleasedAgain.text());
        assertEquals(List.of(1, 1), List.of(mailsQueuedFor("celia"), mailsQueuedFor("gala")));
        assertEquals(List.of(1, 1), List.of(SMTP.mailbox().to(email("celia")).size(), SMTP.mailbox().to(email("gala")).size()));
    }

    @Test
    void aReleaseMailsNobodyWhoseDataWasErased() {
        String slug = slug("erased");
        long campaign = campaignId(slug);
        via("203.0.113.36").sign(slug, form("erased").with("website", "http://spam.example"), "en");
        via("203.0.113.37").sign(slug, form("kept").with("website", "http://spam.example"), "en");
        long erased = TestDatabase.number("SELECT id FROM signature WHERE last_name = ?", "erased-" + RUN);
        // As retention leaves a signature once its campaign has been closed long enough.
        TestDatabase.update("UPDATE signature SET email = '', email_key = 'erased:' || CAST(id AS VARCHAR(20)), email_domain_key = '', "
                + "first_name = '', last_name = '', zip = '', ip_key = NULL, erased_at = CURRENT_TIMESTAMP WHERE id = ?", erased);

        ConsoleClient console = loggedIn();
        console.act(console.get("organize/moderation.xhtml?id=" + campaign), "suspects", Map.of(), "releaseAll");

        assertTrue(Mailbox.hasConfirmLink(mailTo("kept")), "the release mails those it can, in the same transaction");
        assertEquals(0L, TestDatabase.number("SELECT COUNT(*) FROM outbox_message WHERE signature_id = ?", erased),
                "no mail to an erased address");
    }

    @Test
    void confirmationMailsToOneDomainAreLimitedOverAllCampaignsButASharedProviderHasRoomForASurge() {
        // Three signatures on each campaign stay within every signing limit; the fifth mail to one domain is one too many.
        for (int i = 1; i <= 5; i++) {
            String campaign = i <= 3 ? "list1" : "list2";
            via("203.0.113.8" + i).sign(slug(campaign), form("list" + i).withEmail("list" + i + "-" + RUN + "@list.example"), "en");
            via("203.0.113.9" + i).sign(slug(campaign.replace("list", "provider")),
                    form("provider" + i).withEmail("provider" + i + "." + RUN + "@gmail.com"), "en");
        }
        assertEquals(List.of("PENDING", "PENDING", "PENDING", "PENDING", "SUSPECT"),
                List.of(status("list1"), status("list2"), status("list3"), status("list4"), status("list5")));
        assertEquals("MAIL_DOMAIN_LIMIT", reason("list5"));
        assertEquals(List.of("PENDING", "PENDING", "PENDING", "PENDING", "PENDING"), List.of(status("provider1"),
                status("provider2"), status("provider3"), status("provider4"), status("provider5")));

        SMTP.mailbox().await("list4-" + RUN + "@list.example", 1);
        SMTP.mailbox().await("provider5." + RUN + "@gmail.com", 1);
        assertEquals(0, mailsQueuedFor("list5"));
        assertTrue(SMTP.mailbox().to("list5-" + RUN + "@list.example").isEmpty());

        ConsoleClient console = loggedIn();
        ConsoleClient.Response moderation = console.get("organize/moderation.xhtml?id=" + campaignId(slug("list2")));
        console.act(moderation, "suspects", Map.of(), buttonIn(moderation, "list5", "Release"));
        assertEquals("PENDING", status("list5"));
        assertTrue(Mailbox.hasConfirmLink(SMTP.mailbox().await("list5-" + RUN + "@list.example", 1).get(0)),
                "nothing accepted is lost: released, it is mailed");
    }

    /**
     * A tool's API key stands for an address to the limits, but it answers for what it sends: past a
     * limit, its record is refused openly (HTTP 429, saying why) rather than held, and nothing is stored.
     */
    @Test
    void aKeyPastALimitIsRefusedOpenlyAndNothingIsStored() {
        ConsoleClient console = loggedIn();
        ConsoleClient.Response made = console.submit(console.get("organize/keys.xhtml"), "newKey", Map.of("label", "Tool " + RUN), "submit");
        String key = made.document().getElementById("createdKey").text();
        String helper = "api/osdi/v1/petitions/" + campaignId(slug("tool")) + "/signatures/record_signature_helper";

        // Two confirmation mails an hour per address: the key's third signer is one too many.
        assertEquals(201, record(helper, key, "keyed1").status());
        assertEquals(201, record(helper, key, "keyed2").status());
        TestHttpClient.Reply refused = record(helper, key, "keyed3");

        assertEquals(429, refused.status(), refused.text());
        assertEquals("60", refused.header("Retry-After"));
        assertTrue(refused.header("Content-Type").startsWith("application/json"), refused.header("Content-Type"));
        assertTrue(refused.text().contains("Too many signatures from this key for now; wait a minute and send again."), refused.text());
        assertEquals(null, status("keyed3"), "nothing stored");
        assertNoMailTo("keyed3");
    }

    private static TestHttpClient.Reply record(String helper, String key, String name) {
        TestHttpClient http = TestHttpClient.withoutCookies(firmas.base(), Duration.ofSeconds(30), HttpClient.Version.HTTP_1_1);
        String signer = "{\"person\": {\"given_name\": \"Rosa\", \"family_name\": \"" + name + "-" + RUN + "\", "
                + "\"email_addresses\": [{\"address\": \"" + email(name) + "\"}], \"postal_addresses\": [{\"postal_code\": \"19148\"}]}}";
        return http.send("POST", http.resolve(helper), Map.of("Content-Type", "application/json", "OSDI-API-Token", key),
                signer.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void organizersHideEverySignatureFromOneAddressWithinAWindow() {
        String slug = slug("address");
        long id = campaignId(slug);
        for (String[] signer : new String[][] {{"203.0.113.70", "hugo"}, {"203.0.113.70", "ines"}, {"203.0.113.71", "juan"}}) {
            via(signer[0]).sign(slug, form(signer[1]), "en");
            assertEquals(302, site().confirm(Mailbox.confirmToken(mailTo(signer[1]))).status());
        }
        assertEquals(3L, Eventually.await(Duration.ofSeconds(10), () -> site().apiCount(slug), count -> count == 3L));
        ConsoleClient console = loggedIn();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);

        ConsoleClient.Response before = hideAddress(console, id, "203.0.113.70", now.minusHours(2), now.minusHours(1));
        assertTrue(before.text().contains("0 signatures hidden."), "nothing signed in that window: " + before.text());
        ConsoleClient.Response hidden = hideAddress(console, id, "203.0.113.70", now.minusHours(1), now.plusHours(1));
        assertTrue(hidden.text().contains("2 signatures hidden."), hidden.text());
        assertEquals(List.of("HIDDEN", "HIDDEN", "CONFIRMED"), List.of(status("hugo"), status("ines"), status("juan")));
        assertEquals(1L, Eventually.await(Duration.ofSeconds(10), () -> site().apiCount(slug), count -> count == 1L));
        String detail = TestDatabase.text("SELECT detail FROM moderation_log WHERE campaign_id = ? AND action = 'INVALIDATE_ADDRESS' "
                + "AND affected = 2", id);
        assertFalse(detail.contains("203.0.113"), "the log names the address by its tag only: " + detail);

        String tag = hidden.document().select("form#signatures tr").stream()
                .filter(row -> row.text().contains("juan-" + RUN)).findFirst().orElseThrow().select("code").text();
        assertTrue(hideAddress(console, id, tag, now.minusHours(1), now.plusHours(1)).text().contains("1 signature hidden."));
        assertEquals("HIDDEN", status("juan"));
        assertEquals(0L, Eventually.await(Duration.ofSeconds(10), () -> site().apiCount(slug), count -> count == 0L));
    }

    private static ConsoleClient.Response hideAddress(ConsoleClient console, long id, String address, LocalDateTime from,
                                                      LocalDateTime to) {
        return console.act(console.get("organize/moderation.xhtml?id=" + id), "address",
                Map.of("address", address, "from", from.toString(), "to", to.toString()), "hideAddress");
    }

    /** The id of the button with this label in the row of the suspects table that shows this signer. */
    private static String buttonIn(ConsoleClient.Response page, String name, String label) {
        Element row = page.document().select("form#suspects tr").stream()
                .filter(candidate -> candidate.text().contains(name + "-" + RUN)).findFirst().orElseThrow();
        return row.selectFirst("input[value=" + label + "]").attr("name").replace("suspects:", "");
    }

    private static String statusAfterSigning(PetitionSite client, String slug, String name) {
        assertEquals(302, client.sign(slug, form(name), "en").status());
        return status(name);
    }

    private static String statusAfterSigning(PetitionSite client, String slug, String name, String proof) {
        PetitionSite.Page page = client.campaign(slug, "en");
        assertEquals(302, client.submit(page, "sign", Map.of("firstName", "Rosa", "lastName", name + "-" + RUN,
                "email", email(name), "zip", "19148", "proof", proof), "en").status());
        return status(name);
    }

    /**
     * A valid form whose last name identifies the signer in the database (addresses are stored
     * encrypted). Each signer has a domain of their own, so only the flood test meets the domain limit.
     */
    private static SignatureForm form(String name) {
        return SignatureForm.valid().with("lastName", name + "-" + RUN).withEmail(email(name));
    }

    private static String email(String name) {
        return name + "-" + RUN + "@" + name + ".example";
    }

    /**
     * The outbox is written in the signature's own transaction, so no row there is no mail, ever;
     * and none has reached the SMTP server either.
     */
    private static void assertNoMailTo(String... names) {
        for (String name : names) {
            assertEquals(0, mailsQueuedFor(name), name + " is held: no mail may be queued");
            assertTrue(SMTP.mailbox().to(email(name)).isEmpty(), name + " is held: no mail may arrive");
        }
    }

    private static int mailsQueuedFor(String name) {
        return (int) TestDatabase.number("SELECT COUNT(*) FROM outbox_message WHERE signature_id = "
                + "(SELECT id FROM signature WHERE last_name = ?)", name + "-" + RUN);
    }

    private static String status(String name) {
        return TestDatabase.text("SELECT status FROM signature WHERE last_name = ?", name + "-" + RUN);
    }

    private static String reason(String name) {
        return TestDatabase.text("SELECT suspect_reason FROM signature WHERE last_name = ?", name + "-" + RUN);
    }

    private static ReceivedMail mailTo(String name) {
        return SMTP.mailbox().await(email(name), 1).get(0);
    }

    private static List<ReceivedMail> official(int batches) {
        return SMTP.mailbox().await("official-" + RUN + "@review.example", batches);
    }

    private static long campaignId(String slug) {
        return Eventually.await(Duration.ofSeconds(30), () -> TestDatabase.number(
                "SELECT COALESCE(MAX(id), 0) FROM campaign WHERE slug = ?", slug), found -> found > 0);
    }

    private static ConsoleClient loggedIn() {
        ConsoleClient console = new ConsoleClient(firmas.base());
        assertEquals(302, console.logIn(System.getProperty("firmas.adminEmail"), System.getProperty("firmas.adminPassword")).status());
        return console;
    }

    /** A client behind our reverse proxy, which tells the server the client's address. */
    private static PetitionSite via(String clientAddress) {
        return site().withHeader("X-Forwarded-For", clientAddress);
    }

    private static PetitionSite site() {
        return new PetitionSite(firmas.base());
    }

    private static String slug(String name) {
        return "abuse-" + name + "-" + RUN;
    }
}
