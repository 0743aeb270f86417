package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.firmas.organizer.boundary.ConsoleAuthModule;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.OrganizerAccounts;
import org.firmas.testsupport.PayaraProcess;
import org.firmas.testsupport.RawHttp;
import org.firmas.testsupport.RawHttp.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The headers every kind of answer carries, from Firmas started as in production (with its
 * server settings, HTTP and HTTPS): a public page, an error page, a static file, a Faces resource
 * and a console page, and the answers the server gives before any page runs, or before it has
 * even chosen the application (a path it cannot read, a folder without its slash). None names the
 * server or a host the client made up; console pages are never stored; scripts only come from the
 * site itself; over HTTPS, browsers are told to stay on HTTPS; metrics are for operators only.
 */
class ResponseHeadersIT {

    /** Where the operators' monitoring connects from; tests reach the server from 127.0.0.1. */
    private static final String MONITORING_ADDRESS = "127.0.0.2";

    private static PayaraProcess firmas;
    private static int httpsPort;

    @BeforeAll
    static void start() throws Exception {
        Path home = Path.of("target", "response-headers-it").toAbsolutePath();
        Files.createDirectories(home);
        httpsPort = PayaraProcess.freePort();
        Map<String, String> environment = PayaraProcess.testEnvironment();
        environment.put("FIRMAS_DATA_DIR", home.resolve("data").toAbsolutePath().toString());
        environment.put("FIRMAS_MONITORING_ADDRESSES", MONITORING_ADDRESS);
        firmas = PayaraProcess.start(home, environment, List.of("--nocluster", "--sslport", String.valueOf(httpsPort)));
    }

    @AfterAll
    static void stop() {
        if (firmas != null) {
            firmas.close();
        }
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

        answers.forEach(ResponseHeadersIT::assertKeepsScriptsFramesAndReferrersOut);
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
        answers.forEach(ResponseHeadersIT::assertKeepsScriptsFramesAndReferrersOut);
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

    private static void assertKeepsScriptsFramesAndReferrersOut(String kind, RawHttp.Answer answer) {
        String policy = answer.header("Content-Security-Policy");
        assertTrue(policy != null && policy.contains("frame-ancestors 'none'"), kind + ": " + policy);
        String scripts = policy.replaceAll(".*script-src ([^;]*).*", "$1");
        assertEquals("'self'", scripts.strip(), kind + ": scripts only from the site itself, none inline");
        assertEquals("nosniff", answer.header("X-Content-Type-Options"), kind);
        assertTrue(List.of("no-referrer", "same-origin").contains(answer.header("Referrer-Policy")), kind);
        assertNull(answer.header("Server"), kind + ": Server header");
        assertNull(answer.header("X-Powered-By"), kind + ": X-Powered-By header");
        assertNull(answer.header("Strict-Transport-Security"), kind + ": no HSTS over plain HTTP");
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
            trustTheServersOwnCertificate(https);

            assertTrue(https.getResponseCode() < 500, path);
            String hsts = https.getHeaderField("Strict-Transport-Security");
            assertTrue(hsts != null && hsts.contains("max-age=31536000"), path + ": " + hsts);
            assertNull(https.getHeaderField("Server"), path);
            assertNull(https.getHeaderField("X-Powered-By"), path);
            https.disconnect();
        }
    }

    /** Payara Micro's HTTPS listener presents its own self-signed certificate; only this test talks to it. */
    private static void trustTheServersOwnCertificate(HttpsURLConnection https) throws Exception {
        TrustManager anyCertificate = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {anyCertificate}, null);
        https.setSSLSocketFactory(context.getSocketFactory());
        https.setHostnameVerifier((host, session) -> true);
    }
}
