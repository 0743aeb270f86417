package org.firmas.campaign.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An open campaign takes signatures until its deadline's day ends in its zone, then reads as closed. */
public class CampaignDeadlineTest {

    private static final Instant END_IN_LOS_ANGELES = Instant.parse("2027-07-01T07:00:00Z");

    @Test
    void takesSignaturesUntilTheLastSecondOfTheDayThere() {
        CampaignDefinition campaign = campaign(CampaignStatus.OPEN, LocalDate.of(2027, 6, 30), "America/Los_Angeles");

        assertTrue(campaign.takesSignaturesAt(END_IN_LOS_ANGELES.minusSeconds(1)), "23:59:59 in Los Angeles");
        assertFalse(campaign.takesSignaturesAt(END_IN_LOS_ANGELES), "midnight in Los Angeles");
        assertTrue(campaign.takesSignaturesAt(Instant.parse("2027-07-01T04:30:00Z")), "already July 1 in New York");
    }

    @Test
    void pastItsDeadlineAnOpenCampaignReadsAsClosedAndKeepsEverythingElse() {
        CampaignDefinition campaign = campaign(CampaignStatus.OPEN, LocalDate.of(2027, 6, 30), "America/Los_Angeles");

        CampaignDefinition after = campaign.asOf(END_IN_LOS_ANGELES);

        assertEquals(CampaignStatus.CLOSED, after.status());
        assertEquals(campaign.withStatus(CampaignStatus.CLOSED), after);
        assertSame(campaign, campaign.asOf(END_IN_LOS_ANGELES.minusMillis(1)));
    }

    @Test
    void withoutADeadlineOrOnceFinishedNothingChanges() {
        CampaignDefinition undated = campaign(CampaignStatus.OPEN, null, "America/New_York");
        CampaignDefinition won = campaign(CampaignStatus.WON, LocalDate.of(2027, 6, 30), "America/New_York");
        CampaignDefinition draft = campaign(CampaignStatus.DRAFT, LocalDate.of(2027, 6, 30), "America/New_York");
        Instant later = Instant.parse("2030-01-01T00:00:00Z");

        assertTrue(undated.takesSignaturesAt(later));
        assertSame(won, won.asOf(later));
        assertSame(draft, draft.asOf(later), "a draft past its date is still a draft: publishing it is the organizer's call");
        assertFalse(won.pastDeadline(later));
    }

    public static CampaignDefinition campaign(CampaignStatus status, LocalDate deadline, String zone) {
        CampaignTexts texts = new CampaignTexts("T", "S", "B", "B", "P", "P", "", "");
        return new CampaignDefinition("dated", status, 10, deadline, ZoneId.of(zone), Map.of("en", texts, "es", texts),
                List.of(), new DeliveryPolicy(1, Duration.ofHours(1), true), new SignerFields(false, false), Map.of(), null, 0);
    }
}
