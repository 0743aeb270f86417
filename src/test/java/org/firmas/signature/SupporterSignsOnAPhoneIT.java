package org.firmas.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.firmas.testsupport.DeliveryProgress;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.ReceivedMail;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.Supporter;
import org.firmas.testsupport.TestDatabase;
import org.firmas.testsupport.browser.BrowserTest;
import org.firmas.testsupport.browser.CampaignPageObject;
import org.firmas.testsupport.browser.ConfirmPageObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Supporters sign from their phones. Rosa, whose phone speaks Spanish, signs in a real browser,
 * confirms from her mail, and sees her signature counted; signing again changes nothing but brings
 * an "already signed" mail. Pedro signs from a phone (412 by 823 pixels) and Ana from a laptop: the
 * form is within reach from the first screen, a signature the server refuses lands them on the list
 * of what to fix, with or without JavaScript, and the browser catches a mistyped ZIP code or address
 * first. Only Rosa's signatures are confirmed on the campaign whose count she watches. Joana, whose
 * phone speaks Brazilian Portuguese, signs and is mailed in Portuguese; a campaign without
 * Portuguese texts shows her its English ones.
 */
class SupporterSignsOnAPhoneIT extends BrowserTest {

    private static final String CAMPAIGN = "signing-test";
    private static final Duration RELOAD = Duration.ofSeconds(15);

    private Path longCampaign;
    private Path longCampaignImage;

    @AfterEach
    void removeLongCampaign() throws IOException {
        if (longCampaign != null) {
            Files.deleteIfExists(longCampaign);
        }
        if (longCampaignImage != null) {
            Files.deleteIfExists(longCampaignImage);
        }
    }

    @Test
    void withoutJavaScriptARefusedSignatureOpensOnTheListOfProblemsInSpanish() {
        WebDriver browser = browser("es-419,es", 412, 823, false);
        CampaignPageObject page = refusedSignature(browser, "Nombre", "Apellido", "Correo electrónico", "Código postal (ZIP)", "Firmar");

        WebElement summary = page.find("#error-summary");
        assertEquals("Hay un problema", page.find("#error-summary-title").getText());
        assertInWindow(page, summary);
        assertTrue(page.url().endsWith("#error-summary"), page.url());
        assertEquals(summary, page.target(), "the summary is the address's target");
        assertTrue(page.title().startsWith("Error: "), page.title());
        assertLinksLeadToTheFields(page, summary, "sign:firstName", "sign:email");
    }

    @Test
    void withJavaScriptARefusedSignatureFocusesTheListOfProblemsInEnglish() {
        WebDriver browser = browser("en-US,en", 412, 823, true);
        CampaignPageObject page = refusedSignature(browser, "First name", "Last name", "Email", "ZIP code", "Sign");

        WebElement summary = page.find("#error-summary");
        assertEquals("There is a problem", page.find("#error-summary-title").getText());
        assertInWindow(page, summary);
        assertEquals(summary, page.focused(), "the summary has the focus");
        assertTrue(page.title().startsWith("Error: "), page.title());
        assertLinksLeadToTheFields(page, summary, "sign:firstName", "sign:email");
    }

    @Test
    void theBrowserRefusesAShortZipAndAnAddressWithoutADotBeforeSending() {
        WebDriver browser = browser("es-419,es", 412, 823, false);
        CampaignPageObject page = CampaignPageObject.open(browser, base + "campaigns/" + CAMPAIGN);
        page.type("Nombre", "Pedro").type("Apellido", "Ruiz").type("Correo electrónico", "pedro@gmial")
                .type("Código postal (ZIP)", "1910");
        String before = page.url();

        page.tryToPress("Firmar");

        assertEquals(before, page.url(), "nothing was sent");
        assertTrue(page.findAll("#error-summary").isEmpty());
        WebElement email = page.field("Correo electrónico");
        WebElement zip = page.field("Código postal (ZIP)");
        assertEquals(Boolean.TRUE, page.property(email, "validity.patternMismatch"));
        assertEquals(Boolean.TRUE, page.property(zip, "validity.patternMismatch"));
        assertEquals("Escriba un código postal de 5 dígitos, como 19148.", zip.getAttribute("title"));
        assertEquals("Escriba un correo electrónico como nombre@ejemplo.com, por favor.", email.getAttribute("title"));

        zip.clear();
        zip.sendKeys("19148-1234");
        email.clear();
        email.sendKeys("pedro@gmail.com");
        assertEquals(Boolean.FALSE, page.property(zip, "validity.patternMismatch"), "a ZIP+4 code passes, as on the server");
        assertEquals(Boolean.FALSE, page.property(email, "validity.patternMismatch"));
    }

    @Test
    void onAPhoneTheFirstScreenLeadsToTheSignForm() throws IOException {
        String slug = longCampaign();
        WebDriver browser = browser("es-419,es", 412, 823, true);
        CampaignPageObject page = CampaignPageObject.open(browser, base + "campaigns/" + slug);

        assertEquals(412, page.windowWidth());
        assertEquals(823, page.windowHeight());
        WebElement jump = page.find("a.sign-jump");
        assertTrue(jump.isDisplayed());
        assertEquals("Firmar la petición", jump.getText());
        assertInWindow(page, jump);
        assertTrue(page.topInWindow(page.find("form#sign")) > page.windowHeight(), "the form itself is further down");

        jump.click();

        assertInWindow(page, page.find("#sign-heading"));
    }

    @Test
    void onAWideScreenTheSignFormStandsBesideThePetitionInTheFirstScreen() throws IOException {
        String slug = longCampaign();
        WebDriver browser = browser("en-US,en", 1280, 800, true);
        CampaignPageObject page = CampaignPageObject.open(browser, base + "campaigns/" + slug);

        WebElement form = page.find("form#sign");
        WebElement petition = page.find(".petition blockquote");
        assertTrue(page.left(form) >= page.right(petition), "form at " + page.left(form) + ", petition ends at " + page.right(petition));
        assertInWindow(page, page.find("#sign-heading"));
        assertInWindow(page, page.find("h1"));
        assertFalse(page.find("a.sign-jump").isDisplayed(), "no jump link where the form is in sight");
    }

    @Test
    void oneSignatureOfAGoalOfTenThousandStillFillsASliverOfTheBar() throws IOException {
        String slug = longCampaign();
        PetitionSite site = new PetitionSite(toUri(base));
        SignatureForm form = SignatureForm.valid();
        site.sign(slug, form, "en");
        site.confirm(Mailbox.confirmToken(mailbox().await(form.get("email"), 1).get(0)));
        WebDriver browser = browser("en-US,en", 412, 823, true);

        long shown = Eventually.await(RELOAD, () -> CampaignPageObject.open(browser, base + "campaigns/" + slug).shownCount(),
                count -> count == 1);

        assertEquals(1, shown);
        CampaignPageObject page = CampaignPageObject.open(browser, base + "campaigns/" + slug);
        assertTrue(page.find(".progress-count").getText().startsWith("1 "), page.find(".progress-count").getText());
        int filled = filledPixels(page.find("progress"));
        assertTrue(filled >= 40, "filled pixels: " + filled);
    }

    @Test
    void aPortugueseSpeakerSignsFromHerPhoneAndIsMailedInPortuguese() throws IOException {
        WebDriver browser = browser("pt-BR,pt", 412, 823, false);
        String email = "joana." + UUID.randomUUID().toString().substring(0, 8) + "@example.net";

        CampaignPageObject page = CampaignPageObject.open(browser, base + "campaigns/" + CAMPAIGN);
        assertEquals("pt", page.language());
        assertEquals("Petição de teste para assinar", page.heading());
        assertEquals(List.of("en", "es"), switchLanguages(page), "the switch offers the campaign's other languages");
        assertFitsThePhone(page);
        page.type("Nome", "Joana").type("Sobrenome", "Silva").type("E-mail", email).type("CEP (ZIP code)", "19148").press("Assinar");

        assertEquals("Quase pronto: veja o seu e-mail", page.heading());
        assertFitsThePhone(page);
        ReceivedMail confirmation = mailbox().await(email, 1).get(0);
        assertEquals("Confirme a sua assinatura: Petição de teste para assinar", confirmation.subject());
        assertTrue(confirmation.text().startsWith("Obrigado por assinar \"Petição de teste para assinar\""), confirmation.text());
        assertTrue(confirmation.html().contains("Retirar minha assinatura e apagar meus dados"), "a withdraw link in every mail");
        ConfirmPageObject confirm = ConfirmPageObject.open(browser, base + "confirm/" + Mailbox.confirmToken(confirmation));
        assertEquals("Confirme a sua assinatura", confirm.heading());
        confirm.confirm("Confirmar minha assinatura");
        assertEquals("Obrigado! A sua assinatura conta.", CampaignPageObject.open(browser, browser.getCurrentUrl()).heading());

        // A campaign whose organizers wrote no Portuguese: the site's words in Portuguese, the campaign's in English.
        String slug = campaignWithoutPortuguese();
        CampaignPageObject english = CampaignPageObject.open(browser, base + "campaigns/" + slug);
        assertEquals("pt", english.language());
        assertEquals("Test petition for signing", english.heading());
        assertEquals("en", english.find("h1").getAttribute("lang"));
        assertEquals("Assine a petição", english.find("#sign-heading").getText());
        assertEquals(List.of("es"), switchLanguages(CampaignPageObject.open(browser, base + "campaigns/" + slug + "?lang=en")),
                "the switch offers no language the campaign has no texts in");
    }

    /** Portuguese words run long: nothing may push the page wider than the phone. */
    private static void assertFitsThePhone(CampaignPageObject page) {
        double width = ((Number) page.property(page.find("html"), "scrollWidth")).doubleValue();
        assertTrue(width <= page.windowWidth(), "the page is " + width + " px wide on a phone " + page.windowWidth() + " px wide");
    }

    private static List<String> switchLanguages(CampaignPageObject page) {
        return page.findAll("nav.languages a").stream().map(link -> link.getAttribute("hreflang")).toList();
    }

    /** The signing campaign without its Portuguese texts, under a name of its own. */
    private String campaignWithoutPortuguese() throws IOException {
        String slug = "no-pt-" + UUID.randomUUID().toString().substring(0, 8);
        Path folder = Path.of(System.getProperty("firmas.testCampaigns"));
        String signing = Files.readString(folder.resolve(CAMPAIGN + ".yaml"));
        longCampaign = folder.resolve(slug + ".yaml");
        Files.writeString(longCampaign, signing.replaceFirst("(?s)\n  pt:\n.*?(?=\ntargets:)", ""));
        PetitionSite site = new PetitionSite(toUri(base));
        assertEquals(200, Eventually.await(RELOAD, () -> site.campaign(slug, "en").status(), status -> status == 200));
        return slug;
    }

    /** Types a form the browser lets through but the server refuses: an invisible character, two dots in a row. */
    private CampaignPageObject refusedSignature(WebDriver browser, String first, String last, String email, String zip, String button) {
        CampaignPageObject page = CampaignPageObject.open(browser, base + "campaigns/" + CAMPAIGN);
        page.type(first, "Pedro\u200B").type(last, "Ruiz").type(email, "pedro..ruiz@example.net").type(zip, "19148")
                .press(button);
        return page;
    }

    private static void assertInWindow(CampaignPageObject page, WebElement element) {
        double top = page.topInWindow(element);
        assertTrue(top >= 0 && top < page.windowHeight() - 20, "top at " + top + " of a window " + page.windowHeight() + " high");
    }

    private static void assertLinksLeadToTheFields(CampaignPageObject page, WebElement summary, String... fieldIds) {
        List<String> targets = summary.findElements(By.tagName("a")).stream()
                .map(link -> link.getAttribute("href").replaceFirst(".*#", "")).toList();
        assertEquals(List.of(fieldIds), targets);
        for (String id : fieldIds) {
            assertEquals("input", page.find("[id='" + id + "']").getTagName());
        }
    }

    /** Pixels of the bar in the site's accent colour: the filled part. */
    private static int filledPixels(WebElement bar) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bar.getScreenshotAs(OutputType.BYTES)));
        int filled = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                int red = (rgb >> 16) & 0xff, green = (rgb >> 8) & 0xff, blue = rgb & 0xff;
                if (Math.abs(red - 0x7a) < 40 && Math.abs(green - 0x1f) < 40 && Math.abs(blue - 0x5c) < 40) {
                    filled++;
                }
            }
        }
        return filled;
    }

    /** A campaign with the long texts of a real one (a sample campaign's), under a name of its own. */
    private String longCampaign() throws IOException {
        String slug = "long-" + UUID.randomUUID().toString().substring(0, 8);
        longCampaign = Path.of(System.getProperty("firmas.testCampaigns")).resolve(slug + ".yaml");
        Files.writeString(longCampaign, Files.readString(Path.of("campaigns", "shut-down-berks.yaml")));
        // The sample names its header image beside it; without the picture the campaign would not load.
        longCampaignImage = longCampaign.resolveSibling("berks-vigil.jpg");
        Files.copy(Path.of("campaigns", "berks-vigil.jpg"), longCampaignImage, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        PetitionSite site = new PetitionSite(toUri(base));
        assertEquals(200, Eventually.await(RELOAD, () -> site.campaign(slug, "en").status(), status -> status == 200));
        return slug;
    }

    private static java.net.URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void aSpanishSpeakerSignsConfirmsAndIsCountedOnce() throws Exception {
        WebDriver browser = browser("es-419,es");
        String email = "rosa." + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        String campaignUrl = base + "campaigns/" + CAMPAIGN;

        CampaignPageObject page = CampaignPageObject.open(browser, campaignUrl);
        assertEquals("es", page.language());
        assertEquals("Petición de prueba para firmar", page.heading());
        long before = page.shownCount();
        page.type("Nombre", "Rosa").type("Apellido", "Martínez").type("Correo electrónico", email)
                .type("Código postal (ZIP)", "19148").press("Firmar");

        // The form posts to its error summary's fragment (a refused form opens on it); the redirect keeps it.
        assertTrue(page.url().endsWith("/campaigns/" + CAMPAIGN + "/thanks#error-summary"), page.url());
        assertEquals("Casi listo: revise su correo", page.heading());
        ReceivedMail confirmation = mailbox().await(email, 1).get(0);
        assertEquals("Confirme su firma: Petición de prueba para firmar", confirmation.subject());
        assertTrue(confirmation.text().startsWith("Gracias por firmar «Petición de prueba para firmar»"), confirmation.text());
        assertTrue(confirmation.html().contains("Retirar mi firma y borrar mis datos"), "a withdraw link in every mail");

        ConfirmPageObject confirm = ConfirmPageObject.open(browser, base + "confirm/" + Mailbox.confirmToken(confirmation) + "?lang=es");
        assertEquals("Confirme su firma", confirm.heading());
        confirm.confirm("Confirmar mi firma");
        assertEquals("¡Gracias! Su firma cuenta.", CampaignPageObject.open(browser, browser.getCurrentUrl()).heading());

        assertEquals(before + 1, Eventually.await(Duration.ofSeconds(5),
                () -> CampaignPageObject.open(browser, campaignUrl).shownCount(), count -> count == before + 1));

        DeliveryProgress.awaitMailCooldownPassed(CAMPAIGN, email);
        CampaignPageObject again = CampaignPageObject.open(browser, campaignUrl);
        again.type("Nombre", "Rosa").type("Apellido", "Martínez").type("Correo electrónico", email.toUpperCase())
                .type("Código postal (ZIP)", "19148").press("Firmar");

        assertEquals("Casi listo: revise su correo", again.heading());
        List<ReceivedMail> mails = mailbox().await(email, 2);
        assertEquals("Usted ya firmó: Petición de prueba para firmar", mails.get(1).subject());
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM signature WHERE email_key = ?", TestDatabase.emailKey(email)));
        // Someone else confirms after the repeat: once the page counts them, it shows everything the repeat could have added.
        Supporter.signsAndConfirms(site(), mailbox(), CAMPAIGN, SignatureForm.valid());
        assertEquals(before + 2, Eventually.await(Duration.ofSeconds(5),
                () -> CampaignPageObject.open(browser, campaignUrl).shownCount(), count -> count >= before + 2));
    }
}
