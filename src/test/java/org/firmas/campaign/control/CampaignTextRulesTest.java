package org.firmas.campaign.control;

import static org.firmas.campaign.control.CampaignFileBuilder.validCampaign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.firmas.campaign.entity.CampaignStatus;
import org.firmas.campaign.entity.FileProblem;
import org.firmas.campaign.entity.FileProblem.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The console's text rules hold for every campaign file, whichever way it arrives: YAML escapes
 * are judged by what they decode to, and the parser's own limits answer before the stack or the
 * memory gives out.
 */
class CampaignTextRulesTest {

    @Nested
    class UnseenCharacters {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "a direction override | \"Close\\u202E the center\" | U+202E",
                "NUL                  | \"Close\\0 the center\"     | U+0000",
                "a zero-width space   | \"Close\\u200B the center\" | U+200B",
                "a tab                | \"Close\\tthe center\"      | U+0009",
                "an escape character  | \"Close\\e the center\"     | U+001B"})
        void escapedInATitleAreNamedWithTheirField(String description, String title, String character) {
            CampaignFileException problem = failureWithEnglishTitle(title);

            assertEquals("close-the-center.yaml:6: texts.en.title: holds the invisible or control character " + character,
                    problem.getMessage());
            assertEquals(FileProblem.of(Kind.INVISIBLE_CHARACTER, character), problem.problem());
        }

        @Test
        void escapedInAnOfficialsNameAreNamedWithTheirField() {
            assertEquals("close-the-center.yaml:24: targets[1].name: holds the invisible or control character U+2066",
                    validCampaign().replacing("  - name: Margaret Ebersole", "  - name: \"Margaret\\u2066 Ebersole\"").failure());
        }

        @Test
        void escapedInTheBodyAreRefusedThoughItsLineBreaksAreFine() {
            assertEquals("close-the-center.yaml:8: texts.en.body: holds the invisible or control character U+202E",
                    validCampaign().without("  en:").replacing("  es:", "  en:", "    title: Close the center",
                            "    summary: One sentence.", "    body: \"Families\\n\\n\\tare held\\u202E\"",
                            "    petition: Close it.", "  es:").failure());
        }

        @Test
        void typedStraightIntoTheFileAreRefusedOnTheirLineEvenInAComment() {
            assertEquals("close-the-center.yaml:2: holds the invisible or control character U+202E",
                    validCampaign().replacing("goal: 5000", "goal: 5000 # \u202Eevil").failure());
        }

        @Test
        void inAFieldNameAreRefusedWithoutRepeatingTheName() {
            String message = validCampaign().replacing("goal: 5000", "\"go\\u202Eal\": 5000").failure();

            assertEquals("close-the-center.yaml:2: holds the invisible or control character U+202E in a field name", message);
        }

        @Test
        void inTheAreasTableAreRefusedOnTheirLine() {
            assertEquals("close-the-center.areas.csv:3: area: holds the invisible or control character U+202E",
                    validCampaign().withSibling(CampaignFileBuilder.AREAS_FILE_NAME, "zip,area\n17401,York\n18337,\"Pi\u202Eke\"\n")
                            .failure());
        }

        @Test
        void aByteOrderMarkBeforeTheFirstLineIsNoPartOfTheText() throws Exception {
            CampaignFileBuilder campaign = validCampaign();

            assertEquals(CampaignStatus.OPEN, CampaignParser.parse(CampaignFileBuilder.FILE_NAME, "\uFEFF" + campaign.yaml(),
                    name -> Optional.of(CampaignFileBuilder.AREAS)).status());
        }
    }

    @Nested
    class LineBreaks {

        /** CR LF, LF, NEL and the line separator, as YAML escapes. */
        @ParameterizedTest
        @ValueSource(strings = {"\"Close the center\\r\\nBcc: x@example.org\"", "\"Close the center\\nBcc: x@example.org\"",
                "\"Close the center\\NBcc: x@example.org\"", "\"Close the center\\u2028Bcc: x@example.org\""})
        void escapedInATitleAreRefused(String title) {
            CampaignFileException problem = failureWithEnglishTitle(title);

            assertEquals(Kind.LINE_BREAK, problem.problem().kind(), problem.getMessage());
            assertEquals("close-the-center.yaml:6: texts.en.title: must be a single line, without line breaks", problem.getMessage());
        }

        @Test
        void aLiteralBlockAsAnOfficialsTitleIsRefused() {
            assertEquals("close-the-center.yaml:25: targets[1].title: must be a single line, without line breaks",
                    validCampaign().replacing("    title: County Commissioner, York County",
                            "    title: |", "      County Commissioner", "      Bcc: everyone@example.org").failure());
        }

        @Test
        void aQuotedAreaNameOverTwoLinesIsRefused() {
            // A record is reported on the line where it ends.
            assertEquals("close-the-center.areas.csv:4: area: must be a single line, without line breaks",
                    validCampaign().withSibling(CampaignFileBuilder.AREAS_FILE_NAME, "zip,area\n17401,York\n18337,\"Pi\nke\"\n")
                            .failure());
        }
    }

    @Nested
    class Limits {

        @Test
        void flowListsNested20000LevelsDeepAreRefusedWithTheLimit() {
            CampaignFileException problem = failure(validCampaign()
                    .replacing("goal: 5000", "goal: " + "[".repeat(20_000) + "]".repeat(20_000)));

            assertEquals("close-the-center.yaml:2: lists and mappings are nested more than 10 levels deep", problem.getMessage());
            assertEquals(FileProblem.of(Kind.NESTED_TOO_DEEP, 10), problem.problem());
        }

        @Test
        void blockMappingsNestedDeeperThanTheLimitAreRefused() {
            StringBuilder deep = new StringBuilder("extra:\n");
            for (int level = 1; level <= 11; level++) {
                deep.append("  ".repeat(level)).append("level").append(level).append(":\n");
            }
            deep.append("  ".repeat(12)).append("bottom\n");

            // The root is level 1, extra's mapping level 2: the mapping under level9 is the eleventh, on line 50.
            assertEquals("close-the-center.yaml:50: lists and mappings are nested more than 10 levels deep",
                    failure(validCampaign().appending(deep.toString().split("\n"))).getMessage());
        }

        @Test
        void aFileOfMoreThanTheLimitIsRefusedBeforeItIsRead() {
            String huge = validCampaign().yaml() + "# " + "x".repeat(CampaignParser.MAX_FILE_CHARS) + "\n";

            CampaignFileException problem = assertThrows(CampaignFileException.class,
                    () -> CampaignParser.parse(CampaignFileBuilder.FILE_NAME, huge, name -> Optional.of(CampaignFileBuilder.AREAS)));

            assertEquals("close-the-center.yaml:1: the file has more than 524288 characters", problem.getMessage());
            assertEquals(FileProblem.of(Kind.TOO_LARGE, CampaignParser.MAX_FILE_CHARS), problem.problem());
        }

    }

    private static CampaignFileException failureWithEnglishTitle(String title) {
        return failure(validCampaign().replacing("    title: Close the detention center", "    title: " + title));
    }

    private static CampaignFileException failure(CampaignFileBuilder campaign) {
        return assertThrows(CampaignFileException.class, campaign::parse, campaign::yaml);
    }
}
