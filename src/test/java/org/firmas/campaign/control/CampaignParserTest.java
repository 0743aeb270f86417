package org.firmas.campaign.control;

import static org.firmas.campaign.control.CampaignFileBuilder.validCampaign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignStatus;
import org.firmas.campaign.entity.Contact;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.campaign.entity.DeliveryPolicy;
import org.firmas.campaign.entity.SignerFields;
import org.firmas.campaign.entity.Target;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CampaignParserTest {

    private static final String SLUG_RULE =
            "the file name must be a slug: 3 to 64 lower-case letters, digits or hyphens, then .yaml";

    @Nested
    class ValidFile {

        @Test
        void takesTheSlugFromTheFileName() throws Exception {
            assertEquals("close-the-center", validCampaign().parse().slug());
        }

        @Test
        void readsStatusGoalAndDeadline() throws Exception {
            CampaignDefinition campaign = validCampaign().parse();

            assertEquals(CampaignStatus.OPEN, campaign.status());
            assertEquals(5000, campaign.goal());
            assertEquals(LocalDate.of(2027, 6, 30), campaign.deadline());
        }

        @Test
        void readsTheTimeZoneOrTakesNewYorks() throws Exception {
            assertEquals(ZoneId.of("America/New_York"), validCampaign().parse().timeZone());
            assertEquals(ZoneId.of("America/Los_Angeles"), validCampaign()
                    .replacing("deadline: 2027-06-30", "deadline: 2027-06-30", "time_zone: America/Los_Angeles").parse().timeZone());
        }

        @Test
        void keepsTheTextsOfBothLanguagesTrimmedWithTheirMarkdownRendered() throws Exception {
            Map<String, CampaignTexts> texts = validCampaign().parse().texts();

            assertEquals(new CampaignTexts(
                    "Close the detention center",
                    "One sentence that says what we want and from whom.",
                    "Families are held **together** behind locked doors.",
                    "<p>Families are held <strong>together</strong> behind locked doors.</p>",
                    "To the County Commissioners: close the center.",
                    "<p>To the County Commissioners: close the center.</p>",
                    "We collect your name, email and ZIP code.",
                    "<p>We collect your name, email and ZIP code.</p>"), texts.get("en"));
            assertEquals("Cierren el centro de detención", texts.get("es").title());
            assertEquals("<p>Familias enteras están <em>encerradas</em>.</p>", texts.get("es").bodyHtml());
            assertEquals(2, texts.size());
        }

        @Test
        void listsTheTargetsInFileOrderWithEnglishAsTheirDefaultLanguage() throws Exception {
            assertEquals(List.of(
                    new Target("Margaret Ebersole", "County Commissioner, York County", "mebersole@york.example.org", "York", "en"),
                    new Target("Daniel Castellano", "County Commissioner, Pike County", "dcastellano@pike.example.org", "Pike", "en"),
                    new Target("Office of the Secretary of Corrections", "Secretary of Corrections", "secretary@cor.example.org", null, "es")),
                    validCampaign().parse().targets());
        }

        @Test
        void routesZipCodesWithTheAreasFileBesideIt() throws Exception {
            CampaignDefinition campaign = validCampaign().parse();

            assertEquals(Map.of("17401", List.of("York"), "18337", List.of("Pike")), campaign.areasByZip());
            assertEquals("York", campaign.areaOf("17401-1234"));
            assertNull(campaign.areaOf("19104"));
        }

        @Test
        void readsTheFinalCountAFinishedCampaignRecords() throws Exception {
            CampaignDefinition won = validCampaign().replacing("status: open", "status: won", "final_signatures: 2_317").parse();

            assertEquals(2317, won.finalSignatures());
            assertEquals(0, validCampaign().parse().finalSignatures(), "none recorded");
        }

        @Test
        void asksForTheExtraFieldsTheFileTurnsOn() throws Exception {
            assertEquals(new SignerFields(true, false), validCampaign().parse().fields());
        }

        @Test
        void sendsEveryHundredSignaturesOrDailyWithAFinalBatchWhenDeliveryIsAbsent() throws Exception {
            assertEquals(new DeliveryPolicy(100, Duration.ofHours(24), true), validCampaign().parse().delivery());
        }

        @Test
        void followsTheDeliveryTheFileAsksFor() throws Exception {
            CampaignDefinition campaign = validCampaign()
                    .appending("delivery:", "  every_signatures: 1_000", "  every_hours: 48", "  final_batch: no")
                    .parse();

            assertEquals(new DeliveryPolicy(1000, Duration.ofHours(48), false), campaign.delivery());
        }

        @Test
        void needsNeitherDeadlineNorFieldsNorAreas() throws Exception {
            CampaignDefinition campaign = validCampaign()
                    .without("deadline: 2027-06-30")
                    .without("fields:")
                    .without("areas: close-the-center.areas.csv")
                    .without("    area: York")
                    .without("    area: Pike")
                    .parse();

            assertNull(campaign.deadline());
            assertEquals(new SignerFields(false, false), campaign.fields());
            assertEquals(Map.of(), campaign.areasByZip());
            assertNull(campaign.targets().get(0).area());
        }

        @ParameterizedTest
        @CsvSource({"draft, DRAFT", "open, OPEN", "closed, CLOSED", "won, WON"})
        void acceptsEveryDocumentedStatus(String written, CampaignStatus expected) throws Exception {
            assertEquals(expected, validCampaign().replacing("status: open", "status: " + written).parse().status());
        }

        @Test
        void acceptsATitleOfExactly120Characters() throws Exception {
            String title = "x".repeat(120);

            CampaignDefinition campaign = validCampaign()
                    .replacing("    title: Close the detention center", "    title: " + title)
                    .parse();

            assertEquals(title, campaign.texts().get("en").title());
        }

        @Test
        void namesTheContactOfficialsMayAnswerOnlyWhenTheFileDoes() throws Exception {
            CampaignDefinition campaign = validCampaign()
                    .appending("contact:", "  name: Ana Pérez, Juntos", "  email: ana@juntos.example.org")
                    .parse();

            assertEquals(new Contact("Ana Pérez, Juntos", "ana@juntos.example.org"), campaign.contact());
            assertNull(validCampaign().parse().contact());
        }

        @Test
        void acceptsASlugOf64Characters() throws Exception {
            String slug = "a".repeat(64);

            assertEquals(slug, validCampaign().named(slug + ".yaml").parse().slug());
        }
    }

    @Nested
    class BrokenFile {

        @Test
        void aContactWithoutAValidAddress() {
            assertEquals("close-the-center.yaml:42: contact.email: \"ana@\" is not a valid email address",
                    validCampaign().appending("contact:", "  name: Ana", "  email: ana@").failure());
            assertEquals("close-the-center.yaml:41: contact.name: is required",
                    validCampaign().appending("contact:", "  email: ana@juntos.example.org").failure());
        }

        @Test
        void missingGoal() {
            assertEquals("close-the-center.yaml:1: goal: is required",
                    validCampaign().without("goal: 5000").failure());
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-5", "100000001"})
        void goalOutOfRange(String goal) {
            assertEquals("close-the-center.yaml:2: goal: must be a whole number from 1 to 100000000",
                    validCampaign().replacing("goal: 5000", "goal: " + goal).failure());
        }

        @Test
        void finalCountNotANumber() {
            assertEquals("close-the-center.yaml:2: final_signatures: \"about 2000\" is not a whole number",
                    validCampaign().replacing("status: open", "status: won", "final_signatures: about 2000").failure());
        }

        @Test
        void goalNotANumber() {
            assertEquals("close-the-center.yaml:2: goal: \"5,000\" is not a whole number",
                    validCampaign().replacing("goal: 5000", "goal: 5,000").failure());
        }

        @Test
        void missingEnglishTexts() {
            // A missing key is reported at the start of the block it belongs in: texts begins with es now, line 5.
            assertEquals("close-the-center.yaml:5: texts.en: is required: every campaign is written in en",
                    validCampaign().without("  en:").failure());
        }

        @Test
        void textsInALanguageTheSiteDoesNotSpeak() {
            assertEquals("close-the-center.yaml:14: texts.fr: \"fr\" is not one of en, es, pt",
                    validCampaign().replacing("  es:", "  fr:").failure());
        }

        @Test
        void missingTitleInOneLanguage() {
            // texts.es begins on line 14; its fields start on the next line.
            assertEquals("close-the-center.yaml:15: texts.es.title: is required",
                    validCampaign().without("    title: Cierren el centro de detención").failure());
        }

        @Test
        void titleOver120Characters() {
            assertEquals("close-the-center.yaml:6: texts.en.title: is 121 characters long; at most 120 are allowed",
                    validCampaign().replacing("    title: Close the detention center", "    title: " + "x".repeat(121)).failure());
        }

        @Test
        void targetEmailWithoutAnAtSign() {
            assertEquals("close-the-center.yaml:30: targets[2].email: \"dcastellano.pike.example.org\" is not a valid email address",
                    validCampaign()
                            .replacing("    email: dcastellano@pike.example.org", "    email: dcastellano.pike.example.org")
                            .failure());
        }

        @Test
        void targetWithoutEmail() {
            // The target's own block starts on its first key, line 28.
            assertEquals("close-the-center.yaml:28: targets[2].email: is required",
                    validCampaign().without("    email: dcastellano@pike.example.org").failure());
        }

        @Test
        void targetAreaMissingFromTheAreasFile() {
            assertEquals("close-the-center.yaml:31: targets[2].area: \"Berks\" does not appear in the campaign's areas file",
                    validCampaign().replacing("    area: Pike", "    area: Berks").failure());
        }

        @Test
        void targetLanguageNotSupported() {
            assertEquals("close-the-center.yaml:35: targets[3].language: \"fr\" is not one of en, es, pt",
                    validCampaign().replacing("    language: es", "    language: fr").failure());
        }

        @Test
        void emptyTargetList() {
            assertEquals("close-the-center.yaml:23: targets: must be a list with at least one entry",
                    validCampaign().without("targets:").replacing("fields:", "targets: []", "fields:").failure());
        }

        @Test
        void unquotedColonInATitle() {
            assertEquals("close-the-center.yaml:6: not valid YAML: mapping values are not allowed here",
                    validCampaign()
                            .replacing("    title: Close the detention center", "    title: Berks County: close the center")
                            .failure());
        }

        @Test
        void tabUsedForIndentation() {
            assertEquals("close-the-center.yaml:37: not valid YAML: found character '\\t(TAB)' that cannot start any token. "
                            + "(Do not use \\t(TAB) for indentation)",
                    validCampaign().replacing("  phone: true", "\tphone: true").failure());
        }

        @Test
        void misspelledField() {
            assertEquals(List.of("close-the-center.yaml:1: goal: is required",
                            "close-the-center.yaml:2: gaol: unknown field "
                            + "(expected one of areas, contact, deadline, delivery, embed_origins, fields, final_signatures, goal, image, milestones, partners, share_image, status, targets, texts, time_zone)"),
                    validCampaign().replacing("goal: 5000", "gaol: 5000").failures());
        }

        @Test
        void misspelledTargetField() {
            assertEquals(List.of("close-the-center.yaml:32: targets[3].email: is required",
                            "close-the-center.yaml:34: targets[3].emial: unknown field "
                            + "(expected one of area, email, language, name, title)"),
                    validCampaign().replacing("    email: secretary@cor.example.org", "    emial: secretary@cor.example.org").failures());
        }

        @Test
        void statusNotAllowed() {
            assertEquals("close-the-center.yaml:1: status: \"active\" is not one of draft, open, closed, won",
                    validCampaign().replacing("status: open", "status: active").failure());
        }

        @ParameterizedTest
        @ValueSource(strings = {"2027-02-30", "30/06/2027", "next summer"})
        void deadlineNotAnIsoDate(String deadline) {
            assertEquals("close-the-center.yaml:3: deadline: \"" + deadline + "\" is not a date like 2027-06-30",
                    validCampaign().replacing("deadline: 2027-06-30", "deadline: " + deadline).failure());
        }

        @ParameterizedTest
        @ValueSource(strings = {"America/Nowhere", "EST", "-05:00", "new york"})
        void timeZoneUnknown(String zone) {
            assertEquals("close-the-center.yaml:4: time_zone: \"" + zone + "\" is not a time zone like America/New_York or America/Los_Angeles",
                    validCampaign().replacing("deadline: 2027-06-30", "deadline: 2027-06-30", "time_zone: \"" + zone + "\"").failure());
        }

        @Test
        void finalBatchNotAFlag() {
            assertEquals("close-the-center.yaml:42: delivery.final_batch: must be true or false",
                    validCampaign().appending("delivery:", "  every_signatures: 50", "  final_batch: maybe").failure());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Close_The_Center.yaml", "CloseTheCenter.yaml", "ab.yaml", "-close.yaml", "close-.yaml",
                "close-the-center.yml", "close the center.yaml"})
        void fileNameThatIsNotASlug(String fileName) {
            assertEquals(fileName + ":1: " + SLUG_RULE, validCampaign().named(fileName).failure());
        }

        @Test
        void slugOf65Characters() {
            String fileName = "a".repeat(65) + ".yaml";

            assertEquals(fileName + ":1: " + SLUG_RULE, validCampaign().named(fileName).failure());
        }

        @Test
        void areasFileMissing() {
            assertEquals("close-the-center.yaml:39: areas: the file close-the-center.areas.csv was not found beside the campaign file",
                    validCampaign().withoutSibling(CampaignFileBuilder.AREAS_FILE_NAME).failure());
        }

        @Test
        void areasOutsideTheCampaignFolder() {
            assertEquals("close-the-center.yaml:39: areas: must name a .csv file in the same folder, like my-campaign.areas.csv",
                    validCampaign().replacing("areas: close-the-center.areas.csv", "areas: ../secrets.csv").failure());
        }

        @Test
        void areasFileWithABadZipIsReportedAgainstTheCsvFile() {
            assertEquals("close-the-center.areas.csv:3: zip: \"1833\" is not a 5-digit ZIP code",
                    validCampaign()
                            .withSibling(CampaignFileBuilder.AREAS_FILE_NAME, "zip,area\n17401,York\n1833,Pike\n")
                            .failure());
        }

        @Test
        void aFieldWrittenTwice() {
            assertEquals("close-the-center.yaml:3: goal: appears twice",
                    validCampaign().replacing("goal: 5000", "goal: 5000", "goal: 7000").failure());
        }

        @Test
        void aLanguageCodeIsReportedOnItsOwnLine() {
            assertEquals(List.of("close-the-center.yaml:14: texts.spanish: languages are two-letter codes such as en or es"),
                    validCampaign().replacing("  es:", "  spanish:").failures());
        }

        @Test
        void anUnclosedQuoteIsReportedWhereItOpens() {
            String problem = validCampaign()
                    .replacing("    title: Close the detention center", "    title: \"Close the detention center")
                    .failure();
            assertTrue(problem.startsWith("close-the-center.yaml:6: not valid YAML: "), problem);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "\n\n", "# nothing here yet\n"})
        void emptyFile(String content) {
            CampaignFileException problem = assertThrows(CampaignFileException.class,
                    () -> CampaignParser.parse("close-the-center.yaml", content, name -> Optional.empty()));

            assertEquals("close-the-center.yaml:1: the file is empty", problem.getMessage());
        }

        @Test
        void everyMistakeOfAFileIsReportedEachWithItsLineAndField() {
            CampaignFileBuilder broken = validCampaign()
                    .replacing("goal: 5000", "goal: 5,000")
                    .replacing("    title: Close the detention center", "    title: " + "x".repeat(121))
                    .replacing("    email: dcastellano@pike.example.org", "    email: dcastellano.pike.example.org")
                    .replacing("    language: es", "    language: fr");
            CampaignFileException problem = assertThrows(CampaignFileException.class, broken::parse);

            assertEquals(List.of(
                    "close-the-center.yaml:2: goal: \"5,000\" is not a whole number",
                    "close-the-center.yaml:6: texts.en.title: is 121 characters long; at most 120 are allowed",
                    "close-the-center.yaml:30: targets[2].email: \"dcastellano.pike.example.org\" is not a valid email address",
                    "close-the-center.yaml:35: targets[3].language: \"fr\" is not one of en, es, pt"),
                    problem.mistakes().stream().map(CampaignFileException::getMessage).toList());
            assertEquals(2, problem.line(), "the first mistake leads");
            assertEquals("close-the-center.yaml:2: goal: \"5,000\" is not a whole number (and 3 more)", problem.getMessage());
        }

        @Test
        void everyUnknownFieldIsReported() {
            CampaignFileException problem = assertThrows(CampaignFileException.class,
                    validCampaign().appending("colour: red", "size: large")::parse);

            assertEquals(2, problem.mistakes().size(), problem.getMessage());
            assertTrue(problem.mistakes().get(0).getMessage().contains(": colour: unknown field"), problem.getMessage());
            assertTrue(problem.mistakes().get(1).getMessage().contains(": size: unknown field"), problem.getMessage());
        }

        @Test
        void aBrokenAreasFileIsOneMistakeNotOnePerTargetWithAnArea() {
            CampaignFileException problem = assertThrows(CampaignFileException.class,
                    validCampaign().withoutSibling(CampaignFileBuilder.AREAS_FILE_NAME)::parse);

            assertEquals(1, problem.mistakes().size(), problem.getMessage());
        }
    }
}
