package org.firmas.organizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.firmas.testsupport.ConsoleCampaignForm;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.FirmasIT;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.RawHttp;
import org.firmas.testsupport.RawHttp.Language;
import org.firmas.testsupport.ReceivedMail;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.Supporter;
import org.firmas.testsupport.TestDatabase;
import org.firmas.testsupport.Witness;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The console's forms and addresses fed hostile input by a logged-in organizer: markup shows as
 * text on every console page and in the officials' mail, exports stay inert in spreadsheets,
 * and everything else gets a message in the organizer's language, never a server error, while a
 * signature stored before stays exactly as it was.
 */
class OrganizerFormsRejectBadInputIT extends FirmasIT {

    private static final String MARKUP_TITLE = "<script>alert('title')</script> #{7*7}";
    private static final String INVISIBLE_EN = "contains invisible or control characters";
    private static final String INVISIBLE_ES = "contiene caracteres invisibles o de control";
    private static final Duration MAIL = Duration.ofSeconds(30);
    /** Long enough for the folder watcher to look again. */
    private static final Duration RELOAD = Duration.ofSeconds(30);
    /** An address that names no campaign: answered 403 or 404, never more. */
    private static final int NO_SUCH_CAMPAIGN = -1;

    /** Signed once for the whole class (signing is slow): each test checks it afterwards. */
    private static Witness witness;

    @BeforeEach
    void signAWitness() throws Exception {
        if (witness == null) {
            witness = Witness.signs(site(), mailbox());
        }
    }

    @AfterEach
    void theWitnessIsUnharmed() {
        witness.assertUnchanged();
    }

    @Test
    void markupInACampaignShowsAsTextInTheConsoleOnThePublicPageAndInTheOfficialsMail() throws Exception {
        ConsoleClient admin = admin("en");
        String slug = slug("markup");
        long campaign = ConsoleCampaignForm.bilingual(slug).with("title_en", MARKUP_TITLE).with("everySignatures", "1")
                .with("targets:0:name", "<b onmouseover=alert(1)>Council</b>").createWith(admin);
        publish(admin, campaign);

        Document form = admin.get("organize/edit.xhtml?id=" + campaign).document();
        assertEquals(MARKUP_TITLE, form.selectFirst("input[name=campaign:title_en]").attr("value"), "shown as typed in the form");
        assertTrue(form.select("script, [onmouseover]").isEmpty(), form.body().html());
        for (String page : List.of("organize/", "organize/dashboard.xhtml?id=" + campaign, "organize/preview/" + campaign,
                "campaigns/" + slug)) {
            Document shown = admin.get(page).document();
            assertTrue(shown.text().contains("<script>alert('title')</script>"), page + ": " + shown.text());
            // The sign form's own static script is the only one a page may carry.
            assertTrue(shown.select("script:not([src]), [onmouseover]").isEmpty(), page + ": " + shown.body());
            assertTrue(shown.select("script[src]").stream().allMatch(script -> script.attr("src").endsWith("/static/sign.js")),
                    page + ": " + shown.select("script"));
        }
        Supporter.signsAndConfirms(site(), mailbox(), slug, SignatureForm.valid());
        ReceivedMail official = Eventually.await(MAIL, () -> mailbox().to("council@example.org"), mails -> mails.stream()
                .anyMatch(mail -> mail.subject().contains(MARKUP_TITLE))).stream()
                .filter(mail -> mail.subject().contains(MARKUP_TITLE)).findFirst().orElseThrow();
        assertFalse(official.html().contains("<script>") || official.html().contains("<b onmouseover"), official.html());
        assertTrue(official.text().contains("#{7*7}"), "not evaluated: " + official.text());
    }

    static Stream<Arguments> refusedCampaignFields() {
        return Stream.of(
                Arguments.of("title_en", "Fund the library\r\nBcc: everyone@example.org", INVISIBLE_EN, INVISIBLE_ES),
                Arguments.of("title_es", "Financien\u202E la biblioteca", INVISIBLE_EN, INVISIBLE_ES),
                Arguments.of("summary_en", "Keep it open\u200B on Saturdays.", INVISIBLE_EN, INVISIBLE_ES),
                Arguments.of("body_en", "A body with a NUL\u0000 byte.", INVISIBLE_EN, INVISIBLE_ES),
                Arguments.of("targets:0:name", "City\u2066 Council", INVISIBLE_EN, INVISIBLE_ES),
                Arguments.of("title_en", "a".repeat(10 * 1024), "at most 120", "como máximo 120"),
                Arguments.of("targets:0:email", "council@example.org\r\nBcc: everyone@example.org",
                        "Enter a valid email address", "Escriba un correo electrónico válido"),
                Arguments.of("contactEmail", "ana@example.org\r\nBcc: everyone@example.org",
                        "Enter a valid email address", "Escriba un correo electrónico válido"),
                Arguments.of("contactName", "Ana\u202E Ortiz", INVISIBLE_EN, INVISIBLE_ES),
                Arguments.of("goal", "#{7*7}", "whole number", "número entero"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("refusedCampaignFields")
    void aRefusedCampaignFieldGetsAMessageInTheOrganizersLanguageAndSavesNothing(
            String field, String value, String english, String spanish) {
        for (Language language : List.of(Language.EN, Language.ES)) {
            ConsoleClient admin = admin(language == Language.EN ? "en" : "es-MX,es;q=0.9");
            String slug = slug("refused");

            ConsoleClient.Response answer = admin.submit(admin.get("organize/edit.xhtml"), "campaign",
                    ConsoleCampaignForm.bilingual(slug).with(field, value).fields(), "save");

            assertEquals(200, answer.status(), answer.text());
            assertTrue(answer.text().contains(language.pick(english, spanish)), answer.text());
            assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM campaign WHERE slug = ?", slug), "nothing saved");
        }
    }

    static Stream<Arguments> refusedConsoleInput() {
        return Stream.of(
                Arguments.of("login: markup as the address", (Refusal) (console, language) -> console.submit(
                        console.get("organize/login.xhtml"), "login",
                        Map.of("email", "<script>alert(1)</script>@example.org", "password", "x".repeat(10 * 1024)), "submit"),
                        "The email or password is not correct.", "El correo o la contraseña no son correctos."),
                Arguments.of("login: NUL and bidi override in the address", (Refusal) (console, language) -> console.submit(
                        console.get("organize/login.xhtml"), "login",
                        Map.of("email", "admin\u0000@firmas.test\u202E", "password", "#{7*7}"), "submit"),
                        "The email or password is not correct.", "El correo o la contraseña no son correctos."),
                Arguments.of("accounts: a bidi override in the name", (Refusal) (console, language) -> loggedIn(console).submit(
                        console.get("organize/accounts.xhtml"), "newAccount", Map.of("email", "new." + UUID.randomUUID() + "@example.org",
                                "name", "Ana\u202E", "role", "organizer", "password", "a long enough password"), "submit"),
                        INVISIBLE_EN, INVISIBLE_ES),
                Arguments.of("moderation: markup as the domain", (Refusal) (console, language) -> loggedIn(console).submit(
                        console.get("organize/moderation.xhtml?id=" + anyCampaign()), "domain",
                        Map.of("domain", "<script>alert(1)</script>", "from", "2026-01-01T00:00", "to", "2026-12-31T00:00"), "hideDomain"),
                        "Enter a domain name such as example.com.", "Escriba un nombre de dominio como example.com."),
                Arguments.of("moderation: an expression as the time", (Refusal) (console, language) -> loggedIn(console).submit(
                        console.get("organize/moderation.xhtml?id=" + anyCampaign()), "domain",
                        Map.of("domain", "example.com", "from", "#{7*7}", "to", "\u0000"), "hideDomain"),
                        "Enter a start and an end time", "Escriba una hora de inicio"),
                Arguments.of("moderation: markup and an expression as the client address", (Refusal) (console, language) -> loggedIn(console)
                        .submit(console.get("organize/moderation.xhtml?id=" + anyCampaign()), "address",
                                Map.of("address", "<img src=x onerror=alert(1)>#{7*7}", "from", "2026-01-01T00:00", "to", "2026-12-31T00:00"),
                                "hideAddress"),
                        "Enter an IP address such as 203.0.113.7", "Escriba una dirección IP como 203.0.113.7"),
                Arguments.of("moderation: NUL as the time of an address window", (Refusal) (console, language) -> loggedIn(console)
                        .submit(console.get("organize/moderation.xhtml?id=" + anyCampaign()), "address",
                                Map.of("address", "203.0.113.7", "from", "\u0000", "to", "#{7*7}"), "hideAddress"),
                        "Enter a start and an end time", "Escriba una hora de inicio"),
                Arguments.of("upload: a bidi override in the file", (Refusal) (console, language) -> loggedIn(console).upload(
                        console.get("organize/upload.xhtml"), "upload", Map.of("file", new ConsoleClient.FileField(
                                "<script>x</script>.yaml", "status: draft\ntexts:\n  en:\n    title: Fund\u202E it\n")), "submit"),
                        "invisible or control characters", "caracteres invisibles o de control"),
                Arguments.of("upload: a path as the file name", (Refusal) (console, language) -> loggedIn(console).upload(
                        console.get("organize/upload.xhtml"), "upload", Map.of("file", new ConsoleClient.FileField(
                                "../../WEB-INF/web.xml", "status: draft\n")), "submit"),
                        "web.xml", "web.xml"),
                Arguments.of("upload: a YAML escape puts a bidi override in a title", upload(campaignFile("\"Fund\\u202E it\"", "Board")),
                        "field texts.en.title: it holds invisible or control characters (U+202E)",
                        "campo texts.en.title: contiene caracteres invisibles o de control (U+202E)"),
                Arguments.of("upload: a YAML escape puts NUL in a title", upload(campaignFile("\"Fund\\0 it\"", "Board")),
                        "field texts.en.title: it holds invisible or control characters (U+0000)",
                        "campo texts.en.title: contiene caracteres invisibles o de control (U+0000)"),
                Arguments.of("upload: YAML escapes put CR LF in an official's name",
                        upload(campaignFile("Fund it", "\"Board\\r\\nBcc: everyone@example.org\"")),
                        "field targets[1].name: must be a single line", "campo targets[1].name: debe ser una sola línea"),
                Arguments.of("upload: lists nested 20,000 levels deep",
                        upload("status: open\ngoal: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n"),
                        "more than 10 levels deep", "más de 10 niveles"));
    }

    /** Uploads a campaign file under a fresh name. */
    private static Refusal upload(String content) {
        return (console, language) -> loggedIn(console).upload(console.get("organize/upload.xhtml"), "upload",
                Map.of("file", new ConsoleClient.FileField(slug("upload") + ".yaml", content)), "submit");
    }

    /** A campaign file the console accepts, but for what the English title and the official's name hold. */
    private static String campaignFile(String titleEn, String officialName) {
        return "status: open\ngoal: 300\ntexts:\n"
                + "  en:\n    title: " + titleEn + "\n    summary: From a file.\n    body: Body.\n    petition: Petition.\n"
                + "  es:\n    title: Subida\n    summary: De un archivo.\n    body: Cuerpo.\n    petition: Petición.\n"
                + "targets:\n  - name: " + officialName + "\n    title: County Board\n    email: board@example.org\n";
    }

    /** One hostile submission in the console, by a client in the given language. */
    interface Refusal {
        ConsoleClient.Response send(ConsoleClient console, Language language);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedConsoleInput")
    void refusedConsoleInputGetsAMessageInTheOrganizersLanguage(String description, Refusal refusal, String english, String spanish) {
        for (Language language : List.of(Language.EN, Language.ES)) {
            ConsoleClient console = console(language == Language.EN ? "en" : "es-MX,es;q=0.9");
            long accounts = TestDatabase.number("SELECT COUNT(*) FROM organizer_account");

            ConsoleClient.Response answer = refusal.send(console, language);

            assertEquals(200, answer.status(), answer.text());
            assertTrue(answer.text().contains(language.pick(english, spanish)), answer.text());
            assertTrue(answer.document().select("script").isEmpty(), answer.body());
            assertEquals(accounts, TestDatabase.number("SELECT COUNT(*) FROM organizer_account"), "no account added");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConsoleAddresses")
    void aBadConsoleAddressGetsAPageInTheOrganizersLanguage(String path, int status, String english, String spanish) {
        for (Language language : Language.values()) {
            RawHttp raw = rawHttp();
            // A logged-in session, carried by its cookie, so the refusal comes from the page and not from the login.
            ConsoleClient admin = admin("en");
            RawHttp.Answer answer = raw.withSession(admin.sessionId()).get(path, language);

            if (status == NO_SUCH_CAMPAIGN) {
                // Unknown and someone else's look alike or not, but both are a plain refusal in the visitor's language.
                boolean refused = answer.status() == 403;
                answer.assertClean(refused ? 403 : 404, language, refused ? language.pick("Not yours to see", "No tiene acceso")
                        : language.pick("Page not found", "Página no encontrada"));
            } else {
                answer.assertClean(status, language, language.pick(english, spanish));
            }
            assertFalse(answer.body().contains("web-app"), answer.body());
        }
    }

    static Stream<Arguments> badConsoleAddresses() {
        return Stream.of(
                Arguments.of("/organize/signatures/abc.csv", NO_SUCH_CAMPAIGN, "", ""),
                Arguments.of("/organize/signatures/%FF%FE.csv", NO_SUCH_CAMPAIGN, "", ""),
                Arguments.of("/organize/signatures/99999999999999999999999.csv", NO_SUCH_CAMPAIGN, "", ""),
                Arguments.of("/organize/yaml/..%2F..%2FWEB-INF%2Fweb.xml", NO_SUCH_CAMPAIGN, "", ""),
                // A NUL byte in a path is refused by the server itself, before Firmas sees it: a bare 400, nothing named.
                Arguments.of("/organize/preview/%00", 400, "", ""),
                Arguments.of("/organize/dashboard.xhtml?id=%3Cscript%3E", 404, "Page not found", "Página no encontrada"));
    }

    @Test
    void escapedControlCharactersReachNeitherThePublicPageNorTheApiFromAnUploadOrTheFolder() throws Exception {
        String hostile = campaignFile("\"Fund\\u202E it\"", "\"Board\\u202E\"");
        ConsoleClient admin = admin("en");
        String uploaded = slug("escaped");

        ConsoleClient.Response answer = admin.upload(admin.get("organize/upload.xhtml"), "upload",
                Map.of("file", new ConsoleClient.FileField(uploaded + ".yaml", hostile)), "submit");

        assertEquals(200, answer.status(), answer.text());
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM campaign WHERE slug = ?", uploaded), "nothing saved");
        Path folder = Path.of(System.getProperty("firmas.testCampaigns"));
        String fromFolder = slug("escaped-file");
        String plain = slug("plain-file");
        PetitionSite site = site();
        try {
            Files.writeString(folder.resolve(fromFolder + ".yaml"), hostile);
            Files.writeString(folder.resolve(plain + ".yaml"), campaignFile("Fund it", "Board"));
            // The plain file beside it shows that the folder was read again.
            assertEquals(200, Eventually.await(RELOAD, () -> site.campaign(plain, "en").status(), status -> status == 200));
            for (String slug : List.of(uploaded, fromFolder)) {
                PetitionSite.Page page = site.campaign(slug, "en");
                PetitionSite.Page json = site.get("api/campaigns/" + slug, "en");
                assertEquals(404, page.status(), page.body());
                assertEquals(404, json.status(), json.body());
                assertFalse(page.body().contains("\u202E") || json.body().contains("\u202E"));
            }
            assertFalse(site.get("", "en").body().contains("\u202E"), "the home page lists no such title");
        } finally {
            Files.deleteIfExists(folder.resolve(fromFolder + ".yaml"));
            Files.deleteIfExists(folder.resolve(plain + ".yaml"));
        }
    }

    @Test
    void aPostWithAnotherSessionsViewStateGetsTheExpiredPageInTheOrganizersLanguage() {
        ConsoleClient other = admin("en");
        String foreignState = other.get("organize/upload.xhtml").document()
                .selectFirst("input[name=jakarta.faces.ViewState]").attr("value");
        ConsoleClient admin = admin("es-MX,es;q=0.9");
        String action = admin.get("organize/accounts.xhtml").document().selectFirst("form#newAccount").attr("action");

        ConsoleClient.Response answer = admin.post(action, Map.of("newAccount", "newAccount", "jakarta.faces.ViewState", foreignState,
                "newAccount:email", "foreign@example.org", "newAccount:name", "Foreign", "newAccount:role", "admin",
                "newAccount:password", "a long enough password", "newAccount:submit", "Crear"));

        assertEquals(400, answer.status());
        assertTrue(answer.text().contains("La página expiró"), answer.text());
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM organizer_account WHERE email = 'foreign@example.org'"));
    }

    @Test
    void formulasInSignersNamesStayTextInTheExport() {
        ConsoleClient admin = admin("en");
        String slug = slug("formula");
        long campaign = ConsoleCampaignForm.bilingual(slug).createWith(admin);
        publish(admin, campaign);
        PetitionSite site = site();
        // What a signer types, and the cell the export holds for it. A spreadsheet set to split on ; runs what follows one.
        Map<String, String> formulas = Map.of(
                "=HYPERLINK(\"http://evil.example\",\"x\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"",
                "+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0",
                "-2+3", "'-2+3",
                "@SUM(A1:A9)", "'@SUM(A1:A9)",
                "Ana;=1+1", "Ana;'=1+1");
        for (String formula : formulas.keySet()) {
            Supporter.signsAndConfirms(site, mailbox(), slug, SignatureForm.valid().with("firstName", formula));
        }

        String csv = admin.get("organize/signatures/" + campaign + ".csv").body();

        formulas.forEach((formula, cell) -> assertTrue(csv.contains("," + cell + ",") || csv.contains("\n" + cell + ","),
                "neutralised " + formula + " in\n" + csv));
        for (String line : csv.split("\r?\n")) {
            for (String cell : line.split("[,;]")) {
                assertFalse(cell.matches("\"?[=+\\-@].*"), "a cell a spreadsheet would run: " + cell);
            }
        }
    }

    private static void publish(ConsoleClient admin, long campaign) {
        ConsoleClient.Response published = admin.act(admin.get("organize/dashboard.xhtml?id=" + campaign), "lifecycle", Map.of(), "publish");
        assertTrue(published.text().contains("The campaign is published."), published.text());
    }

    private static long anyCampaign() {
        return TestDatabase.number("SELECT MIN(id) FROM campaign");
    }

    private static ConsoleClient loggedIn(ConsoleClient console) {
        ConsoleClient.Response response = console.logIn(System.getProperty("firmas.adminEmail"), System.getProperty("firmas.adminPassword"));
        assertEquals(302, response.status(), response.text());
        return console;
    }

    private ConsoleClient console(String acceptLanguage) {
        return console().inLanguage(acceptLanguage);
    }

    private ConsoleClient admin(String acceptLanguage) {
        return loggedIn(console(acceptLanguage));
    }

    private static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
