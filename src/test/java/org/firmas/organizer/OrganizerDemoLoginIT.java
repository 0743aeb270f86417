package org.firmas.organizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.firmas.testsupport.ConsoleCampaignForm;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.PayaraProcess;
import org.firmas.testsupport.PetitionSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's promise for the embedded default: with nothing configured, the console opens with
 * the documented demo login, and a campaign made there is stored in H2 and served (the V3
 * migration runs on H2 as on PostgreSQL), even while someone else guesses that account's password
 * from another address; the log says so. The password appears in no log.
 */
class OrganizerDemoLoginIT {

    private static final String DEMO_EMAIL = "admin@firmas.local";
    private static final String DEMO_PASSWORD = "firmas-demo-admin";
    private static final String GUESS = "guessed-password-1234";

    @TempDir
    Path home;

    @Test
    void theDocumentedDemoLoginLaunchesACampaignOnH2() throws Exception {
        Files.createDirectories(home.resolve("campaigns"));
        Files.copy(Path.of(System.getProperty("firmas.testCampaigns"), "signing-test.yaml"), home.resolve("campaigns/signing-test.yaml"));

        try (PayaraProcess firmas = PayaraProcess.start(home, Map.of())) {
            ConsoleClient guesser = new ConsoleClient(firmas.base()).fromAddress("127.0.0.2");
            for (int attempt = 0; attempt < 5; attempt++) {
                guesser.logIn(DEMO_EMAIL, GUESS);
            }
            ConsoleClient console = new ConsoleClient(firmas.base());
            assertEquals(302, console.logIn(DEMO_EMAIL, DEMO_PASSWORD).status(), "the README's demo login");
            assertTrue(console.get("organize/").text().contains("file-managed"), "the file campaign is listed, read-only");

            long id = ConsoleCampaignForm.bilingual("demo-library").createWith(console);
            ConsoleClient.Response published = console.act(console.get("organize/dashboard.xhtml?id=" + id), "lifecycle", Map.of(), "publish");
            assertTrue(published.text().contains("The campaign is published."), published.text());

            PetitionSite site = new PetitionSite(firmas.base());
            assertEquals("Fund the library", site.campaign("demo-library", "en").document().selectFirst("h1").text());
            assertEquals("Financien la biblioteca", site.campaign("demo-library", "es").document().selectFirst("h1").text());
        }

        String log = Files.readString(home.resolve("server.log"));
        assertTrue(log.contains("demo admin " + DEMO_EMAIL + " created"), "the log says a demo admin exists");
        assertFalse(log.contains(DEMO_PASSWORD), "but never its password");
        assertTrue(Pattern.compile("the password of account \\d+ is being guessed").matcher(log).find(),
                "the guessing is reported, naming the account by id");
        assertFalse(log.contains(GUESS), "never with a guess");
        assertFalse(log.contains("127.0.0.2"), "nor the guesser's address");
    }
}
