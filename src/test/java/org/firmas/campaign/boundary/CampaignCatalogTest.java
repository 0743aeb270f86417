package org.firmas.campaign.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignRecord.Source;
import org.firmas.campaign.entity.CampaignStatus;
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

    private static Campaign campaign(long id, String slug) {
        CampaignTexts texts = new CampaignTexts("T", "S", "B", "B", "P", "P", "", "");
        return new Campaign(id, new CampaignDefinition(slug, CampaignStatus.OPEN, 10, null, Map.of("en", texts, "es", texts),
                List.of(), new DeliveryPolicy(1, Duration.ofHours(1), true), new SignerFields(false, false), Map.of(), 0));
    }
}
