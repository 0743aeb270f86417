package org.firmas.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.PetitionSite.Page;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.TestDatabase;
import org.firmas.testsupport.browser.BrowserTest;
import org.firmas.testsupport.browser.CampaignPageObject;
import org.firmas.testsupport.browser.PageWidth;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * Juntos gathers signatures with its own link, a supporter shares the petition on WhatsApp, and
 * someone arrives with a made-up source: the organizer sees on the dashboard and in the CSV how
 * many each source brought, how many confirmed, and who asked Juntos for news.
 */
class PartnerGathersSignaturesIT extends BrowserTest {

    private static final String CAMPAIGN = "partners-test";

    @Test
    void theOrganizerSeesWhatEachSourceBrought() {
        PetitionSite site = site();
        String juntosOptedIn = signsAndConfirms(site, site.get(page("juntos"), "es"), SignatureForm.valid().with("partnerOptIn", "on"));
        signsAndConfirms(site, site.get(page("juntos"), "es"), SignatureForm.valid());
        String pending = SignatureForm.valid().get("email");
        assertEquals(302, site.sign(site.get(page("juntos"), "en"), SignatureForm.valid().withEmail(pending), "en").status());
        Page thanks = site.get(site.sign(CAMPAIGN, SignatureForm.valid(), "en").location(), "en");
        signsAndConfirms(site, site.get(sharedOnWhatsApp(thanks), "en"), SignatureForm.valid().with("partnerOptIn", "on"));
        signsAndConfirms(site, site.get(page("%3Cscript%3E"), "en"), SignatureForm.valid());
        signsAndConfirms(site, site.get(page("nobody"), "en"), SignatureForm.valid().with("partnerOptIn", "on"));
        signsAfterAMistake(site);

        ConsoleClient admin = admin().inLanguage("es");
        long campaign = TestDatabase.number("SELECT id FROM campaign WHERE slug = ?", CAMPAIGN);
        ConsoleClient.Response dashboard = admin.get("organize/dashboard.xhtml?id=" + campaign);
        assertEquals(200, dashboard.status(), dashboard.text());
        assertEquals(List.of("Juntos (juntos)", "4", "3", "1"), row(dashboard, "juntos"));
        assertEquals(List.of("whatsapp", "1", "1", "0"), row(dashboard, "whatsapp"));
        // The thank-you page's own signer, the made-up sources and the plain link: no source.
        assertEquals(List.of("Sin origen", "3", "2", "0"), row(dashboard, ""));
        assertTrue(dashboard.document().getElementById("sources-heading").text().contains("Firmas por origen"));

        String csv = admin.get("organize/signatures/" + campaign + ".csv").body();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).endsWith(",wants_updates,source,partner_opt_in"), lines.get(0));
        assertTrue(lineOf(lines, juntosOptedIn).endsWith(",juntos,true"), lineOf(lines, juntosOptedIn));
        assertTrue(lineOf(lines, pending).endsWith(",juntos,false"), lineOf(lines, pending));
        assertEquals(1, lines.stream().filter(line -> line.endsWith(",true")).count(), "only the Juntos signer who ticked it\n" + csv);
    }

    /** The dashboard gives each partner its link and frame; the frame's signatures count under the partner, a plain frame's as the embed. */
    @Test
    void aPartnersOwnFrameCountsUnderThePartner() {
        long campaign = TestDatabase.number("SELECT id FROM campaign WHERE slug = ?", CAMPAIGN);
        ConsoleClient.Response dashboard = admin().inLanguage("es").get("organize/dashboard.xhtml?id=" + campaign);
        Element juntos = dashboard.document().selectFirst(".partner-links[data-partner=juntos]");
        assertNotNull(juntos, dashboard.text());
        assertTrue(juntos.selectFirst("code").text().endsWith("/campaigns/" + CAMPAIGN + "?source=juntos"), juntos.text());
        assertTrue(juntos.selectFirst("pre").text().contains("/campaigns/" + CAMPAIGN + "/embed?source=juntos\""), juntos.text());
        assertEquals("El enlace y el formulario de cada aliada", dashboard.document().getElementById("partner-links-heading").text());

        PetitionSite site = site();
        Page juntosFrame = site.get("campaigns/" + CAMPAIGN + "/embed?source=juntos", "es");
        assertEquals("juntos", juntosFrame.document().getElementById("sign:source").attr("value"), juntosFrame.text());
        assertEquals("Con Juntos", juntosFrame.document().getElementById("partner").text());
        assertTrue(juntosFrame.document().select("a[target=_blank]").eachAttr("href")
                .contains("http://localhost:8080/campaigns/" + CAMPAIGN + "?source=juntos&lang=es"),
                "the whole petition opens with the partner and the frame's language: " + juntosFrame.document().select("a").eachAttr("href"));
        String embedded = "SELECT COUNT(*) FROM signature WHERE campaign_id = ? AND source = 'embed'";
        long before = TestDatabase.number(embedded, campaign);
        Page plainFrame = site.get("campaigns/" + CAMPAIGN + "/embed", "es");
        assertEquals("embed", plainFrame.document().getElementById("sign:source").attr("value"));
        assertEquals(302, site.sign(plainFrame, SignatureForm.valid(), "es").status());
        assertEquals(before + 1, TestDatabase.number(embedded, campaign), "a plain frame's signature counts as the embed's");
    }

    @Test
    void juntosPageSaysWhomTheSignerCameWithInSpanish() {
        PetitionSite site = site();
        Page juntos = site.get(page("juntos"), "es");
        Element partner = juntos.document().getElementById("partner");
        assertNotNull(partner, juntos.text());
        assertEquals("Con Juntos", partner.text());
        Element link = partner.selectFirst("a");
        assertEquals("https://vamosjuntos.com", link.attr("href"));
        assertEquals("noopener", link.attr("rel"));
        assertEquals("Quiero recibir noticias de Juntos sobre esta y otras campañas en Filadelfia",
                juntos.document().selectFirst("label[for=sign:partnerOptIn]").text());
        assertEquals("juntos", juntos.document().getElementById("sign:source").attr("value"));
        assertTrue(juntos.document().getElementById("sign:wantsUpdates") != null, "Firmas' own opt-in stays");

        Page makeTheRoad = site.get(page("make-the-road-pa"), "es");
        assertEquals("Con Make the Road Pennsylvania", makeTheRoad.document().getElementById("partner").text());
        assertNull(makeTheRoad.document().getElementById("sign:partnerOptIn"), "a partner without an opt-in asks none");
        Page unknown = site.get(page("nobody"), "es");
        assertNull(unknown.document().getElementById("partner"));
        assertEquals("", unknown.document().getElementById("sign:source").attr("value"));
        assertNull(juntos.header("Set-Cookie"), "no cookie for a source");

        WebDriver browser = browser("es", 412, 823, false);
        CampaignPageObject page = CampaignPageObject.open(browser, base + page("juntos"));
        assertEquals("Con Juntos", page.find("#partner").getText());
        PageWidth.screenshot(browser, "partner-page-412-es");
        long wide = PageWidth.scrollWidth(browser);
        assertTrue(wide <= 412, "the page is " + wide + " px wide; too wide: " + PageWidth.overflowing(browser));
    }

    /** The campaign has no Portuguese texts, yet a Portuguese reader's page asks Juntos' question in Portuguese. */
    @Test
    void aPortugueseVisitorThroughJuntosIsAskedInPortuguese() {
        Page juntos = site().get(page("juntos"), "pt-BR,pt;q=0.9");

        assertEquals("pt", juntos.document().selectFirst("html").attr("lang"));
        Element optIn = juntos.document().selectFirst("label[for=sign:partnerOptIn]");
        assertEquals("Quero receber notícias do Juntos sobre esta e outras campanhas na Filadélfia", optIn.text());
        assertEquals("pt", optIn.attr("lang"));
        assertEquals("Send me news from Juntos", site().get(page("juntos"), "en").document().selectFirst("label[for=sign:partnerOptIn]").text());
        assertNull(site().get(page("make-the-road-pa"), "pt").document().getElementById("sign:partnerOptIn"), "no opt-in, in no language");
    }

    /** A form refused for a missing name comes back from Faces still carrying its source. */
    private void signsAfterAMistake(PetitionSite site) {
        Page refused = site.sign(site.get(page("juntos"), "es"), SignatureForm.valid().with("firstName", ""), "es");
        assertEquals(200, refused.status());
        assertEquals("juntos", refused.document().getElementById("sign:source").attr("value"), refused.text());
        signsAndConfirms(site, refused, SignatureForm.valid());
    }

    private String signsAndConfirms(PetitionSite site, Page campaignPage, SignatureForm form) {
        assertEquals(302, site.sign(campaignPage, form, "en").status(), "signed");
        assertEquals(302, site.confirm(Mailbox.confirmToken(mailbox().await(form.get("email"), 1).get(0))).status(), "confirmed");
        return form.get("email");
    }

    /** The campaign's address in the thank-you page's WhatsApp link, as the friend who follows it opens it. */
    private String sharedOnWhatsApp(Page thanks) {
        String href = thanks.document().selectFirst("a[href^=https://wa.me/]").attr("href");
        String text = URLDecoder.decode(href.substring(href.indexOf("text=") + 5), StandardCharsets.UTF_8);
        String url = text.substring(text.indexOf("http"));
        assertTrue(url.endsWith("/campaigns/" + CAMPAIGN + "?source=whatsapp"), url);
        return url.substring(url.indexOf("campaigns/"));
    }

    private static String page(String source) {
        return "campaigns/" + CAMPAIGN + "?source=" + source;
    }

    private static List<String> row(ConsoleClient.Response dashboard, String source) {
        Element row = dashboard.document().select("#sources tbody tr").stream()
                .filter(candidate -> candidate.attr("data-source").equals(source)).findFirst()
                .orElseThrow(() -> new AssertionError("No row for source \"" + source + "\": " + dashboard.text()));
        return row.children().stream().map(Element::text).toList();
    }

    private static String lineOf(List<String> lines, String email) {
        return lines.stream().filter(line -> line.contains(email)).findFirst().orElseThrow(() -> new AssertionError(email));
    }
}
