package org.firmas.campaign.control;

import static org.firmas.campaign.control.CampaignFileBuilder.validCampaign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.Partner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Partners in a campaign file: a key for their link, a name, an https website, a logo on this site, opt-in texts. */
class PartnersSectionTest {

    @Test
    void readsEachPartnerWithItsOptIn() throws Exception {
        CampaignDefinition campaign = validCampaign().appending(
                "partners:",
                "  - key: juntos",
                "    name: Juntos",
                "    logo: /static/partners/juntos.png",
                "    website: https://vamosjuntos.com",
                "    opt_in:",
                "      en: Send me news from Juntos",
                "      es: Quiero recibir noticias de Juntos",
                "      pt: Quero receber notícias do Juntos",
                "  - key: mijente",
                "    name: Mijente",
                "    website: https://mijente.net/").parse();

        assertEquals(List.of(
                new Partner("juntos", "Juntos", "/static/partners/juntos.png", "https://vamosjuntos.com",
                        Map.of("en", "Send me news from Juntos", "es", "Quiero recibir noticias de Juntos",
                                "pt", "Quero receber notícias do Juntos")),
                new Partner("mijente", "Mijente", null, "https://mijente.net/", Map.of())), campaign.partners());
        assertEquals("Mijente", campaign.partner("mijente").name());
        assertNull(campaign.partner("nobody"));
    }

    @Test
    void aCampaignNeedsNone() throws Exception {
        assertEquals(List.of(), validCampaign().parse().partners());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Juntos", "juntos_pa", "a-very-long-key-that-no-link-should-ever-carry-at-all"})
    void aKeyALinkCannotCarry(String key) {
        assertEquals("close-the-center.yaml:41: partners[1].key: \"" + key
                        + "\" cannot be a partner's key: use 1 to 40 lowercase letters, digits and dashes",
                validCampaign().appending("partners:", "  - key: " + key, "    name: Juntos", "    website: https://vamosjuntos.com").failure());
    }

    @Test
    void aKeyThatIsAShareChannel() {
        assertEquals("close-the-center.yaml:41: partners[1].key: \"whatsapp\" is already a source of its own; a partner's key "
                        + "must be none of email, whatsapp, facebook, x, bluesky, telegram, embed, api, and paper",
                validCampaign().appending("partners:", "  - key: whatsapp", "    name: Juntos", "    website: https://vamosjuntos.com").failure());
    }

    @Test
    void theSameKeyTwice() {
        assertEquals("close-the-center.yaml:44: partners[2].key: \"juntos\" is already the key of another partner: each key appears once",
                validCampaign().appending("partners:",
                        "  - key: juntos", "    name: Juntos", "    website: https://vamosjuntos.com",
                        "  - key: juntos", "    name: Juntos PA", "    website: https://vamosjuntos.com/pa").failure());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://cdn.example.org/logo.png", "//cdn.example.org/logo.png", "logo.png", "/static/../secret",
            "javascript:alert(1)"})
    void aLogoFromAnotherHost(String logo) {
        assertEquals("close-the-center.yaml:43: partners[1].logo: \"" + logo
                        + "\" is not a path on this site: a logo is served from here, such as /static/logos/name.png",
                validCampaign().appending("partners:", "  - key: juntos", "    name: Juntos", "    logo: \"" + logo + "\"",
                        "    website: https://vamosjuntos.com").failure());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://vamosjuntos.com", "vamosjuntos.com", "javascript:alert(1)", "https://user@vamosjuntos.com"})
    void aWebsiteThatIsNotPlainHttps(String website) {
        assertEquals("close-the-center.yaml:43: partners[1].website: \"" + website + "\" is not a web address starting with https://",
                validCampaign().appending("partners:", "  - key: juntos", "    name: Juntos", "    website: \"" + website + "\"").failure());
    }

    @Test
    void anOptInInAnUnknownLanguage() {
        assertEquals("close-the-center.yaml:45: partners[1].opt_in.fr: unknown field (expected one of en, es, pt)",
                validCampaign().appending("partners:", "  - key: juntos", "    name: Juntos", "    website: https://vamosjuntos.com",
                        "    opt_in:", "      fr: Des nouvelles").failure());
    }

    @Test
    void aPortugueseVisitorReadsThePortugueseOptInAndAFrenchOneTheEnglish() throws Exception {
        Partner juntos = validCampaign().appending("partners:", "  - key: juntos", "    name: Juntos", "    website: https://vamosjuntos.com",
                "    opt_in:", "      en: Send me news from Juntos", "      pt: Quero receber notícias do Juntos").parse().partner("juntos");

        assertEquals("Quero receber notícias do Juntos", juntos.optInText(Locale.forLanguageTag("pt")));
        assertEquals("Send me news from Juntos", juntos.optInText(Locale.forLanguageTag("es")));
        assertEquals("Send me news from Juntos", juntos.optInText(Locale.FRENCH));
        assertEquals("pt", juntos.optInLanguage(Locale.forLanguageTag("pt-BR")));
        assertEquals("en", juntos.optInLanguage(Locale.forLanguageTag("es")), "the English text is marked as English");
    }

    @Test
    void aPortugueseOptInSurvivesTheWayBackToAFile() throws Exception {
        CampaignDefinition original = validCampaign().appending(
                "partners:", "  - key: juntos", "    name: Juntos", "    website: https://vamosjuntos.com", "    opt_in:",
                "      pt: Quero receber notícias do Juntos", "      en: Send me news from Juntos").parse();

        String yaml = CampaignYamlWriter.write(original, "close-the-center.areas.csv");

        assertTrue(yaml.contains("    opt_in:\n      en: \"Send me news from Juntos\"\n      pt: \"Quero receber notícias do Juntos\"\n"), yaml);
        assertEquals(original, CampaignParser.parse("close-the-center.yaml", yaml,
                name -> Optional.of(CampaignFileBuilder.AREAS)));
    }

    @Test
    void partnersSurviveTheWayBackToAFile() throws Exception {
        CampaignDefinition original = validCampaign().appending(
                "partners:", "  - key: juntos", "    name: \"Juntos: Philly\"", "    logo: /static/partners/juntos.png",
                "    website: https://vamosjuntos.com", "    opt_in:", "      es: Quiero recibir noticias de Juntos",
                "  - key: '2024'", "    name: Berks", "    website: https://example.org").parse();

        String yaml = CampaignYamlWriter.write(original, "close-the-center.areas.csv");

        assertEquals(original, CampaignParser.parse("close-the-center.yaml", yaml,
                name -> Optional.of(CampaignFileBuilder.AREAS)));
    }
}
