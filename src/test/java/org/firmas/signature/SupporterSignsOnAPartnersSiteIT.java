package org.firmas.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.ReceivedMail;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.browser.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Lucía reads a partner organization's website, which shows the petition's sign form in a frame:
 * she signs inside it, in Spanish, and the thank-you page stays in the frame. The partner's site
 * is a second origin on this machine (the other loopback name, another port), listed in the
 * campaign's embed_origins; a site the campaign does not list gets an empty frame, and every other
 * page of the site still refuses every frame.
 */
class SupporterSignsOnAPartnersSiteIT extends BrowserTest {

    private static final Duration RELOAD = Duration.ofSeconds(15);

    private final List<HttpServer> partners = new ArrayList<>();
    private final List<Path> campaignFiles = new ArrayList<>();
    private String partner;
    private String stranger;
    private String slug;

    @BeforeEach
    void partnerSitesAndACampaignThatListsOne() throws IOException {
        partner = partnerSite();
        stranger = partnerSite();
        slug = campaign("open", "embed_origins:\n  - \"" + partner + "\"\n");
    }

    @AfterEach
    void closeSitesAndRemoveCampaigns() throws IOException {
        partners.forEach(server -> server.stop(0));
        for (Path file : campaignFiles) {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void signsInsideThePartnersFrameAndIsThankedThereInSpanish() throws IOException {
        WebDriver browser = browser("en-US,en", 412, 915, true);
        browser.get(partner + "/?frame=" + base + "campaigns/" + slug + "/embed?lang=es");
        String partnerPage = browser.getCurrentUrl();
        enterFrame(browser);

        assertEquals("Petición de prueba para firmar", browser.findElement(By.tagName("h1")).getText());
        assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"));
        screenshot(browser, "embed-412.png");
        String email = "lucia-" + UUID.randomUUID() + "@example.net";
        type(browser, "Nombre", "Lucía");
        type(browser, "Apellido", "Ortiz");
        type(browser, "Correo electrónico", email);
        type(browser, "Código postal (ZIP)", "19148");
        browser.findElement(By.cssSelector("input[type=submit][value='Firmar']")).click();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> frameAddress(driver).contains("/embed/thanks"));
        // The form's address ends in its error summary's id, which the redirect carries on.
        String thanks = frameAddress(browser).replaceFirst("#error-summary$", "");
        assertTrue(thanks.endsWith("/campaigns/" + slug + "/embed/thanks?lang=es"), thanks);
        assertEquals("Casi listo: revise su correo", browser.findElement(By.tagName("h1")).getText());
        screenshot(browser, "embed-thanks-412.png");
        browser.switchTo().defaultContent();
        assertEquals(partnerPage, browser.getCurrentUrl(), "the partner's page stays where it was");

        ReceivedMail mail = mailbox().await(email, 1).get(0);
        assertTrue(mail.subject().startsWith("Confirme su firma"), mail.subject());
        assertEquals(302, site().confirm(Mailbox.confirmToken(mail)).status());
    }

    @Test
    void theFrameGrowsToFitTheFormOnAPageThatListens() {
        WebDriver browser = browser("en-US,en", 412, 915, true);
        browser.get(partner + "/?frame=" + base + "campaigns/" + slug + "/embed");
        WebElement frame = new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.findElement(By.id("firmas-petition")));

        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> frame.getSize().getHeight() != 1100);
        enterFrame(browser);
        long content = ((Number) script(browser, "return Math.ceil(document.documentElement.getBoundingClientRect().height)")).longValue();
        browser.switchTo().defaultContent();
        assertTrue(content > 1100, "the form is taller than the frame the partner gave it: " + content);
        assertEquals(content, frame.getSize().getHeight(), 2.0);
    }

    @Test
    void withoutJavaScriptASignatureFromTheFrameIsTakenAndThankedInTheFormsLanguage() {
        PetitionSite site = site();
        PetitionSite.Page form = site.get("campaigns/" + slug + "/embed?lang=es", "en-US,en");
        SignatureForm signature = SignatureForm.valid();

        PetitionSite.Page answer = site.sign(form, signature, "en-US,en");

        assertEquals(302, answer.status(), answer.body());
        assertTrue(answer.location().endsWith("/campaigns/" + slug + "/embed/thanks?lang=es"), answer.location());
        assertTrue(mailbox().await(signature.get("email"), 1).get(0).subject().startsWith("Confirme su firma"));
    }

    @Test
    void aRefusedFormComesBackInTheFrameInItsLanguage() {
        PetitionSite site = site();
        PetitionSite.Page form = site.get("campaigns/" + slug + "/embed?lang=es", "en-US,en");

        PetitionSite.Page refused = site.sign(form, SignatureForm.valid().withEmail("lucia..ortiz@example.net"), "en-US,en");

        assertEquals(200, refused.status());
        assertEquals("Hay un problema", refused.document().selectFirst("#error-summary-title").text());
        assertTrue(refused.document().selectFirst("form#sign").attr("action").endsWith("/campaigns/" + slug + "/embed?lang=es#error-summary"));
        assertTrue(refused.header("Content-Security-Policy").contains("frame-ancestors " + partner + ";"));
        assertNull(refused.header("X-Frame-Options"));
        assertTrue(refused.headers().entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase("Set-Cookie"))
                .flatMap(header -> header.getValue().stream()).noneMatch(cookie -> cookie.startsWith("JSESSIONID")),
                "no session, nothing a partner's frame would lose");
    }

    @Test
    void aSiteTheCampaignDoesNotListGetsAnEmptyFrame() throws IOException {
        WebDriver browser = browser("es-419,es", 1280, 900, true);

        browser.get(partner + "/?frame=" + base + "campaigns/" + slug + "/embed");
        enterFrame(browser);
        assertEquals(1, browser.findElements(By.cssSelector("form#sign")).size(), "the listed partner shows the form");
        screenshot(browser.switchTo().defaultContent(), "embed-desktop.png");

        browser.get(stranger + "/?frame=" + base + "campaigns/" + slug + "/embed");
        assertRefused(browser);
    }

    @Test
    void aCampaignWithoutSitesAndEveryOtherPageRefuseEvenAListedSite() throws IOException {
        String unlisted = campaign("open", "");
        WebDriver browser = browser("en-US,en", 1280, 900, true);

        browser.get(partner + "/?frame=" + base + "campaigns/" + unlisted + "/embed");
        assertRefused(browser);
        browser.get(partner + "/?frame=" + base + "campaigns/" + slug);
        assertRefused(browser);
    }

    @Test
    void onlyTheEmbedNamesWhoMayFrameIt() throws IOException {
        String unlisted = campaign("open", "");
        PetitionSite site = site();

        PetitionSite.Page embed = site.get("campaigns/" + slug + "/embed", "en");
        assertTrue(embed.header("Content-Security-Policy").contains("frame-ancestors " + partner + ";"), embed.header("Content-Security-Policy"));
        assertNull(embed.header("X-Frame-Options"));
        PetitionSite.Page thanks = site.get("campaigns/" + slug + "/embed/thanks?lang=es", "en");
        assertTrue(thanks.header("Content-Security-Policy").contains("frame-ancestors " + partner + ";"));
        for (String path : List.of("campaigns/" + slug, "campaigns/" + slug + "/thanks", "campaigns/" + unlisted + "/embed", "",
                "privacy.xhtml", "sign/challenge", "static/embed.js")) {
            PetitionSite.Page page = site.get(path, "en");
            assertTrue(page.header("Content-Security-Policy").contains("frame-ancestors 'none';"), path + ": " + page.header("Content-Security-Policy"));
            assertEquals("DENY", page.header("X-Frame-Options"), path);
        }
    }

    @Test
    void aClosedCampaignsFrameSaysSoAndHasNoForm() throws IOException {
        String closed = campaign("closed", "embed_origins:\n  - \"" + partner + "\"\n");

        PetitionSite.Page embed = site().get("campaigns/" + closed + "/embed?lang=es", "en");

        assertEquals(200, embed.status());
        assertTrue(embed.document().select("form#sign").isEmpty());
        assertFalse(embed.document().select("p.badge-closed").text().isBlank(), embed.body());
    }

    /** The partner's page holds one frame; its address comes in the query, as a partner would write it into the page. */
    private String partnerSite() throws IOException {
        String host = base.getHost().equals("127.0.0.1") ? "localhost" : "127.0.0.1";
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            String frame = query == null ? "" : query.substring("frame=".length());
            byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Partner</title>"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body>"
                    + "<h1>A partner's newsletter</h1><iframe id=\"firmas-petition\" title=\"Petition\" src=\"" + frame
                    + "\" width=\"100%\" height=\"1100\" style=\"border:0\"></iframe>"
                    // As the console's snippet does: only messages from the petition's site, sizing the frame that sent one.
                    + "<script>addEventListener('message', function (event) {"
                    + " if (event.origin !== '" + siteOrigin() + "' || !event.data || event.data.firmas !== 'height') return;"
                    + " var frames = document.querySelectorAll('iframe[id^=\"firmas-\"]');"
                    + " for (var i = 0; i < frames.length; i++) { if (frames[i].contentWindow === event.source) {"
                    + " frames[i].style.height = event.data.height + 'px'; } } });"
                    + "</script></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        server.start();
        partners.add(server);
        return "http://" + host + ":" + server.getAddress().getPort();
    }

    private String siteOrigin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    /** A copy of the signing campaign under a name of its own, with the given status and lines added. */
    private String campaign(String status, String more) throws IOException {
        String name = "embed-" + UUID.randomUUID().toString().substring(0, 8);
        Path file = Path.of(System.getProperty("firmas.testCampaigns")).resolve(name + ".yaml");
        campaignFiles.add(file);
        String text = Files.readString(Path.of("src/test/campaigns/signing-test.yaml")).replace("status: open", "status: " + status);
        Files.writeString(file, text + (text.endsWith("\n") ? "" : "\n") + more);
        PetitionSite site = site();
        assertEquals(200, Eventually.await(RELOAD, () -> site.get("campaigns/" + name + "/embed", "en").status(), code -> code == 200));
        return name;
    }

    private static void enterFrame(WebDriver browser) {
        WebElement frame = new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> driver.findElement(By.id("firmas-petition")));
        browser.switchTo().frame(frame);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> "complete".equals(script(driver, "return document.readyState")));
    }

    /** Chromium shows its own error page in a frame the framed page refuses: none of the page is there. */
    private static void assertRefused(WebDriver browser) {
        enterFrame(browser);
        assertTrue(browser.findElements(By.cssSelector("form#sign")).isEmpty(), "no sign form in the frame");
        assertTrue(browser.findElements(By.tagName("h1")).stream().noneMatch(WebElement::isDisplayed), "no campaign title in the frame");
        browser.switchTo().defaultContent();
    }

    private static String frameAddress(WebDriver browser) {
        return String.valueOf(script(browser, "return document.URL"));
    }

    private static Object script(WebDriver browser, String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static void type(WebDriver browser, String label, String value) {
        browser.findElement(By.xpath("//label[normalize-space()='" + label + "']/following-sibling::input[1]")).sendKeys(value);
    }

    /** For a person to look at: target/embed-*.png. */
    private static void screenshot(WebDriver browser, String name) throws IOException {
        Files.write(Path.of("target", name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
