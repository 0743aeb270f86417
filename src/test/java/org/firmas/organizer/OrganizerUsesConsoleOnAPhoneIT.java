package org.firmas.organizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.firmas.testsupport.ConsoleCampaignForm;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.Supporter;
import org.firmas.testsupport.TestDatabase;
import org.firmas.testsupport.browser.BrowserTest;
import org.firmas.testsupport.browser.PageWidth;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Sofía runs her campaign from her phone, in Spanish: every console page fits its 412 px screen
 * without scrolling sideways, with long addresses and many rows, and reads in her language, times
 * and states included. The same pages still fit a desktop. Pictures of every page at both widths
 * land in target/console-screens.
 */
class OrganizerUsesConsoleOnAPhoneIT extends BrowserTest {

    private static final int PHONE = 412;
    private static final int DESKTOP = 1280;
    private static final String LONG_OFFICIAL = "secretaria.general.de.la.junta.de.comisionados.del.condado"
            + "@departamento-de-obras-publicas.example.org";

    @Test
    void everyConsolePageFitsAPhoneAndADesktopInSpanish() {
        long id = campaignWithEverything();
        WebDriver browser = browser("es");
        Map<String, String> pages = pages(id);

        for (int width : List.of(PHONE, DESKTOP)) {
            PageWidth.viewport(browser, width, 823);
            browser.manage().deleteAllCookies();
            browser.get(base + "organize/login.xhtml");
            assertEquals(width, PageWidth.innerWidth(browser), "the page area is the screen's width");
            assertFits(browser, "login", width, "es");
            logIn(browser);
            pages.forEach((name, path) -> {
                browser.get(base + path);
                assertFits(browser, name, width, "es");
            });
        }
    }

    @Test
    void everyConsolePageFitsAPhoneAndADesktopInEnglish() {
        long id = campaignWithEverything();
        WebDriver browser = browser("en");
        for (int width : List.of(PHONE, DESKTOP)) {
            PageWidth.viewport(browser, width, 823);
            browser.manage().deleteAllCookies();
            browser.get(base + "organize/login.xhtml");
            assertFits(browser, "login", width, "en");
            logIn(browser);
            pages(id).forEach((name, path) -> {
                browser.get(base + path);
                assertFits(browser, name, width, "en");
            });
        }
    }

    @Test
    void statesAndTimesReadInSpanishAndAQueuedMailIsNotRetrying() {
        long id = campaignWithEverything();
        WebDriver browser = browser("es");
        PageWidth.viewport(browser, PHONE, 823);
        browser.get(base + "organize/login.xhtml");
        logIn(browser);

        browser.get(base + "organize/moderation.xhtml?id=" + id);
        List<String> states = texts(browser, "#signatures .signature-status");
        assertEquals(Set.of("confirmada", "oculta", "retenida como sospechosa"), Set.copyOf(states), "signature states in Spanish");
        WebElement signed = browser.findElement(By.cssSelector("#signatures time"));
        assertTrue(signed.getText().matches("\\d{1,2} [a-z]{3,4} \\d{4}, \\d{1,2}:\\d{2}"), "a readable time: " + signed.getText());
        assertTrue(signed.getAttribute("datetime").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"),
                "a machine-readable time to the second: " + signed.getAttribute("datetime"));
        List<String> log = texts(browser, "#log li");
        assertTrue(log.stream().anyMatch(line -> line.contains("ocultó una firma") && line.contains("1 firma")),
                "the moderation log in Spanish: " + log);

        browser.get(base + "organize/deliveries.xhtml?id=" + id);
        WebElement batch = browser.findElement(By.cssSelector(".batch h2 time"));
        assertEquals("6 dic 2026, 14:05", batch.getText());
        assertEquals("2026-12-06T14:05:33Z", batch.getAttribute("datetime"));
        assertEquals(List.of("en cola", "reintentando (2 intentos; el próximo: 2 ene 2099, 9:30)", "falló",
                "quizá entregado: consulte con la autoridad antes de reenviarlo"), texts(browser, ".batch .mail-status"));

        browser.get(base + "organize/?lang=es");
        assertEquals("Abierta", browser.findElement(By.cssSelector("#campaign-" + slugOf(id) + " .badge")).getText());
    }

    @Test
    void everyPatternOfTheConsoleAndPublicPagesIsARegularExpressionForTodaysBrowsers() {
        WebDriver browser = browser("es");
        browser.get(base + "organize/login.xhtml");
        logIn(browser);
        int patterns = 0;
        for (String path : List.of("organize/edit.xhtml", "organize/accounts.xhtml", "organize/upload.xhtml",
                "campaigns/signing-test", "")) {
            browser.get(base + path);
            for (WebElement field : browser.findElements(By.cssSelector("[pattern]"))) {
                patterns++;
                Object error = ((JavascriptExecutor) browser).executeScript(
                        "try { new RegExp('^(?:' + arguments[0] + ')$', 'v'); return null; } catch (e) { return e.message; }",
                        field.getAttribute("pattern"));
                assertEquals(null, error, path + ": pattern " + field.getAttribute("pattern"));
            }
        }
        assertTrue(patterns > 0, "the campaign address field has a pattern");

        browser.get(base + "organize/edit.xhtml");
        assertTrue(validity(browser, "mi-campana-2027"), "a good address passes the browser's check");
        assertFalse(validity(browser, "Mi_Campaña"), "a bad address fails it");
    }

    /** A published campaign with a long official address, confirmed signers, suspects and every state of mail. */
    private long campaignWithEverything() {
        ConsoleClient console = console();
        assertEquals(302, console.logIn(System.getProperty("firmas.adminEmail"), System.getProperty("firmas.adminPassword")).status());
        String slug = "telefono-" + UUID.randomUUID().toString().substring(0, 8);
        long id = ConsoleCampaignForm.bilingual(slug).with("targets:0:email", LONG_OFFICIAL)
                .with("title_es", "Que la biblioteca municipal de la ciudad abra también los sábados y los domingos").createWith(console);
        console.submit(console.get("organize/dashboard.xhtml?id=" + id), "lifecycle", Map.of(), "publish");
        PetitionSite site = site();
        Mailbox mailbox = mailbox();
        for (int i = 0; i < 6; i++) {
            Supporter.signsAndConfirms(site, mailbox, slug, SignatureForm.valid()
                    .with("firstName", "Maximiliana Guadalupe").with("lastName", "Hernández-Villaseñor de la Torre")
                    .withEmail("maximiliana.guadalupe.hernandez.villasenor." + i + "." + slug + "@proveedor-de-correo-muy-largo.example.net"));
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(302, site.sign(slug, SignatureForm.valid().with("website", "http://spam.example")
                    .withEmail("robot.que.firma.con.una.direccion.larguisima." + i + "@spam-" + slug + ".example"), "es").status());
        }
        ConsoleClient.Response moderation = console.get("organize/moderation.xhtml?id=" + id);
        String hideConfirmed = moderation.document().select("form#signatures tbody tr").stream()
                .filter(row -> row.selectFirst(".signature-status").text().equals("confirmed")).findFirst().orElseThrow()
                .selectFirst("input[type=submit]").attr("name").replace("signatures:", "");
        console.submit(moderation, "signatures", Map.of(), hideConfirmed);
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM signature WHERE campaign_id = ? AND status = 'HIDDEN'", id));
        batchWithEveryMailState(id);
        return id;
    }

    /** Mails due far in the future, so the sender leaves them as they are while the pages are read. */
    private static void batchWithEveryMailState(long campaignId) {
        long batch = TestDatabase.number("SELECT nextval('delivery_batch_seq')");
        TestDatabase.update("INSERT INTO delivery_batch (id, campaign_id, created_at, signature_count, total_count, final_batch) "
                + "VALUES (?, ?, TIMESTAMP WITH TIME ZONE '2026-12-06 14:05:33.123456+00', 5, 5, FALSE)", batch, campaignId);
        String[][] mails = {
                {"PENDING", "0", null},
                {"PENDING", "2", "451 4.3.0 Mailbox temporarily unavailable, try again later"},
                {"DEAD", "1", "550 5.1.1 The email account that you tried to reach does not exist at all here"},
                {"IN_DOUBT", "1", "No answer after the end of the message"}};
        for (String[] mail : mails) {
            TestDatabase.update("INSERT INTO outbox_message (id, message_id, kind, batch_id, recipient, subject, body_text, body_html, "
                    + "status, attempts, last_error, next_attempt_at, created_at) VALUES (nextval('outbox_message_seq'), ?, 'BATCH', ?, ?, "
                    + "'Firmas', '', '', ?, ?, ?, TIMESTAMP WITH TIME ZONE '2099-01-02 09:30:00+00', now())",
                    "<phone-" + UUID.randomUUID() + "@firmas.test>", batch, LONG_OFFICIAL, mail[0], Integer.parseInt(mail[1]), mail[2]);
        }
    }

    private static Map<String, String> pages(long id) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("list", "organize/");
        pages.put("dashboard", "organize/dashboard.xhtml?id=" + id);
        pages.put("deliveries", "organize/deliveries.xhtml?id=" + id);
        pages.put("moderation", "organize/moderation.xhtml?id=" + id);
        pages.put("edit", "organize/edit.xhtml?id=" + id);
        pages.put("new", "organize/edit.xhtml");
        pages.put("upload", "organize/upload.xhtml");
        pages.put("accounts", "organize/accounts.xhtml");
        pages.put("keys", "organize/keys.xhtml");
        return pages;
    }

    private static void assertFits(WebDriver browser, String name, int width, String language) {
        PageWidth.screenshot(browser, name + "-" + width + "-" + language);
        long wide = PageWidth.scrollWidth(browser);
        assertTrue(wide <= width, name + " page is " + wide + " px wide on a " + width + " px screen ("
                + browser.getCurrentUrl() + "); too wide: " + PageWidth.overflowing(browser));
    }

    private void logIn(WebDriver browser) {
        browser.findElement(By.id("login:email")).sendKeys(System.getProperty("firmas.adminEmail"));
        browser.findElement(By.id("login:password")).sendKeys(System.getProperty("firmas.adminPassword"));
        WebElement submit = browser.findElement(By.id("login:submit"));
        submit.click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> !driver.getCurrentUrl().contains("login"));
    }

    private static List<String> texts(WebDriver browser, String selector) {
        List<String> texts = new ArrayList<>();
        browser.findElements(By.cssSelector(selector)).forEach(element -> texts.add(element.getText().strip()));
        return texts;
    }

    private static boolean validity(WebDriver browser, String slug) {
        WebElement field = browser.findElement(By.id("campaign:slug"));
        field.clear();
        field.sendKeys(slug);
        return (Boolean) ((JavascriptExecutor) browser).executeScript("return arguments[0].validity.valid;", field);
    }

    private static String slugOf(long id) {
        return TestDatabase.text("SELECT slug FROM campaign WHERE id = ?", id);
    }
}
