package org.firmas.campaign.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignStatus;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.campaign.entity.Contact;
import org.firmas.campaign.entity.DeliveryPolicy;
import org.firmas.campaign.entity.SignerFields;
import org.firmas.campaign.entity.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A definition written out and read back is the same definition: export and upload lose nothing. */
class CampaignYamlWriterTest {

    static List<Path> sampleFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("campaigns"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void everySampleSurvivesARoundTrip(Path file) throws Exception {
        CampaignDefinition original = CampaignFileReader.read(file);
        String areasFile = original.areasByZip().isEmpty() ? null : "areas.csv";
        String areas = areasFile == null ? null : Files.readString(file.resolveSibling(CampaignParser.slugOf(file.getFileName().toString()) + ".areas.csv"));

        String yaml = CampaignYamlWriter.write(original, areasFile);

        assertEquals(original, CampaignParser.parse(file.getFileName().toString(), yaml, new CampaignParser.SiblingFiles() {
            @Override
            public Optional<String> read(String name) {
                return Optional.ofNullable(areas);
            }

            @Override
            public Optional<byte[]> head(String name) {
                Path sibling = file.resolveSibling(name);
                try {
                    return Files.isRegularFile(sibling) ? Optional.of(Files.readAllBytes(sibling)) : Optional.empty();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }));
    }

    @Test
    void awkwardTextsComeBackUnchanged() throws Exception {
        CampaignDefinition original = campaign(
                "Philadelphia: end the \"contract\" # now",
                "- starts like a list item, ends with a backslash \\",
                "* Markdown list\n* second item\n\n    indented code\n\n> quote: with colon\n\ttab",
                "123");
        String yaml = CampaignYamlWriter.write(original, null);

        CampaignDefinition read = CampaignParser.parse("awkward.yaml", yaml, name -> Optional.empty());

        assertEquals(original, read);
        assertTrue(yaml.contains("    body: |\n"), yaml);
    }

    @Test
    void aTimeZoneComesBackAndTheDefaultOneIsNotWritten() throws Exception {
        CampaignDefinition pacific = campaign(ZoneId.of("America/Los_Angeles"), "Title", "Summary", "Body", "Petition");
        String yaml = CampaignYamlWriter.write(pacific, null);

        assertEquals(pacific, CampaignParser.parse("awkward.yaml", yaml, name -> Optional.empty()));
        assertTrue(yaml.contains("time_zone: \"America/Los_Angeles\"\n"), yaml);
        assertFalse(CampaignYamlWriter.write(campaign("Title", "Summary", "Body", "Petition"), null).contains("time_zone"));
    }

    @Test
    void theSitesThatMayFrameTheFormComeBack() throws Exception {
        CampaignDefinition plain = campaign("Title", "Summary", "Body", "Petition");
        CampaignDefinition framed = new CampaignDefinition(plain.slug(), plain.status(), plain.goal(), plain.deadline(), plain.timeZone(),
                plain.texts(), plain.targets(), plain.delivery(), plain.fields(), plain.areasByZip(), plain.contact(),
                plain.finalSignatures(), plain.milestones(), plain.partners(), List.of("https://partner.org", "http://localhost:8081"));
        String yaml = CampaignYamlWriter.write(framed, null);

        assertEquals(framed, CampaignParser.parse("awkward.yaml", yaml, name -> Optional.empty()));
        assertTrue(yaml.contains("embed_origins:\n  - \"https://partner.org\"\n"), yaml);
        assertFalse(CampaignYamlWriter.write(plain, null).contains("embed_origins"));
    }

    @Test
    void theBodyKeepsItsLineBreaksAndLosesItsControlCharacters() throws Exception {
        CampaignDefinition original = campaign("Title", "Summary", "Body\r\nwith CRLF\u0000", "Petition");

        CampaignDefinition read = CampaignParser.parse("awkward.yaml", CampaignYamlWriter.write(original, null), name -> Optional.empty());

        assertEquals("Body\nwith CRLF", read.texts().get("en").body());
    }

    @Test
    void controlCharactersCannotBreakTheFileAndAreRefusedInTheFieldThatHoldsThem() throws Exception {
        assertEquals("awkward.yaml:6: texts.en.title: holds the invisible or control character U+0007",
                refusal(campaign("Title\u0007 with bell", "Summary", "Body", "Petition")));
        assertEquals("awkward.yaml:7: texts.en.summary: must be a single line, without line breaks",
                refusal(campaign("Title", "Summary\u2028line separator", "Body", "Petition")));
    }

    /**
     * The written file is still YAML: the parser gets as far as the field and names it, here in
     * English first (both languages hold the same texts).
     */
    private static String refusal(CampaignDefinition campaign) {
        String yaml = CampaignYamlWriter.write(campaign, null);
        CampaignFileException refused = assertThrows(CampaignFileException.class,
                () -> CampaignParser.parse("awkward.yaml", yaml, name -> Optional.empty()), yaml);
        assertEquals(2, refused.mistakes().size(), "the same text in Spanish is refused too: " + refused.getMessage());
        return refused.mistakes().get(0).getMessage();
    }

    private static CampaignDefinition campaign(String title, String summary, String body, String petition) throws Exception {
        return campaign(CampaignDefinition.DEFAULT_TIME_ZONE, title, summary, body, petition);
    }

    private static CampaignDefinition campaign(ZoneId zone, String title, String summary, String body, String petition) {
        CampaignTexts texts = new CampaignTexts(title, summary, body, MarkdownRenderer.toSafeHtml(body),
                petition, MarkdownRenderer.toSafeHtml(petition), "", "");
        return new CampaignDefinition("awkward", CampaignStatus.DRAFT, 1500, LocalDate.of(2027, 6, 30), zone,
                Map.of("en", texts, "es", texts),
                List.of(new Target("Board: of \"Commissioners\"", "County", "board@example.org", null, "es")),
                new DeliveryPolicy(25, Duration.ofHours(12), false), new SignerFields(true, false), Map.of(),
                new Contact("Ana \"La Jefa\": Pérez # Juntos", "ana@juntos.example.org"), 0);
    }
}
