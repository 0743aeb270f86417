package org.firmas.organizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.PayaraProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newcomer starts the run command, reads in the log where Firmas serves and that the README's demo
 * admin exists, and replaces that account's printed password from the console: the current password
 * is checked, the password rules hold, and afterwards only the new password opens the console and
 * every other session of the account is logged out.
 */
class OrganizerChangesPasswordIT {

    private static final String DEMO_EMAIL = "admin@firmas.local";
    private static final String DEMO_PASSWORD = "firmas-demo-admin";
    private static final String NEW_PASSWORD = "a password only I know";

    @TempDir
    Path home;

    @Test
    void theDemoAdminReplacesTheReadmePasswordFromTheConsole() throws Exception {
        Files.createDirectories(home.resolve("campaigns"));
        try (PayaraProcess firmas = PayaraProcess.start(home, Map.of())) {
            String log = firmas.log();
            assertEquals(1, count(log, "Firmas serves its campaigns at http://localhost:8080/ and the organizer console at "
                    + "http://localhost:8080/organize/ (FIRMAS_BASE_URL)"), log);
            assertEquals(1, count(log, "Organizer console: demo admin " + DEMO_EMAIL + " created (password in README.md); "
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
    }

    /** Fills the form as its owner would, logging in first when the client has no session yet. */
    private static ConsoleClient.Response change(ConsoleClient console, String current, String fresh) {
        if (console.sessionId() == null) {
            assertEquals(302, console.logIn(DEMO_EMAIL, DEMO_PASSWORD).status());
        }
        return console.submit(console.get("organize/password.xhtml"), "password", Map.of("current", current, "fresh", fresh), "submit");
    }

    private static int count(String text, String line) {
        Matcher matcher = Pattern.compile(Pattern.quote(line)).matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
