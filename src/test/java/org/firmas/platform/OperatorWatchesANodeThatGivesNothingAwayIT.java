package org.firmas.platform;

import static org.firmas.testsupport.ProtectiveHeaders.assertKeepsScriptsFramesAndReferrersOut;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.net.ssl.HttpsURLConnection;
import org.firmas.organizer.boundary.ConsoleAuthModule;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.CuttableProxy;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.MarkedSupporter;
import org.firmas.testsupport.OperatorEndpoints;
import org.firmas.testsupport.OrganizerAccounts;
import org.firmas.testsupport.PayaraProcess;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.ProtectiveHeaders;
import org.firmas.testsupport.RawHttp;
import org.firmas.testsupport.RawHttp.Language;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.Supporter;
import org.firmas.testsupport.TestDatabase;
import org.firmas.testsupport.TestSmtp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * A node started as in production (its server settings, HTTP and HTTPS, its log in a file, its
 * database reached through a relay the test can cut), as its operator watches it and as everyone
 * else meets it. The operator's monitoring reads the node's health, metrics and API description
 * from the address it was given; the public, from any other address, finds none of them. Payara
 * serves these endpoints inside Firmas only at the site root, as here (under the shared
 * deployment's context path they would be the server's own). Every kind of answer carries the
 * same headers: none names the server or a host the client made up; console pages are never
 * stored; scripts only come from the site itself; over HTTPS, browsers are told to stay on HTTPS.
 * The log holds no personal data: supporters with details found nowhere else sign, confirm,
 * withdraw, reach an official, are exported and send bad input, and the log is searched for each;
 * a database outage is logged in a few lines. One node serves every test: a start is what costs.
 * The tests need no order but one: signers turned away in the outage leave the node not ready for
 * a while, as they should, so that test comes last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperatorWatchesANodeThatGivesNothingAwayIT {

    @RegisterExtension
    static final TestSmtp SMTP = new TestSmtp();

    /** Where the operators' monitoring connects from; tests reach the server from 127.0.0.1. */
    private static final String MONITORING_ADDRESS = "127.0.0.2";
    private static final String CAMPAIGN = "signing-test";
    private static final String HOSTILE_CAMPAIGN = "hostile-input-test";
    private static final String OFFICIAL = "official@hostile.example.org";
    private static final Duration NOTICED = Duration.ofSeconds(30);
    private static final Duration MAIL = Duration.ofSeconds(60);
    private static final String RECORDED = "firmas_signatures_total{outcome=\"recorded\"}";
    private static final String DUPLICATE = "firmas_signatures_total{outcome=\"duplicate\"}";
    private static final String INVALID = "firmas_signatures_total{outcome=\"invalid\"}";
    private static final String CONFIRMED = "firmas_confirmations_total";
    private static final String MAILS_SENT = "firmas_mails_total{outcome=\"sent\"}";
    /** How a record of the server's log begins. */
    private static final String FORGED_RECORD = "[2026-01-01T00:00:00.000+0000] [] [SEVERE] [] [forged]";

    private static CuttableProxy database;
    private static PayaraProcess firmas;
    private static int httpsPort;

    @BeforeAll
    static void start() throws Exception {
        Path home = Files.createDirectories(Path.of("target", "operator-watches-a-node-it").toAbsolutePath());
        CuttableProxy.Relayed relayed = CuttableProxy.toTestDatabase();
        database = relayed.proxy();
        httpsPort = PayaraProcess.freePort();
        Map<String, String> environment = PayaraProcess.testEnvironment();
        environment.put("FIRMAS_DATA_DIR", home.resolve("data").toString());
        environment.put("FIRMAS_DB_URL", relayed.jdbcUrl());
        environment.put("FIRMAS_MONITORING_ADDRESSES", MONITORING_ADDRESS);
        firmas = PayaraProcess.start(home, environment, List.of("--nohazelcast", "--sslport", String.valueOf(httpsPort)));
    }

    @AfterAll
    static void stop() throws Exception {
        if (firmas != null) {
            firmas.close();
        }
        database.close();
    }

    private static OperatorEndpoints operator() {
        return new OperatorEndpoints(firmas.base());
    }

    @Test
    void aServingNodeIsReadyAndAliveAndNamesEachCheck() {
        RawHttp.Answer ready = operator().get("/health/ready");
        RawHttp.Answer live = operator().get("/health/live");

        assertEquals(200, ready.status(), ready.body());
        assertEquals(Map.of("database-reachable", "UP", "schema-migrated", "UP", "campaigns-loaded", "UP", "signatures-stored", "UP"),
                OperatorEndpoints.checks(ready));
        assertEquals(200, live.status(), live.body());
        assertEquals(Map.of("timers", "UP", "outbox-moving", "UP"), OperatorEndpoints.checks(live));
    }

    @Test
    void theMetricsCountEachSignatureConfirmationAndMail() {
        OperatorEndpoints operator = operator();
        PetitionSite site = new PetitionSite(firmas.base());
        Map<String, Double> before = operator.metrics();
        SignatureForm form = SignatureForm.valid().withEmail("metrics-" + UUID.randomUUID() + "@example.org");

        assertEquals(302, site.sign(CAMPAIGN, form, "en").status());
        String token = Mailbox.confirmToken(SMTP.mailbox().await(form.get("email"), 1).get(0));
        assertEquals(302, site.sign(CAMPAIGN, form, "en").status(), "signed again");
        assertEquals(302, site.confirm(token).status());
        // Judged by the direct way in, then answered by Faces: by its validators, or by the page bean when a field was left out.
        assertEquals(200, site.submit(site.campaign(CAMPAIGN, "en"), "sign", Map.of("firstName", "Rosa", "lastName", "Martinez",
                "email", "invalid-" + UUID.randomUUID() + "@example.org", "zip", "1"), "en").status(), "a postal code that is none");
        assertEquals(200, site.submit(site.campaign(CAMPAIGN, "en"), "sign", Map.of("firstName", "Rosa",
                "email", "invalid-" + UUID.randomUUID() + "@example.org", "zip", "19148"), "en").status(), "a name left out");
        Map<String, Double> after = Eventually.await(Duration.ofSeconds(10), operator::metrics,
                metrics -> metrics.get(CONFIRMED) > before.get(CONFIRMED) && metrics.get(MAILS_SENT) > before.get(MAILS_SENT));

        assertEquals(1.0, after.get(RECORDED) - before.get(RECORDED), "one signature recorded");
        assertEquals(1.0, after.get(DUPLICATE) - before.get(DUPLICATE), "one signed twice");
        assertEquals(2.0, after.get(INVALID) - before.get(INVALID), "each invalid form counted once");
        assertEquals(1.0, after.get(CONFIRMED) - before.get(CONFIRMED), "one confirmed");
        assertTrue(after.get(MAILS_SENT) - before.get(MAILS_SENT) >= 1.0, "the confirmation mail went");
        for (String outcome : List.of("sent", "retried", "dead")) {
            assertEquals(0.0, after.get("firmas_webhook_deliveries_total{outcome=\"" + outcome + "\"}"),
                    "webhook posts are counted from the start, none here without an endpoint: " + outcome);
        }
        for (String gauge : List.of("firmas_outbox_pending", "firmas_outbox_oldest_due_seconds", "firmas_suspects_held")) {
            assertTrue(after.get(gauge) >= 0, gauge + " = " + after.get(gauge));
        }
        // Fresh within a few seconds, even when another test has just given the database back.
        double age = Eventually.await(Duration.ofSeconds(30), () -> operator.metrics().get("firmas_counts_age_seconds"), seconds -> seconds < 10);
        assertTrue(age < 10, "the counts on show are fresh: " + age);
    }

    @Test
    void thePublicFindsNoOperatorEndpoint() {
        RawHttp visitor = new RawHttp(firmas.base());
        for (String path : List.of("/health", "/health/ready", "/health/live", "/health/started", "/metrics",
                "/metrics?scope=application", "/openapi", "/openapi?format=json")) {
            visitor.sendAsWritten("GET", path, Map.of(), null, Language.EN).assertClean(404, Language.EN, "Page not found");
            assertEquals(200, operator().get(path).status(), path + " from the monitoring address");
        }
    }

    @Test
    void theApiDescriptionListsTheApiAndNothingElse() {
        RawHttp.Answer openapi = operator().get("/openapi");
        assertEquals(200, openapi.status());
        Map<?, ?> document = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(openapi.body());

        Map<?, ?> paths = (Map<?, ?>) document.get("paths");
        assertTrue(paths.containsKey("/api/campaigns/{slug}"), "the campaign route: " + paths.keySet());
        assertTrue(paths.keySet().containsAll(Set.of("/api/osdi/v1/", "/api/osdi/v1/petitions", "/api/osdi/v1/petitions/{id}",
                "/api/osdi/v1/petitions/{id}/signatures", "/api/osdi/v1/petitions/{id}/signatures/{signatureId}",
                "/api/osdi/v1/petitions/{id}/signatures/record_signature_helper")), "the OSDI routes: " + paths.keySet());
        assertTrue(paths.keySet().stream().allMatch(path -> path.toString().startsWith("/api/")), "only /api routes: " + paths.keySet());
        Map<?, ?> schemas = (Map<?, ?>) ((Map<?, ?>) document.get("components")).get("schemas");
        assertEquals(Set.of("Campaign", "AreaCount", "HalDocument", "RecordSignature", "Error"), schemas.keySet(),
                "the API's own shapes, no page or form class");
    }

    /**
     * PostgreSQL becomes unreachable: the node is not ready, so a load balancer stops sending it
     * visitors, but alive, since a restart would not bring the database back; once PostgreSQL is
     * back, the node is ready again by itself.
     */
    @Test
    void notReadyWhilePostgresqlIsUnreachableAndReadyAgainAfter() {
        OperatorEndpoints operator = operator();
        assertEquals(200, operator.get("/health/ready").status(), "ready with the database");

        database.cut();
        try {
            RawHttp.Answer cut = Eventually.await(NOTICED, () -> operator.get("/health/ready"), answer -> answer.status() == 503);
            assertEquals(503, cut.status(), cut.body());
            assertEquals("DOWN", OperatorEndpoints.checks(cut).get("database-reachable"), cut.body());
            RawHttp.Answer live = operator.get("/health/live");
            assertEquals(200, live.status(), "alive without the database: " + live.body());
        } finally {
            database.restore();
        }
        RawHttp.Answer back = Eventually.await(NOTICED, () -> operator.get("/health/ready"), answer -> answer.status() == 200);
        assertEquals(200, back.status(), back.body());
        assertEquals("UP", OperatorEndpoints.checks(back).get("database-reachable"));
    }

    @Test
    void everyKindOfAnswerKeepsScriptsFramesAndReferrersOutAndNamesNoServer() {
        RawHttp raw = new RawHttp(firmas.base());
        Map<String, RawHttp.Answer> answers = Map.of(
                "public page", raw.get("/campaigns/signing-test", Language.EN),
                "error page", raw.get("/no-such-page", Language.EN),
                "refused method", raw.send("PUT", "/", null, new byte[0], Language.EN),
                "static file", raw.get("/static/firmas.css", Language.EN),
                "Faces resource", raw.get("/jakarta.faces.resource/faces.js.xhtml?ln=jakarta.faces", Language.EN),
                "console login", raw.get("/organize/login.xhtml", Language.EN));

        answers.forEach(ProtectiveHeaders::assertKeepsScriptsFramesAndReferrersOut);
    }

    @Test
    void answersGivenBeforeAnyPageRunsCarryTheSameHeaders() {
        RawHttp raw = new RawHttp(firmas.base());
        ConsoleClient organizer = new ConsoleClient(firmas.base());
        assertEquals(302, organizer.logIn(OrganizerAccounts.newOrganizer("Headers"), OrganizerAccounts.PASSWORD).status());
        byte[] malformedField = "sign=sign&sign%3Aemail=rosa%40example.org%zz".getBytes(StandardCharsets.US_ASCII);

        Map<String, RawHttp.Answer> answers = Map.of(
                "redirect to the login", raw.get("/organize/", Language.EN),
                "console page for admins only", raw.withSession(organizer.sessionId()).get("/organize/accounts.xhtml", Language.EN),
                "malformed escape in a form", raw.send("POST", "/campaigns/signing-test", "application/x-www-form-urlencoded",
                        malformedField, Language.EN),
                "malformed escape in a link's query", raw.sendAsWritten("GET", "/campaigns/signing-test?utm_content=50%off",
                        Map.of(), null, Language.ES),
                "malformed escape in a form's query", raw.sendAsWritten("POST", "/campaigns/signing-test?email=rosa%40example.org%zz",
                        Map.of("Content-Type", "application/x-www-form-urlencoded"), "sign=sign".getBytes(StandardCharsets.US_ASCII),
                        Language.ES));

        assertEquals(302, answers.get("redirect to the login").status());
        assertEquals(403, answers.get("console page for admins only").status());
        answers.get("malformed escape in a form").assertClean(400, Language.EN, "We could not read that");
        // A mangled shared link still leads to its campaign, without the query no one can read.
        assertEquals(303, answers.get("malformed escape in a link's query").status());
        assertEquals("/campaigns/signing-test", answers.get("malformed escape in a link's query").header("Location"));
        answers.get("malformed escape in a form's query").assertClean(400, Language.ES, "No pudimos leer eso");
        answers.forEach(ProtectiveHeaders::assertKeepsScriptsFramesAndReferrersOut);
    }

    @Test
    void pathsTheServerCannotReadGetTheBadRequestPageAndItsFoldersRedirectWithTheHeaders() {
        RawHttp raw = new RawHttp(firmas.base());

        for (String path : List.of("/%zz", "/campaigns/%zz", "/organize/%zz", "/%", "/%00", "/a%5Cb", "/../x")) {
            RawHttp.Answer answer = raw.sendAsWritten("GET", path, Map.of(), null, Language.ES);
            answer.assertClean(400, Language.ES, "No pudimos leer eso");
            assertKeepsScriptsFramesAndReferrersOut(path, answer);
        }
        RawHttp.Answer toFolder = raw.sendAsWritten("GET", "/static", Map.of(), null, Language.EN);
        assertEquals(301, toFolder.status());
        assertKeepsScriptsFramesAndReferrersOut("the server's redirect to a folder", toFolder);
    }

    @Test
    void redirectsNameNoHostTheClientMadeUp() {
        RawHttp raw = new RawHttp(firmas.base());
        Map<String, String> forged = Map.of("Host", "attacker.example");
        ConsoleClient admin = new ConsoleClient(firmas.base());
        assertEquals(302, admin.logIn(System.getProperty("firmas.adminEmail"), System.getProperty("firmas.adminPassword")).status());

        RawHttp.Answer toLogin = raw.sendAsWritten("GET", "/organize/", forged, null, Language.EN);
        RawHttp.Answer toConsole = raw.withSession(admin.sessionId()).sendAsWritten("GET", "/organize/login.xhtml", forged, null, Language.EN);
        RawHttp.Answer toFolder = raw.sendAsWritten("GET", "/static", forged, null, Language.EN);

        assertEquals(302, toLogin.status());
        assertEquals("/organize/login.xhtml", toLogin.header("Location"), "the login page, on the address the browser used");
        assertEquals(302, toConsole.status(), "a logged-in organizer skips the login page");
        assertEquals(ConsoleAuthModule.HOME_PAGE, toConsole.header("Location"));
        assertEquals("/static/", toFolder.header("Location"), "the server's own redirect to a folder");
        assertFalse(toLogin.body().contains("attacker.example") || toConsole.body().contains("attacker.example"));
    }

    @Test
    void metricsAndHealthAnswerOnlyTheMonitoringAddresses() {
        RawHttp visitor = new RawHttp(firmas.base());
        RawHttp monitoring = visitor.fromAddress(MONITORING_ADDRESS);

        for (String path : List.of("/metrics", "/health", "/health/ready")) {
            visitor.sendAsWritten("GET", path, Map.of(), null, Language.EN).assertClean(404, Language.EN, "Page not found");
            assertEquals(200, monitoring.sendAsWritten("GET", path, Map.of(), null, Language.EN).status(), path);
        }
    }

    @Test
    void noGeneratedApiDescriptionIsHandedOut() {
        RawHttp raw = new RawHttp(firmas.base());

        assertNotEquals(200, raw.get("/openapi", Language.EN).status(), "the server's OpenAPI document");
        assertEquals(404, raw.get("/api/application.wadl", Language.EN).status(), "the generated WADL");
        assertEquals(200, raw.get("/api/campaigns/signing-test", Language.EN).status(), "the API itself still answers");
    }

    @Test
    void consolePagesAreNeverStoredAndKeepTheirViewStateOnTheServer() {
        ConsoleClient console = new ConsoleClient(firmas.base());
        ConsoleClient.Response login = console.get("organize/login.xhtml");
        assertEquals("no-store", login.header("Cache-Control"));
        String viewState = login.document().selectFirst("input[name=jakarta.faces.ViewState]").attr("value");
        assertTrue(viewState.matches("-?\\d+:-?\\d+"), "a key to state kept on the server, not the state itself: " + viewState);

        ConsoleClient.Response loggedIn = console.logIn(System.getProperty("firmas.adminEmail"), System.getProperty("firmas.adminPassword"));
        assertEquals(302, loggedIn.status(), loggedIn.text());
        ConsoleClient.Response campaigns = console.get("organize/");

        assertEquals(200, campaigns.status());
        assertEquals("no-store", campaigns.header("Cache-Control"));
        assertNull(campaigns.header("Server"));
        assertNull(campaigns.header("X-Powered-By"));
    }

    @Test
    void overHttpsBrowsersAreToldToStayOnHttpsAndStillLearnNothingOfTheServer() throws Exception {
        for (String path : List.of("/", "/no-such-page", "/static/firmas.css")) {
            HttpsURLConnection https = (HttpsURLConnection) URI.create("https://127.0.0.1:" + httpsPort + path).toURL().openConnection();
            ProtectiveHeaders.trustTheServersOwnCertificate(https);

            assertTrue(https.getResponseCode() < 500, path);
            String hsts = https.getHeaderField("Strict-Transport-Security");
            assertTrue(hsts != null && hsts.contains("max-age=31536000"), path + ": " + hsts);
            assertNull(https.getHeaderField("Server"), path);
            assertNull(https.getHeaderField("X-Powered-By"), path);
            https.disconnect();
        }
    }

    @Test
    void signingConfirmingWithdrawingDeliveringExportingAndBadInputLeaveNoPersonalDataInTheLog() throws Exception {
        MarkedSupporter stays = MarkedSupporter.named("stays");
        MarkedSupporter leaves = MarkedSupporter.named("leaves");
        MarkedSupporter refused = MarkedSupporter.named("refused");

        PetitionSite site = new PetitionSite(firmas.base());
        Mailbox mailbox = SMTP.mailbox();
        Supporter.signsAndConfirms(site, mailbox, HOSTILE_CAMPAIGN, stays.form());
        Supporter.signsAndConfirms(site, mailbox, HOSTILE_CAMPAIGN, leaves.form());
        String withdraw = Mailbox.withdrawToken(mailbox.to(leaves.email()).get(0));
        PetitionSite.Page withdrawn = site.submit(site.get("withdraw/" + withdraw, "en"), "withdraw", Map.of(), "en");
        assertTrue(withdrawn.text().contains("Your signature was withdrawn"), withdrawn.text());
        assertTrue(Eventually.await(MAIL, () -> mailbox.to(OFFICIAL), mails -> mails.stream()
                .anyMatch(mail -> mail.text().contains(stays.lastName()))).stream()
                .anyMatch(mail -> mail.text().contains(stays.lastName())), "the official got the batch");
        assertTrue(exportedCsv(firmas).contains(stays.lastName()), "the organizer exported the signatures");
        sendsBadInput(firmas, site, refused);

        String log = settledLog().toLowerCase(Locale.ROOT);
        assertTrue(log.contains("ready in"), "the log is the server's: " + log.length() + " characters");
        assertEquals(-1, log.indexOf("at org.glassfish.grizzly.http.util.urldecoder"),
                () -> "a malformed percent escape is the sender's mistake, not a stack in the log:\n" + around(log, "urldecoder"));
        assertTrue(log.lines().noneMatch(line -> line.startsWith(FORGED_RECORD.toLowerCase(Locale.ROOT))),
                () -> "a line break in a field started a log line of its own:\n" + around(log, FORGED_RECORD.toLowerCase(Locale.ROOT)));
        assertEquals(-1, log.indexOf("viewexpiredexception"),
                () -> "a garbled view state is the sender's mistake, not a stack in the log:\n" + around(log, "viewexpiredexception"));
        // A warning per page view once queued every request thread behind the log in a surge.
        assertEquals(-1, log.indexOf("unable to set request character encoding"),
                () -> "a page read its address before its encoding was set, a warning for every view:\n"
                        + around(log, "unable to set request character encoding"));
        for (MarkedSupporter supporter : List.of(stays, leaves, refused)) {
            for (String marker : supporter.markers()) {
                assertEquals(-1, log.indexOf(marker.toLowerCase(Locale.ROOT)),
                        () -> "personal data in the log: " + marker + " in\n" + around(log, marker.toLowerCase(Locale.ROOT)));
            }
        }
    }

    /**
     * The database goes away under a running server while signers keep trying and every timer
     * keeps ticking: each part of Firmas that meets the fault says so in one line, without a stack
     * trace, SQL or a signer's keyed address, and one more line when it is over.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void aDatabaseOutageIsLoggedInAFewLinesWithoutStacksOrSql() throws Exception {
        PetitionSite site = new PetitionSite(firmas.base());
        Supporter.signsAndConfirms(site, SMTP.mailbox(), HOSTILE_CAMPAIGN, SignatureForm.valid());
        int before = firmas.log().length();

        database.cut();
        SignatureForm during = SignatureForm.valid();
        // Signers keep trying for 20 seconds, while the timers run every second.
        List<Integer> answers = new ArrayList<>();
        Eventually.await(Duration.ofSeconds(20), () -> answers.add(site.sign(HOSTILE_CAMPAIGN, during, "en").status()), added -> false);
        String outage = firmas.log().substring(before);
        database.restore();
        assertEquals(Set.of(503), Set.copyOf(answers), "signers are asked to try again");
        assertEquals(302, Eventually.await(MAIL, () -> site.sign(HOSTILE_CAMPAIGN, during, "en").status(), status -> status == 302),
                "signing works again once the database is back");

        assertEquals(List.of(), lines(outage, "\tat "), "no stack trace:\n" + outage);
        assertTrue(lines(outage, "levelValue").size() <= 10, "a line per part of Firmas that met the fault:\n" + outage);
        String lowerCase = outage.toLowerCase(Locale.ROOT);
        assertEquals(-1, lowerCase.indexOf("select "), "no SQL:\n" + outage);
        assertEquals(-1, outage.indexOf(TestDatabase.emailKey(during.get("email"))), "no keyed address");
    }

    /** The log once the node has written what the requests so far made it write: unchanged for a second. */
    private static String settledLog() throws InterruptedException {
        long deadline = System.nanoTime() + NOTICED.toNanos();
        String earlier;
        String log = firmas.log();
        do {
            earlier = log;
            Thread.sleep(1000);
            log = firmas.log();
        } while (!log.equals(earlier) && System.nanoTime() < deadline);
        return log;
    }

    private static List<String> lines(String log, String containing) {
        return log.lines().filter(line -> line.contains(containing)).toList();
    }

    private static String exportedCsv(PayaraProcess firmas) {
        ConsoleClient console = new ConsoleClient(firmas.base());
        ConsoleClient.Response loggedIn = console.logIn(System.getProperty("firmas.adminEmail"), System.getProperty("firmas.adminPassword"));
        assertEquals(302, loggedIn.status(), loggedIn.text());
        long campaign = TestDatabase.number("SELECT id FROM campaign WHERE slug = ?", HOSTILE_CAMPAIGN);
        ConsoleClient.Response csv = console.get("organize/signatures/" + campaign + ".csv");
        assertEquals(200, csv.status());
        return csv.body();
    }

    /** What a careless or hostile client sends with the third supporter's data: none of it is stored or logged. */
    private static void sendsBadInput(PayaraProcess firmas, PetitionSite site, MarkedSupporter refused) {
        site.sign(HOSTILE_CAMPAIGN, refused.form().with("firstName", refused.firstName() + "\u0000"), "en");
        site.sign(HOSTILE_CAMPAIGN, refused.form().with("comment", refused.comment() + "\u202E"), "es");
        site.sign(HOSTILE_CAMPAIGN, refused.form().withEmail(refused.email() + "\r\nBcc: x@example.org"), "en");
        site.post("campaigns/" + HOSTILE_CAMPAIGN, Map.of("sign", "sign", "jakarta.faces.ViewState", "garbled::state",
                "sign:firstName", refused.firstName(), "sign:email", refused.email(), "sign:phone", refused.phone(),
                "sign:submit", "Sign"), "en");
        new RawHttp(firmas.base()).send("POST", "/campaigns/" + HOSTILE_CAMPAIGN, "application/x-www-form-urlencoded",
                ("sign=sign&sign%3AlastName=" + refused.lastName() + "&sign%3Acomment=" + "x".repeat(128 * 1024))
                        .getBytes(StandardCharsets.US_ASCII), Language.EN);
        ConsoleClient console = new ConsoleClient(firmas.base());
        assertEquals(200, console.logIn(refused.email(), "wrong password for " + refused.lastName()).status());
        assertEquals(200, console.logIn(refused.firstName() + "\u0000@example.org", refused.phone()).status());
        sendsMalformedPercentEscapes(new RawHttp(firmas.base()), refused);
        site.get("confirm/" + refused.lastName(), "en");
        site.get("campaigns/" + refused.lastName(), "en");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM signature WHERE last_name = ?", refused.lastName()));
    }

    /** Escapes no decoder takes, in addresses, a query and a form field whose value forges a log record on a line of its own. */
    private static void sendsMalformedPercentEscapes(RawHttp raw, MarkedSupporter refused) {
        for (int i = 0; i < 20; i++) {
            for (String path : List.of("/%zz", "/campaigns/%zz", "/organize/%zz")) {
                raw.sendAsWritten("GET", path, Map.of(), null, Language.EN);
            }
        }
        String email = URLEncoder.encode(refused.email(), StandardCharsets.UTF_8);
        raw.sendAsWritten("GET", "/campaigns/" + HOSTILE_CAMPAIGN + "?email=" + email + "%zz", Map.of(), null, Language.EN);
        String forging = URLEncoder.encode(refused.email() + "\r\n" + FORGED_RECORD, StandardCharsets.UTF_8);
        raw.send("POST", "/campaigns/" + HOSTILE_CAMPAIGN, "application/x-www-form-urlencoded",
                ("sign=sign&sign%3Aemail=" + forging + "%zz&jakarta.faces.ViewState=stateless").getBytes(StandardCharsets.US_ASCII),
                Language.ES);
    }

    private static String around(String log, String marker) {
        int at = log.indexOf(marker);
        return at < 0 ? "" : log.substring(Math.max(0, at - 600), Math.min(log.length(), at + 200));
    }

}
