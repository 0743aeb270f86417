package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.concurrent.ThreadLocalRandom;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.CuttableProxy;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.PayaraProcess;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.RawHttp;
import org.firmas.testsupport.RawHttp.Language;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.Supporter;
import org.firmas.testsupport.TestDatabase;
import org.firmas.testsupport.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server log holds no personal data. Firmas runs as in production, writing its log to a file;
 * supporters with names, addresses, phones and comments found nowhere else sign, confirm,
 * withdraw, reach an official in a batch, are exported by an organizer, and send bad input too.
 * Then the log is searched for each of them.
 */
class NoPersonalDataInLogsIT {

    @RegisterExtension
    static final TestSmtp SMTP = new TestSmtp();

    private static final String CAMPAIGN = "hostile-input-test";
    private static final String OFFICIAL = "official@hostile.example.org";
    private static final Duration MAIL = Duration.ofSeconds(60);
    /** How a record of the server's log begins. */
    private static final String FORGED_RECORD = "[2026-01-01T00:00:00.000+0000] [] [SEVERE] [] [forged]";

    @Test
    void signingConfirmingWithdrawingDeliveringExportingAndBadInputLeaveNoPersonalDataInTheLog() throws Exception {
        Path home = Path.of("target", "no-personal-data-in-logs-it").toAbsolutePath();
        Files.createDirectories(home);
        Map<String, String> environment = PayaraProcess.testEnvironment();
        environment.put("FIRMAS_DATA_DIR", home.resolve("data").toAbsolutePath().toString());
        Marked stays = Marked.supporter("stays");
        Marked leaves = Marked.supporter("leaves");
        Marked refused = Marked.supporter("refused");

        try (PayaraProcess firmas = PayaraProcess.start(home, environment)) {
            PetitionSite site = new PetitionSite(firmas.base());
            Mailbox mailbox = SMTP.mailbox();
            Supporter.signsAndConfirms(site, mailbox, CAMPAIGN, stays.form());
            Supporter.signsAndConfirms(site, mailbox, CAMPAIGN, leaves.form());
            String withdraw = Mailbox.withdrawToken(mailbox.to(leaves.email()).get(0));
            PetitionSite.Page withdrawn = site.submit(site.get("withdraw/" + withdraw, "en"), "withdraw", Map.of(), "en");
            assertTrue(withdrawn.text().contains("Your signature was withdrawn"), withdrawn.text());
            assertTrue(Eventually.await(MAIL, () -> mailbox.to(OFFICIAL), mails -> mails.stream()
                    .anyMatch(mail -> mail.text().contains(stays.lastName()))).stream()
                    .anyMatch(mail -> mail.text().contains(stays.lastName())), "the official got the batch");
            assertTrue(exportedCsv(firmas).contains(stays.lastName()), "the organizer exported the signatures");
            sendsBadInput(firmas, site, refused);
        }

        String log = Files.readString(home.resolve("server.log"), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        assertTrue(log.contains("ready in"), "the log is the server's: " + log.length() + " characters");
        assertEquals(-1, log.indexOf("at org.glassfish.grizzly.http.util.urldecoder"),
                () -> "a malformed percent escape is the sender's mistake, not a stack in the log:\n" + around(log, "urldecoder"));
        assertTrue(log.lines().noneMatch(line -> line.startsWith(FORGED_RECORD.toLowerCase(Locale.ROOT))),
                () -> "a line break in a field started a log line of its own:\n" + around(log, FORGED_RECORD.toLowerCase(Locale.ROOT)));
        assertEquals(-1, log.indexOf("viewexpiredexception"),
                () -> "a garbled view state is the sender's mistake, not a stack in the log:\n" + around(log, "viewexpiredexception"));
        for (Marked supporter : List.of(stays, leaves, refused)) {
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
    void aDatabaseOutageIsLoggedInAFewLinesWithoutStacksOrSql() throws Exception {
        Path home = Files.createDirectories(Path.of("target", "database-outage-log-it").toAbsolutePath());
        CuttableProxy.Relayed relayed = CuttableProxy.toTestDatabase();
        try (CuttableProxy database = relayed.proxy()) {
            Map<String, String> environment = PayaraProcess.testEnvironment();
            environment.put("FIRMAS_DATA_DIR", home.resolve("data").toString());
            environment.put("FIRMAS_DB_URL", relayed.jdbcUrl());
            try (PayaraProcess firmas = PayaraProcess.start(home, environment)) {
                PetitionSite site = new PetitionSite(firmas.base());
                Supporter.signsAndConfirms(site, SMTP.mailbox(), CAMPAIGN, SignatureForm.valid());
                int before = firmas.log().length();

                database.cut();
                SignatureForm during = SignatureForm.valid();
                // Signers keep trying for 20 seconds, while the timers run every second.
                List<Integer> answers = new ArrayList<>();
                Eventually.await(Duration.ofSeconds(20), () -> answers.add(site.sign(CAMPAIGN, during, "en").status()), added -> false);
                String outage = firmas.log().substring(before);
                database.restore();
                assertEquals(Set.of(503), Set.copyOf(answers), "signers are asked to try again");
                assertEquals(302, Eventually.await(MAIL, () -> site.sign(CAMPAIGN, during, "en").status(), status -> status == 302),
                        "signing works again once the database is back");

                assertEquals(List.of(), lines(outage, "\tat "), "no stack trace:\n" + outage);
                assertTrue(lines(outage, "levelValue").size() <= 10, "a line per part of Firmas that met the fault:\n" + outage);
                String lowerCase = outage.toLowerCase(Locale.ROOT);
                assertEquals(-1, lowerCase.indexOf("select "), "no SQL:\n" + outage);
                assertEquals(-1, outage.indexOf(TestDatabase.emailKey(during.get("email"))), "no keyed address");
            }
        }
    }

    private static List<String> lines(String log, String containing) {
        return log.lines().filter(line -> line.contains(containing)).toList();
    }

    private static String exportedCsv(PayaraProcess firmas) {
        ConsoleClient console = new ConsoleClient(firmas.base());
        ConsoleClient.Response loggedIn = console.logIn(System.getProperty("firmas.adminEmail"), System.getProperty("firmas.adminPassword"));
        assertEquals(302, loggedIn.status(), loggedIn.text());
        long campaign = TestDatabase.number("SELECT id FROM campaign WHERE slug = ?", CAMPAIGN);
        ConsoleClient.Response csv = console.get("organize/signatures/" + campaign + ".csv");
        assertEquals(200, csv.status());
        return csv.body();
    }

    /** What a careless or hostile client sends with the third supporter's data: none of it is stored or logged. */
    private static void sendsBadInput(PayaraProcess firmas, PetitionSite site, Marked refused) {
        site.sign(CAMPAIGN, refused.form().with("firstName", refused.firstName() + "\u0000"), "en");
        site.sign(CAMPAIGN, refused.form().with("comment", refused.comment() + "\u202E"), "es");
        site.sign(CAMPAIGN, refused.form().withEmail(refused.email() + "\r\nBcc: x@example.org"), "en");
        site.post("campaigns/" + CAMPAIGN, Map.of("sign", "sign", "jakarta.faces.ViewState", "garbled::state",
                "sign:firstName", refused.firstName(), "sign:email", refused.email(), "sign:phone", refused.phone(),
                "sign:submit", "Sign"), "en");
        new RawHttp(firmas.base()).send("POST", "/campaigns/" + CAMPAIGN, "application/x-www-form-urlencoded",
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
    private static void sendsMalformedPercentEscapes(RawHttp raw, Marked refused) {
        for (int i = 0; i < 20; i++) {
            for (String path : List.of("/%zz", "/campaigns/%zz", "/organize/%zz")) {
                raw.sendAsWritten("GET", path, Map.of(), null, Language.EN);
            }
        }
        String email = URLEncoder.encode(refused.email(), StandardCharsets.UTF_8);
        raw.sendAsWritten("GET", "/campaigns/" + CAMPAIGN + "?email=" + email + "%zz", Map.of(), null, Language.EN);
        String forging = URLEncoder.encode(refused.email() + "\r\n" + FORGED_RECORD, StandardCharsets.UTF_8);
        raw.send("POST", "/campaigns/" + CAMPAIGN, "application/x-www-form-urlencoded",
                ("sign=sign&sign%3Aemail=" + forging + "%zz&jakarta.faces.ViewState=stateless").getBytes(StandardCharsets.US_ASCII),
                Language.ES);
    }

    private static String around(String log, String marker) {
        int at = log.indexOf(marker);
        return at < 0 ? "" : log.substring(Math.max(0, at - 600), Math.min(log.length(), at + 200));
    }

    /** A supporter whose every detail is a string found nowhere else. */
    private record Marked(String firstName, String lastName, String email, String phone, String comment) {

        static Marked supporter(String role) {
            String id = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            String digits = String.valueOf(1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
            return new Marked("Zorvath" + id, "Quillmoor" + role + id, "marker." + id + "@privacy.example.net",
                    "+1 215 " + digits, "Comment" + id + " about the campaign");
        }

        SignatureForm form() {
            return SignatureForm.valid().with("firstName", firstName).with("lastName", lastName).withEmail(email)
                    .with("phone", phone).with("comment", comment);
        }

        /** Each detail, and the forms a log line might quote it in. */
        List<String> markers() {
            String localPart = email.substring(0, email.indexOf('@'));
            String phoneDigits = phone.replaceAll("\\D", "");
            return List.of(firstName, lastName, email, localPart, URLEncoder.encode(email, StandardCharsets.UTF_8),
                    phone, phoneDigits, phoneDigits.substring(4), comment.substring(0, comment.indexOf(' ')));
        }
    }
}
