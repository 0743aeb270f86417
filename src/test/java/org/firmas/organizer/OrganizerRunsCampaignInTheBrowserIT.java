package org.firmas.organizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.firmas.testsupport.ConsoleCampaignForm;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.Supporter;
import org.firmas.testsupport.TestDatabase;
import org.firmas.testsupport.browser.BrowserTest;
import org.firmas.testsupport.browser.ConsolePageObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * An organizer runs a campaign from the browser. Marta launches one without touching a file: she
 * logs in, writes it in both languages with two officials (one for an area), previews it, publishes
 * it, and watches the first signature arrive on her dashboard and in her CSV export. Lucía runs hers
 * from her phone: she reads its figures in Spanish without losing it, and closing it asks her first
 * and says what will happen, in either language.
 */
class OrganizerRunsCampaignInTheBrowserIT extends BrowserTest {

    @Test
    void anOrganizerLaunchesABilingualCampaignAndSeesItsFirstSignature() throws Exception {
        String slug = "library-" + UUID.randomUUID().toString().substring(0, 8);
        WebDriver browser = browser("en");

        ConsolePageObject console = ConsolePageObject.open(browser, base + "organize/");
        assertTrue(console.url().contains("/organize/login.xhtml"), "the console asks for a login first: " + console.url());
        console.logIn(System.getProperty("firmas.adminEmail"), System.getProperty("firmas.adminPassword"));
        assertEquals("Campaigns", console.heading());

        console.follow("New campaign");
        console.type("campaign:slug", slug).type("campaign:goal", "250").set("campaign:deadline", "2027-06-30")
                .type("campaign:title_en", "Keep the library open on Saturdays")
                .type("campaign:summary_en", "Ask the Council to fund Saturday hours.")
                .type("campaign:body_en", "Our branch library **closes on Saturdays** from March.\n\n- students\n- workers")
                .type("campaign:petition_en", "To the City Council: fund Saturday hours.")
                .type("campaign:privacy_en", "The Council receives your name and ZIP code, never your email.")
                .type("campaign:title_es", "Mantengan la biblioteca abierta los sábados")
                .type("campaign:summary_es", "Pidan al Concejo que financie el sábado.")
                .type("campaign:body_es", "La biblioteca **cierra los sábados** desde marzo.")
                .type("campaign:petition_es", "Al Concejo Municipal: financien el horario del sábado.")
                .type("campaign:targets:0:name", "City Council").type("campaign:targets:0:officeTitle", "Council of Example City")
                .type("campaign:targets:0:email", "council@example.org")
                .press("Add an official")
                .type("campaign:targets:1:name", "Ana Ortiz").type("campaign:targets:1:officeTitle", "Councilmember, South District")
                .type("campaign:targets:1:email", "ortiz@example.org").type("campaign:targets:1:area", "South")
                .choose("campaign:targets:1:language", "es")
                .type("campaign:everySignatures", "1").type("campaign:everyHours", "24")
                .check("campaign:comment")
                .type("campaign:areasCsv", "zip,area\n19148,South\n19147,South\n")
                .press("Save");

        assertTrue(console.url().contains("/organize/dashboard.xhtml?id="), console.url());
        assertEquals("Draft", console.textOf("status"));
        String dashboardUrl = console.url();
        long campaignId = Long.parseLong(dashboardUrl.replaceAll(".*id=(\\d+).*", "$1"));
        PetitionSite site = site();
        assertEquals(404, site.campaign(slug, "en").status(), "a draft is invisible to the public");

        console.follow("Preview");
        assertEquals("Keep the library open on Saturdays", console.heading());
        assertTrue(console.has(By.cssSelector(".campaign-body strong")), "Markdown rendered as supporters see it");
        assertTrue(console.has(By.id("sign")), "with the sign form it will have once open");
        assertTrue(console.pageText().contains("Ana Ortiz, Councilmember, South District (South)"), console.pageText());

        ConsolePageObject.open(browser, dashboardUrl).press("Publish");
        assertEquals("Open", console.textOf("status"));

        ConsolePageObject home = ConsolePageObject.open(browser, base.toString());
        assertTrue(Eventually.await(Duration.ofSeconds(10), () -> ConsolePageObject.open(browser, base.toString()).pageText(),
                text -> text.contains("Keep the library open on Saturdays")).contains("Keep the library open on Saturdays"),
                "listed on the public home page: " + home.pageText());

        SignatureForm signer = Supporter.signsAndConfirms(site, mailbox(), slug, SignatureForm.valid().with("zip", "19148"));

        String confirmed = Eventually.await(Duration.ofSeconds(10),
                () -> ConsolePageObject.open(browser, dashboardUrl).textOf("confirmed"), "1"::equals);
        assertEquals("1", confirmed);
        ConsolePageObject dashboard = ConsolePageObject.open(browser, dashboardUrl);
        assertEquals("100.0 %", dashboard.textOf("conversion"));
        assertTrue(dashboard.textOf("topZips").contains("19148"), dashboard.textOf("topZips"));
        assertTrue(dashboard.textOf("topAreas").contains("South"), dashboard.textOf("topAreas"));
        assertTrue(dashboard.has(By.cssSelector("svg.chart rect.bar[height]")), "a chart drawn on the server");

        ConsoleClient sameSession = console();
        sameSession.useSessionId(dashboard.sessionCookie());
        ConsoleClient.Response csv = sameSession.get("organize/signatures/" + campaignId + ".csv");
        assertEquals(200, csv.status());
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv.body().replace("\ufeff", ""))).getRecords();
        assertEquals("first_name", rows.get(0).get(0));
        assertEquals(2, rows.size(), "a header and the one signature");
        assertEquals(signer.get("email"), rows.get(1).get(2));
        assertEquals("19148", rows.get(1).get(3));
        assertEquals("South", rows.get(1).get(4));
        assertEquals("CONFIRMED", rows.get(1).get(8));
        assertEquals(1, TestDatabase.number("SELECT row_count FROM export_audit WHERE campaign_id = ?", campaignId));
    }

    @Test
    void theLanguageLinkKeepsTheCampaignOnEveryPage() {
        String slug = slug("idioma");
        long id = publishedCampaign(slug);
        WebDriver browser = browser("en");
        ConsolePageObject.open(browser, base + "organize/").logIn(System.getProperty("firmas.adminEmail"),
                System.getProperty("firmas.adminPassword"));

        for (String page : new String[] {"dashboard", "deliveries", "moderation"}) {
            ConsolePageObject english = ConsolePageObject.open(browser, base + "organize/" + page + ".xhtml?id=" + id);
            english.follow("Español");

            assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"), page);
            assertTrue(english.url().contains("id=" + id), page + ": " + english.url());
            assertTrue(english.pageText().contains("/campaigns/" + slug), page + ": " + english.pageText());
            english.follow("English");
            assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"), page);
        }
        ConsolePageObject.open(browser, base + "organize/dashboard.xhtml?id=" + id).follow("Español");
        assertEquals("Financien la biblioteca", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void closingAsksFirstAndSaysWhatWillHappenInBothLanguages() throws IOException {
        String slug = slug("cierre");
        long id = publishedCampaign(slug);
        WebDriver browser = browser("en");
        ConsolePageObject console = ConsolePageObject.open(browser, base + "organize/")
                .logIn(System.getProperty("firmas.adminEmail"), System.getProperty("firmas.adminPassword"));

        ConsolePageObject.open(browser, base + "organize/dashboard.xhtml?id=" + id).follow("Close");
        assertEquals("Close this campaign?", console.textOf("confirm-heading"));
        assertTrue(console.pageText().contains("Every official receives the final batch now"), console.pageText());
        assertEquals("Open", console.textOf("status"), "nothing happened yet");
        assertFalse(console.has(By.id("owner")), "only the question and its two answers to act on");
        screenshots(browser, "confirm-close-en");

        console.follow("Español");
        assertEquals("¿Cerrar esta campaña?", console.textOf("confirm-heading"));
        assertTrue(console.url().contains("id=" + id) && console.url().contains("confirm=close"), console.url());
        screenshots(browser, "confirm-close-es");
        console.follow("Cancelar");
        assertFalse(console.has(By.id("confirm-heading")), "cancelled");
        assertEquals("open", TestDatabase.text("SELECT definition FROM campaign WHERE id = ?", id).lines().findFirst()
                .orElseThrow().replace("status: ", ""));

        console.follow("Cerrar").press("Cerrar la campaña");

        assertEquals("Cerrada", console.textOf("status"));
        assertTrue(console.pageText().contains("La campaña está cerrada."), console.pageText());
        assertTrue(console.url().contains("id=" + id), console.url());
        browser.navigate().refresh();
        assertEquals("Cerrada", console.textOf("status"), "a reload shows the page again");
    }

    /** The page as it looks on a phone and on a desktop, kept in target/screenshots for a person to look at. */
    private static void screenshots(WebDriver browser, String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        for (int width : new int[] {412, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 1100));
            Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, folder.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        browser.manage().window().setSize(new Dimension(412, 915));
    }

    private long publishedCampaign(String slug) {
        ConsoleClient console = console();
        assertEquals(302, console.logIn(System.getProperty("firmas.adminEmail"), System.getProperty("firmas.adminPassword")).status());
        long id = ConsoleCampaignForm.bilingual(slug).createWith(console);
        console.act(console.get("organize/dashboard.xhtml?id=" + id), "lifecycle", Map.of(), "publish");
        return id;
    }

    private static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
