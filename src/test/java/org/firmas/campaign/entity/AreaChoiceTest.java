package org.firmas.campaign.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A ZIP code on a county line asks the signer which county; any other ZIP code settles it alone. */
class AreaChoiceTest {

    private static final CampaignDefinition CAMPAIGN = withAreas(Map.of(
            "18324", List.of("Pike", "Monroe"),
            "17401", List.of("York")));

    @Test
    void aZipCodeOnTheLineIsOpenWithItsCandidatesUntilOneIsChosen() {
        assertEquals(new AreaChoice.Open(List.of("Pike", "Monroe"), false), CAMPAIGN.areaFor("18324", null));
        assertEquals(new AreaChoice.Open(List.of("Pike", "Monroe"), false), CAMPAIGN.areaFor("18324-0012", ""));
        assertEquals(new AreaChoice.Settled("Monroe"), CAMPAIGN.areaFor("18324", "Monroe"));
        assertEquals(new AreaChoice.Settled("Pike"), CAMPAIGN.areaFor(" 18324 ", "Pike"));
    }

    @Test
    void anAreaThatIsNotACandidateIsRefusedAndTheQuestionStaysOpen() {
        assertEquals(new AreaChoice.Open(List.of("Pike", "Monroe"), true), CAMPAIGN.areaFor("18324", "York"));
        assertEquals(new AreaChoice.Open(List.of("Pike", "Monroe"), true), CAMPAIGN.areaFor("18324", "pike"));
    }

    @Test
    void aZipCodeWithOneAreaOrNoneIgnoresAnyChoiceSent() {
        assertEquals(new AreaChoice.Settled("York"), CAMPAIGN.areaFor("17401", "Monroe"));
        assertEquals(new AreaChoice.Settled(null), CAMPAIGN.areaFor("19104", "Pike"));
        assertEquals(new AreaChoice.Settled(null), CAMPAIGN.areaFor(null, null));
    }

    @Test
    void theOneAreaOfAZipCodeIsNoneWhenItStraddlesSeveral() {
        assertEquals("York", CAMPAIGN.areaOf("17401"));
        assertNull(CAMPAIGN.areaOf("18324"));
        assertEquals(List.of("Monroe", "Pike", "York"), CAMPAIGN.areas());
    }

    private static CampaignDefinition withAreas(Map<String, List<String>> areas) {
        CampaignTexts texts = new CampaignTexts("T", "S", "B", "B", "P", "P", "", "");
        return new CampaignDefinition("areas", CampaignStatus.OPEN, 10, null, CampaignDefinition.DEFAULT_TIME_ZONE,
                Map.of("en", texts, "es", texts), List.of(), new DeliveryPolicy(1, Duration.ofHours(1), true),
                new SignerFields(false, false), areas, null, 0);
    }
}
