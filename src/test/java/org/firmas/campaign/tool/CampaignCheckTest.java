package org.firmas.campaign.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An organizer checks a campaign folder before pushing it, as the git hook of campaigns/README.md does. */
class CampaignCheckTest {

    private static final Path BROKEN = Path.of("src/test/resources/org/firmas/campaign/tool/broken");

    @Test
    void namesEachProblemWithItsFileLineAndFieldAndFails() {
        Run run = Run.of(BROKEN.toString());

        assertEquals(CampaignCheck.PROBLEMS, run.status());
        assertEquals(List.of(
                BROKEN.resolve("bad-areas.areas.csv") + ":4: zip: \"1840\" is not a 5-digit ZIP code",
                BROKEN.resolve("bad-email.yaml") + ":24: targets[2].email: \"mayor@\" is not a valid email address",
                BROKEN.resolve("bad-email.yaml") + ":25: deadline: \"2027-13-01\" is not a date like 2027-06-30",
                BROKEN.resolve("unclosed-quote.yaml") + ":5: not valid YAML: found unexpected end of stream",
                "3 campaign files and 1 areas table checked: 4 problems."), run.lines());
    }

    @Test
    void saysItInSpanishWhenAsked() {
        Run run = Run.of("--lang", "es", BROKEN.toString());

        assertEquals(CampaignCheck.PROBLEMS, run.status());
        assertTrue(run.lines().contains(BROKEN.resolve("bad-email.yaml")
                + ":24: targets[2].email: \"mayor@\" no es un correo electrónico válido"), run.out());
        assertEquals("3 archivos de campaña y 1 tabla de áreas revisados: 4 problemas.", run.lines().get(4));
    }

    @Test
    void theShippedSamplesPass() {
        Run run = Run.of("campaigns");

        assertEquals(List.of("3 campaign files and 1 areas table checked: no problems."), run.lines());
        assertEquals(CampaignCheck.FINE, run.status());
    }

    @Test
    void checksATableNoCampaignNamesAndTheFilesTheServerPassesBy(@TempDir Path folder) throws IOException {
        Files.copy(Path.of("campaigns/shut-down-berks.yaml"), folder.resolve("shut-down-berks.yaml"));
        Files.copy(Path.of("campaigns/berks-vigil.jpg"), folder.resolve("berks-vigil.jpg"));
        Files.copy(Path.of("campaigns/shut-down-berks.yaml"), folder.resolve("shut-down-berks.yml"));
        Files.copy(Path.of("campaigns/shut-down-berks.yaml"), folder.resolve("close-the-jail.yml"));
        Files.writeString(folder.resolve("spare.areas.csv"), "zip,area\n17401,York\n\n17402,\n");

        Run run = Run.of(folder.toString());

        assertEquals(List.of(
                folder.resolve("close-the-jail.yml") + ":1: is never loaded: the server reads only files ending in .yaml;"
                        + " rename it close-the-jail.yaml",
                folder.resolve("shut-down-berks.yml") + ":1: has the same address as shut-down-berks.yaml, which is the one served;"
                        + " remove one of the two",
                folder.resolve("spare.areas.csv") + ":4: area: is required",
                "1 campaign file and 1 areas table checked: 3 problems."), run.lines());
        assertEquals(CampaignCheck.PROBLEMS, run.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--verbose campaigns", "campaigns campaigns", "--lang fr campaigns", "--lang", "no-such-folder",
            "campaigns --out page.html", "campaigns --preview"})
    void refusesWhatItCannotDoWithUsageStatus(String arguments) {
        Run run = Run.of(arguments.isEmpty() ? new String[0] : arguments.split(" "));

        assertEquals(CampaignCheck.UNUSABLE, run.status());
        assertEquals("", run.out());
        assertTrue(!run.err().isBlank() && !run.err().contains("Exception"), run.err());
    }

    /** One run of the command, with what it printed. */
    record Run(int status, String out, String err) {

        static Run of(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = CampaignCheck.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Instant.parse("2027-01-15T12:00:00Z"));
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }

        List<String> lines() {
            return out.lines().toList();
        }
    }
}
