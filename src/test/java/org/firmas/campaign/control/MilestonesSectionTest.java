package org.firmas.campaign.control;

import static org.firmas.campaign.control.CampaignFileBuilder.validCampaign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.Milestone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Milestones in a campaign file: counts in order, each with an optional message per language. */
class MilestonesSectionTest {

    @Test
    void readsTheCountsInOrderWithTheirMessages() throws Exception {
        CampaignDefinition campaign = validCampaign().appending(
                "milestones:",
                "  - signatures: 5_000",
                "    message:",
                "      en: Five thousand of us!",
                "      es: ¡Somos cinco mil!",
                "  - signatures: 1000").parse();

        assertEquals(List.of(new Milestone(1000, Map.of()),
                new Milestone(5000, Map.of("en", "Five thousand of us!", "es", "¡Somos cinco mil!"))), campaign.milestones());
    }

    @Test
    void aCampaignNeedsNone() throws Exception {
        assertEquals(List.of(), validCampaign().parse().milestones());
    }

    @Test
    void aMessageMayBeInOneLanguageOnly() throws Exception {
        CampaignDefinition campaign = validCampaign().appending(
                "milestones:", "  - signatures: 10", "    message:", "      es: ¡Diez!").parse();

        assertEquals(Map.of("es", "¡Diez!"), campaign.milestones().get(0).messages());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "100000001"})
    void aCountOutOfRange(String count) {
        assertEquals("close-the-center.yaml:41: milestones[1].signatures: must be a whole number from 1 to 100000000",
                validCampaign().appending("milestones:", "  - signatures: " + count).failure());
    }

    @Test
    void aCountThatIsNoNumber() {
        assertEquals("close-the-center.yaml:41: milestones[1].signatures: \"a thousand\" is not a whole number",
                validCampaign().appending("milestones:", "  - signatures: a thousand").failure());
    }

    @Test
    void theSameCountTwice() {
        assertEquals("close-the-center.yaml:42: milestones[2].signatures: 1000 is already a milestone: each count appears once",
                validCampaign().appending("milestones:", "  - signatures: 1000", "  - signatures: 1_000").failure());
    }

    @Test
    void aMessageInAnUnknownLanguage() {
        assertEquals("close-the-center.yaml:43: milestones[1].message.fr: unknown field (expected one of en, es, pt)",
                validCampaign().appending("milestones:", "  - signatures: 1000", "    message:", "      fr: Mille!").failure());
    }

    @Test
    void aMessageInPortugueseAsTheSiteSpeaksIt() throws Exception {
        CampaignDefinition campaign = validCampaign().appending(
                "milestones:", "  - signatures: 1000", "    message:", "      en: A thousand of us!", "      pt: Somos mil!").parse();

        Milestone milestone = campaign.milestones().get(0);
        assertEquals(Map.of("en", "A thousand of us!", "pt", "Somos mil!"), milestone.messages());
        assertEquals("Somos mil!", milestone.message(Locale.forLanguageTag("pt")));
        assertEquals("A thousand of us!", milestone.message(Locale.forLanguageTag("es")), "no Spanish: the English one");
    }

    @Test
    void aPortugueseMessageSurvivesTheWayBackToAFile() throws Exception {
        CampaignDefinition original = validCampaign().appending(
                "milestones:", "  - signatures: 1000", "    message:", "      pt: |", "        Somos mil!", "", "        **Obrigado.**",
                "      es: ¡Somos mil!", "      en: A thousand of us!").parse();

        String yaml = CampaignYamlWriter.write(original, "close-the-center.areas.csv");

        assertTrue(yaml.contains("      en: \"A thousand of us!\"\n      es: \"¡Somos mil!\"\n      pt: |\n        Somos mil!\n\n        **Obrigado.**\n"),
                yaml);
        assertEquals(original, CampaignParser.parse("close-the-center.yaml", yaml,
                name -> Optional.of(CampaignFileBuilder.AREAS)));
    }

    @Test
    void aMilestoneWithoutItsCount() {
        assertEquals("close-the-center.yaml:41: milestones[1].signatures: is required",
                validCampaign().appending("milestones:", "  - message:", "      en: Hello").failure());
    }

    @Test
    void milestonesSurviveTheWayBackToAFile() throws Exception {
        CampaignDefinition original = validCampaign().appending(
                "milestones:", "  - signatures: 1000", "    message:", "      en: |", "        Line one", "", "        **Line two**",
                "  - signatures: 2500").parse();

        String yaml = CampaignYamlWriter.write(original, "close-the-center.areas.csv");

        assertEquals(original, CampaignParser.parse("close-the-center.yaml", yaml,
                name -> Optional.of(CampaignFileBuilder.AREAS)));
    }
}
