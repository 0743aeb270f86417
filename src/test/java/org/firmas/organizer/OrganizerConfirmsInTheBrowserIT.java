package org.firmas.organizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.UUID;
import org.firmas.testsupport.ConsoleCampaignForm;
import org.firmas.testsupport.ConsoleClient;
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
 * Lucía runs her campaign from the browser on her phone: she reads its figures in Spanish without
 * losing it, and closing it asks her first and says what will happen, in either language.
 */
class OrganizerConfirmsInTheBrowserIT extends BrowserTest {

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
