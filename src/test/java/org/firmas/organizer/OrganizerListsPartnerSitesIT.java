package org.firmas.organizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.firmas.testsupport.ConsoleCampaignForm;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.FirmasIT;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Tomás lets two partner organizations show the sign form on their sites: the console's form
 * tells him, in Spanish, which line is not a site it can allow, and the dashboard then gives him
 * the snippet to send them and names the sites that may show it.
 */
class OrganizerListsPartnerSitesIT extends FirmasIT {

    @Test
    void aSiteThatIsNoHttpsOriginIsRefusedInTheOrganizersLanguage() {
        ConsoleClient console = admin().inLanguage("es-MX,es");
        ConsoleCampaignForm form = ConsoleCampaignForm.bilingual(slug()).with("embedOrigins", "https://partner.org\nhttp://partner.org");

        ConsoleClient.Response refused = console.submit(console.get("organize/edit.xhtml"), "campaign", form.fields(), "save");

        assertEquals(200, refused.status());
        assertTrue(refused.text().contains("Corrija embed_origins[2]: \"http://partner.org\" debe empezar por https://"), refused.text());
    }

    @Test
    void theDashboardGivesTheSnippetAndNamesTheSites() {
        ConsoleClient console = admin().inLanguage("es-MX,es");
        String slug = slug();
        long id = ConsoleCampaignForm.bilingual(slug).with("embedOrigins", " https://Partner.org/ \n\nhttps://news.partner.org:8443\n")
                .createWith(console);

        Document dashboard = console.get("organize/dashboard.xhtml?id=" + id).document();

        assertEquals("Formulario de firma en sitios aliados", dashboard.selectFirst("#embed-heading").text());
        assertEquals("https://partner.org https://news.partner.org:8443", dashboard.select("#embedOrigins li").text());
        String snippet = dashboard.selectFirst("#embedSnippet").wholeText();
        assertTrue(snippet.startsWith("<iframe id=\"firmas-" + slug + "\" src=\"http://localhost:8080/campaigns/" + slug + "/embed\" title=\"Financien la biblioteca\""), snippet);
        assertTrue(dashboard.selectFirst("#embedResize").wholeText().contains("event.origin !== 'http://localhost:8080'"));
        assertEquals("https://partner.org\nhttps://news.partner.org:8443",
                console.get("organize/edit.xhtml?id=" + id).document().selectFirst("textarea[name='campaign:embedOrigins']").wholeText().strip());
        assertTrue(console.get("organize/yaml/" + id + ".yaml").body()
                .contains("embed_origins:\n  - \"https://partner.org\"\n  - \"https://news.partner.org:8443\"\n"));
    }

    @Test
    void aCampaignWithoutSitesSaysNoneMayShowIt() {
        ConsoleClient console = admin();
        long id = ConsoleCampaignForm.bilingual(slug()).createWith(console);

        Document dashboard = console.get("organize/dashboard.xhtml?id=" + id).document();

        assertTrue(dashboard.selectFirst("#embedNone").text().startsWith("No site may show this campaign's sign form yet"));
        assertTrue(dashboard.select("#embedOrigins").isEmpty());
    }

    private static String slug() {
        return "partners-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
