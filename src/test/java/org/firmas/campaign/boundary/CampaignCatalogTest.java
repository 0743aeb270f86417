package org.firmas.campaign.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignRecord.Source;
import org.firmas.campaign.entity.CampaignStatus;
import org.firmas.campaign.entity.CampaignDeadlineTest;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.campaign.entity.DeliveryPolicy;
import org.firmas.campaign.entity.SignerFields;
import org.junit.jupiter.api.Test;

/** Files and the console fill one catalog; each source only ever removes its own campaigns. */
class CampaignCatalogTest {

    private final CampaignCatalog catalog = new CampaignCatalog();

    @Test
    void theFileWatcherKeepsItsHandsOffConsoleCampaigns() {
        catalog.put(campaign(1, "from-file"), Source.FILE);
        catalog.put(campaign(2, "gone-file"), Source.FILE);
        catalog.put(campaign(3, "from-console"), Source.CONSOLE);

        catalog.retain(Source.FILE, Set.of("from-file"));

        assertEquals(List.of("from-console", "from-file"), catalog.all().stream().map(Campaign::slug).toList());
        assertEquals(Optional.of(Source.CONSOLE), catalog.sourceOf("from-console"));
    }

    @Test
    void theConsoleLoaderDropsOnlyArchivedConsoleCampaigns() {
        catalog.put(campaign(1, "from-file"), Source.FILE);
        catalog.put(campaign(3, "archived"), Source.CONSOLE);

        catalog.retain(Source.CONSOLE, Set.of());

        assertEquals(List.of("from-file"), catalog.all().stream().map(Campaign::slug).toList());
        assertEquals(Optional.empty(), catalog.sourceOf("archived"));
    }

    /** A node that starts, or a page asked for, after the deadline sees the campaign closed; the console's row closes later. */
    @Test
    void anOpenCampaignPastItsDeadlineIsServedClosedTheSameCopyEachTime() {
        Campaign dated = new Campaign(4, CampaignDeadlineTest.campaign(CampaignStatus.OPEN, LocalDate.of(2027, 6, 30), "America/Chicago"));
        catalog.put(dated, Source.CONSOLE);
        catalog.clock = Clock.fixed(Instant.parse("2027-07-01T04:59:59Z"), ZoneOffset.UTC);
        assertSame(dated, catalog.find("dated").orElseThrow(), "23:59:59 in Chicago");
        assertEquals(List.of(), catalog.openPastDeadline(Source.CONSOLE));

        catalog.clock = Clock.fixed(Instant.parse("2027-07-01T05:00:00Z"), ZoneOffset.UTC);

        Campaign closed = catalog.find("dated").orElseThrow();
        assertEquals(CampaignStatus.CLOSED, closed.definition().status());
        assertSame(closed, catalog.findPublic("dated").orElseThrow());
        assertSame(closed, catalog.all().get(0));
        assertEquals(List.of(dated), catalog.openPastDeadline(Source.CONSOLE), "its row still says open");
        assertEquals(List.of(), catalog.openPastDeadline(Source.FILE));
    }

    private static Campaign campaign(long id, String slug) {
        CampaignTexts texts = new CampaignTexts("T", "S", "B", "B", "P", "P", "", "");
        return new Campaign(id, new CampaignDefinition(slug, CampaignStatus.OPEN, 10, null, CampaignDefinition.DEFAULT_TIME_ZONE, Map.of("en", texts, "es", texts),
                List.of(), new DeliveryPolicy(1, Duration.ofHours(1), true), new SignerFields(false, false), Map.of(), null, 0));
    }
}
