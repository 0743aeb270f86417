package org.firmas.campaign.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A signature records a source the campaign knows, and none for anything else, however it is written. */
class SigningSourcesTest {

    private static final CampaignDefinition CAMPAIGN = campaign();

    @ParameterizedTest
    @ValueSource(strings = {"juntos", "whatsapp", "email", "facebook", "embed", "telegram"})
    void aPartnerAShareChannelOrTheEmbed(String source) {
        assertEquals(source, SigningSources.recognized(CAMPAIGN, source));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"nobody", "Juntos", "juntos ", "juntos\n", "<script>", "juntos'--", "whats app",
            "a-key-much-longer-than-forty-characters-long-indeed", "../juntos", "juntos%00", "paper"})
    void anythingElseIsNone(String source) {
        assertNull(SigningSources.recognized(CAMPAIGN, source));
    }

    private static CampaignDefinition campaign() {
        CampaignTexts texts = new CampaignTexts("t", "s", "b", "b", "p", "p", "", "");
        return new CampaignDefinition("sources", CampaignStatus.OPEN, 10, null, CampaignDefinition.DEFAULT_TIME_ZONE,
                Map.of("en", texts, "es", texts), List.of(), new DeliveryPolicy(100, Duration.ofHours(24), true),
                new SignerFields(false, false), Map.of(), null, 0, List.of(),
                List.of(new Partner("juntos", "Juntos", null, "https://vamosjuntos.com", Map.of())), List.of());
    }
}
