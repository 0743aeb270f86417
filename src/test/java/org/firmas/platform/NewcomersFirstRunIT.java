package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.PayaraProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer's first run of the run command: the log says where Firmas serves and that the README's
 * demo admin exists, each said once, and not one warning or error they could act on (a warning in
 * this log must mean something; the few Payara Micro logs at every start whatever the application
 * does are listed here). Then they replace that account's printed password from the console: the
 * current password is checked, the password rules hold, and afterwards only the new password opens
 * the console and every other session of the account is logged out. Both tests use one start.
 */
class NewcomersFirstRunIT {

    /** Payara's own warnings at every start, which no setting of the application avoids. */
    private static final List<Pattern> PAYARAS_OWN = Stream.of(
            // "The feature use of persistent EJB Timer Service requires Full Java EE Profile": Payara Micro 7
            // runs EJB Lite, and its container says so for every bean with a timeout method, even when all its
            // timers are non-persistent, as Firmas's are (created with TimerConfig(null, false)).
            "\\[AS-EJB-00053\\]",
            // Payara's class-loader leak check, stopping the class loader it deploys with, is the first in the
            // JVM to ask DriverManager for drivers: that loads the WAR's PostgreSQL driver (listed in its jar's
            // META-INF/services), which the check then finds registered by that loader and unregisters.
            "registered the JDBC driver \\[org\\.postgresql\\.Driver\\] but failed to unregister it",
            // Logged by Payara's EJB container about a class of its own while it deploys the singletons.
            "Class Not loaded yet com\\.sun\\.ejb\\.containers\\.interceptors\\._SystemInterceptorProxy_Serializable",
            // At the first request Payara's web security compares the root's context path "" with the "/" it
            // was deployed at (--contextroot /, as every start of Firmas deploys it).
            "Context path from ServletContext: +differs from path from bundle: /")
            .map(Pattern::compile).toList();

    private static final Pattern RECORD_START = Pattern.compile("^\\[\\d{4}-\\d{2}-\\d{2}T", Pattern.MULTILINE);
    private static final Pattern WARNING_OR_WORSE = Pattern.compile("\\[levelValue: (9\\d\\d|1\\d\\d\\d)\\]");
    private static final Pattern COLOUR = Pattern.compile("\u001B\\[[0-9;]*m");

    private static final String DEMO_EMAIL = "admin@firmas.local";
    private static final String DEMO_PASSWORD = "firmas-demo-admin";
    private static final String NEW_PASSWORD = "a password only I know";

    @TempDir
    static Path home;

    private static PayaraProcess firmas;
    /** The log as the start left it, before any test's requests (guessing a password is rightly warned of). */
    private static String startLog;

    @BeforeAll
    static void start() throws IOException {
        Path campaigns = Files.createDirectories(home.resolve("campaigns"));
        try (Stream<Path> samples = Files.list(Path.of("campaigns"))) {
            for (Path sample : samples.toList()) {
                Files.copy(sample, campaigns.resolve(sample.getFileName()));
            }
        }
        firmas = PayaraProcess.start(home, Map.of());
        startLog = COLOUR.matcher(firmas.log()).replaceAll("");
    }

    @AfterAll
    static void stop() {
        if (firmas != null) {
            firmas.close();
        }
    }

    @Test
    void theRunCommandsStartSaysWhereToGoAndWarnsOfNothing() {
        List<String> unexplained = records(startLog).stream()
                .filter(record -> WARNING_OR_WORSE.matcher(record).find())
                .filter(record -> PAYARAS_OWN.stream().noneMatch(own -> own.matcher(record).find()))
                .toList();
        assertEquals(List.of(), unexplained, "warnings and errors at start-up");
        assertEquals(1, occurrences(startLog, "Firmas serves its campaigns at http://localhost:8080/ and the organizer console at "
                + "http://localhost:8080/organize/"), startLog);
        assertEquals(1, occurrences(startLog, "Organizer console: demo admin admin@firmas.local created (password in README.md); "
                + "change its password at http://localhost:8080/organize/password.xhtml"), startLog);
    }

    @Test
    void theDemoAdminReplacesTheReadmePasswordFromTheConsole() {
        String log = firmas.log();
        assertEquals(1, occurrences(log, "Firmas serves its campaigns at http://localhost:8080/ and the organizer console at "
                + "http://localhost:8080/organize/ (FIRMAS_BASE_URL)"), log);
        assertEquals(1, occurrences(log, "Organizer console: demo admin " + DEMO_EMAIL + " created (password in README.md); "
                + "change its password at http://localhost:8080/organize/password.xhtml, or set FIRMAS_ADMIN_EMAIL and "
                + "FIRMAS_ADMIN_PASSWORD to create a real admin"), log);

        ConsoleClient console = new ConsoleClient(firmas.base());
        assertEquals(302, console.logIn(DEMO_EMAIL, DEMO_PASSWORD).status());
        ConsoleClient.Response page = console.get("organize/");
        assertTrue(page.document().select("nav.console-nav a[href$=/organize/password.xhtml]").text().contains("Change password"),
                "the console's menu leads to the form");

        ConsoleClient.Response wrongCurrent = change(console, "not-the-password", NEW_PASSWORD);
        assertTrue(wrongCurrent.text().contains("The current password is not correct."), wrongCurrent.text());
        ConsoleClient.Response tooShort = change(console, DEMO_PASSWORD, "short");
        assertTrue(tooShort.text().contains("The password must have at least 12 characters."), tooShort.text());
        ConsoleClient.Response spanish = change(new ConsoleClient(firmas.base()).inLanguage("es"), DEMO_PASSWORD, "");
        assertTrue(spanish.text().contains("La contraseña debe tener al menos 12 caracteres."), spanish.text());

        // The same account is open on another device, say a phone left at an office: the change logs it out.
        ConsoleClient elsewhere = new ConsoleClient(firmas.base());
        assertEquals(302, elsewhere.logIn(DEMO_EMAIL, DEMO_PASSWORD).status());
        assertEquals(200, elsewhere.get("organize/").status());

        ConsoleClient.Response changed = change(console, DEMO_PASSWORD, NEW_PASSWORD);
        assertEquals(200, changed.status());
        assertTrue(changed.text().contains("Your password is changed."), changed.text());
        assertEquals(200, console.get("organize/").status(), "the session that changed the password goes on");
        ConsoleClient.Response loggedOut = elsewhere.get("organize/");
        assertEquals(302, loggedOut.status(), "the other session is logged out");
        assertTrue(loggedOut.location().endsWith("/organize/login.xhtml"), loggedOut.location());

        ConsoleClient.Response old = new ConsoleClient(firmas.base()).logIn(DEMO_EMAIL, DEMO_PASSWORD);
        assertEquals(200, old.status());
        assertTrue(old.text().contains("The email or password is not correct."), "the README's password is refused now");
        assertEquals(302, new ConsoleClient(firmas.base()).logIn(DEMO_EMAIL, NEW_PASSWORD).status(), "the new one opens the console");
        assertFalse(firmas.log().contains(NEW_PASSWORD), "no password in the log");

        // Guessing the current password from an open session meets the login's limit (5 wrong ones per account),
        // and then even the right one waits.
        ConsoleClient session = new ConsoleClient(firmas.base());
        assertEquals(302, session.logIn(DEMO_EMAIL, NEW_PASSWORD).status());
        // The account has two wrong passwords already (the form's and the old login's above).
        String answer = "";
        for (int guess = 0; guess < 5 && !answer.contains("Too many failed attempts."); guess++) {
            answer = change(session, "guess-number-" + guess, "another-long-password").text();
        }
        assertTrue(answer.contains("Too many failed attempts."), answer);
        ConsoleClient.Response held = change(session, NEW_PASSWORD, "another-long-password");
        assertTrue(held.text().contains("Too many failed attempts."), held.text());
    }

    /** Fills the form as its owner would, logging in first when the client has no session yet. */
    private static ConsoleClient.Response change(ConsoleClient console, String current, String fresh) {
        if (console.sessionId() == null) {
            assertEquals(302, console.logIn(DEMO_EMAIL, DEMO_PASSWORD).status());
        }
        return console.submit(console.get("organize/password.xhtml"), "password", Map.of("current", current, "fresh", fresh), "submit");
    }

    private static List<String> records(String log) {
        return Stream.of(RECORD_START.split(log)).filter(record -> !record.isBlank()).toList();
    }

    private static long occurrences(String log, String text) {
        return Pattern.compile(Pattern.quote(text)).matcher(log).results().count();
    }
}
