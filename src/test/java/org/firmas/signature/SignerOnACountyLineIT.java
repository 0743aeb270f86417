package org.firmas.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.firmas.testsupport.DeliveryProgress;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.ReceivedMail;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.TestDatabase;
import org.firmas.testsupport.browser.BrowserTest;
import org.firmas.testsupport.browser.CampaignPageObject;
import org.firmas.testsupport.browser.PageWidth;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Lucía lives in Bushkill, whose ZIP code straddles the Pike-Monroe county line: the form asks her
 * county in Spanish before it takes her signature, and only Monroe's commissioner receives it. The
 * campaign page counts signatures by county, without the number where fewer than five signed.
 */
class SignerOnACountyLineIT extends BrowserTest {

    private static final String CAMPAIGN = "county-line-test";
    private static final String COUNTED = "area-counts-test";
    private static final String ON_THE_LINE = "18324";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private PetitionSite site;

    @BeforeEach
    void open() {
        site = site();
    }

    @Test
    void withoutJavaScriptSheIsAskedHerCountyInSpanishAndOnlyThatCountysOfficialReceivesHer() {
        SignatureForm lucia = signer("Lucía");

        PetitionSite.Page asked = site.sign(CAMPAIGN, lucia, "es");

        assertEquals(200, asked.status(), asked.text());
        Document page = asked.document();
        assertEquals("¿En qué condado vive?", page.selectFirst("fieldset#sign\\:area legend").text());
        assertEquals(List.of("Pike", "Monroe"), page.select("input[type=radio][name=sign:area]").eachAttr("value"));
        assertEquals(List.of("Pike", "Monroe"), page.select("fieldset#sign\\:area label").eachText());
        Element summaryLink = page.selectFirst("#error-summary a[href=#sign:area]");
        assertEquals("Su código postal abarca más de una zona: elija aquella en la que vive, para que su firma llegue a sus "
                + "propias autoridades.", summaryLink.text());
        assertTrue(page.selectFirst("form#sign").attr("action").endsWith("#error-summary"), "the page opens on the question");
        assertEquals(lucia.get("firstName"), page.getElementById("sign:firstName").val(), "what she typed is kept");
        assertEquals(ON_THE_LINE, page.getElementById("sign:zip").val());
        assertEquals(0, signatures(lucia), "nothing is recorded before she chooses");

        PetitionSite.Page signed = site.submit(asked, "sign", withArea(lucia, "Monroe"), "es");

        assertEquals(302, signed.status(), signed.text());
        assertEquals("Monroe", TestDatabase.text("SELECT area FROM signature WHERE email_key = ?",
                TestDatabase.emailKey(lucia.get("email"))));
        ReceivedMail confirmation = mailbox().await(lucia.get("email"), 1).get(0);
        assertEquals(302, site.confirm(org.firmas.testsupport.Mailbox.confirmToken(confirmation)).status());
        String surname = lucia.get("lastName");
        Eventually.await(PATIENCE, () -> mailbox().to("commissioner@monroe.example.org").stream()
                .anyMatch(mail -> mail.text().contains(surname)), found -> found);
        DeliveryProgress.awaitBatchRound(site, mailbox());
        assertTrue(mailbox().to("commissioner@pike.example.org").stream().noneMatch(mail -> mail.text().contains(surname)),
                "Pike's commissioner does not receive a Monroe resident");
    }

    @Test
    void anAreaThatIsNotOneOfHerZipCodesCandidatesIsRefusedWithAMessage() {
        SignatureForm forged = signer("Forja");
        PetitionSite.Page campaign = site.campaign(CAMPAIGN, "es");

        PetitionSite.Page refused = site.submit(campaign, "sign", withArea(forged, "York"), "es");

        assertEquals(200, refused.status(), refused.text());
        assertEquals("La zona enviada no corresponde a su código postal: elija una de las zonas de la lista.",
                refused.fieldError("area"));
        assertTrue(refused.document().select("input[name=sign:area][checked]").isEmpty(), "nothing is chosen for her");
        assertEquals(0, signatures(forged));

        java.util.Map<String, String> withoutSurname = withArea(forged, "Pike");
        withoutSurname.put("lastName", "");
        PetitionSite.Page unfinished = site.submit(campaign, "sign", withoutSurname, "es");
        assertEquals(List.of("Pike"), unfinished.document().select("input[name=sign:area][checked]").eachAttr("value"),
                "a choice made is kept while another field is fixed");
        assertEquals(0, signatures(forged));

        PetitionSite.Page elsewhere = site.submit(campaign, "sign", withArea(signer("Otra").with("zip", "18328"), "Monroe"), "es");
        assertEquals(302, elsewhere.status(), "a ZIP code with one county takes that county, whatever was sent");
    }

    @Test
    void aCountWithFewerThanFiveSignaturesIsShownAsFewerThanFiveOnThePageAndInTheApi() {
        confirmedIn(COUNTED, "Lehigh", 4);
        confirmedIn(COUNTED, "Bucks", 5);
        pendingIn(COUNTED, "Bucks", 2);
        confirmedIn(COUNTED, null, 3);

        Document page = Eventually.await(PATIENCE, () -> site.campaign(COUNTED, "es").document(),
                shown -> shown.select(".area-table tbody tr").size() == 3 && "5".equals(countCell(shown, "Bucks")));

        assertEquals("Firmas por zona", page.selectFirst("#area-counts-heading").text());
        assertEquals(List.of("Berks", "Bucks", "Lehigh"), page.select(".area-table tbody th").eachText());
        assertEquals("menos de 5", countCell(page, "Lehigh"));
        assertEquals("5", countCell(page, "Bucks"));
        assertEquals("menos de 5", countCell(page, "Berks"), "an area nobody signed in is not told apart");
        List<String> bars = page.select("svg.area-chart rect.area-bar").eachAttr("width");
        assertEquals(List.of("0", "300", "0"), bars, "only a shown count has a bar");
        assertEquals("true", page.selectFirst("svg.area-chart").attr("aria-hidden"), "the table speaks for the chart");

        String api = site.get("api/campaigns/" + COUNTED, "en").body().replaceAll("\\s", "");
        assertTrue(api.contains("\"areas\":[{\"name\":\"Berks\",\"count\":null,\"fewerThan\":5},"
                + "{\"name\":\"Bucks\",\"count\":5},{\"name\":\"Lehigh\",\"count\":null,\"fewerThan\":5}]"), api);
        assertEquals(12, Eventually.await(PATIENCE, () -> site.apiCount(COUNTED), count -> count == 12),
                "signatures without an area count in the total");

        confirmedIn(COUNTED, "Lehigh", 1);
        Document five = Eventually.await(PATIENCE, () -> site.campaign(COUNTED, "en").document(),
                shown -> "5".equals(countCell(shown, "Lehigh")));
        assertEquals("fewer than 5", countCell(five, "Berks"));

        // Berks alone hidden with one signer: the total minus Bucks and Lehigh would name that signer.
        confirmedIn(COUNTED, "Berks", 1);
        Document withheld = Eventually.await(PATIENCE, () -> site.campaign(COUNTED, "en").document(),
                shown -> "not shown".equals(countCell(shown, "Bucks")));
        assertEquals(List.of("fewer than 5", "not shown", "5"), withheld.select(".area-table tbody td").eachText());
        String apiAfter = site.get("api/campaigns/" + COUNTED, "en").body().replaceAll("\\s", "");
        assertTrue(apiAfter.contains("\"areas\":[{\"name\":\"Berks\",\"count\":null,\"fewerThan\":5},"
                + "{\"name\":\"Bucks\",\"count\":null,\"withheld\":true},{\"name\":\"Lehigh\",\"count\":5}]"), apiAfter);
    }

    @Test
    void onAPhoneTheQuestionAndTheCountsFitTheScreenInSpanish() {
        confirmedIn(CAMPAIGN, "Pike", 7);
        confirmedIn(CAMPAIGN, "Monroe", 12);
        WebDriver browser = browser("es", 412, 823, true);
        SignatureForm form = signer("Pantalla");
        CampaignPageObject page = CampaignPageObject.open(browser, base + "campaigns/" + CAMPAIGN);
        page.type("Nombre", form.get("firstName")).type("Apellido", form.get("lastName"))
                .type("Correo electrónico", form.get("email")).type("Código postal (ZIP)", ON_THE_LINE);

        page.press("Firmar");

        Eventually.await(PATIENCE, () -> page.findAll("fieldset.area-choice input[type=radio]").size(), count -> count == 2);
        assertEquals("¿En qué condado vive?", page.find("fieldset.area-choice legend").getText());
        assertEquals(page.find("#error-summary"), page.target(), "the page opens on the list that leads to the question");
        PageWidth.screenshot(browser, "county-line-chooser-es-412");
        close(browser, page.find("fieldset.area-choice"), "county-line-question-es-412");
        assertTrue(PageWidth.scrollWidth(browser) <= 412, () -> "wider than the phone: " + PageWidth.overflowing(browser));

        CampaignPageObject counts = CampaignPageObject.open(browser, base + "campaigns/" + CAMPAIGN);
        Eventually.await(PATIENCE, () -> counts.findAll(".area-table tbody tr").size(), rows -> rows == 2);
        assertNotEquals(0, counts.find("svg.area-chart").getSize().getHeight());
        PageWidth.screenshot(browser, "area-counts-es-412");
        close(browser, counts.find("section.area-counts"), "area-counts-section-es-412");
        assertTrue(PageWidth.scrollWidth(browser) <= 412, () -> "wider than the phone: " + PageWidth.overflowing(browser));
    }

    /** A picture of one part of the page at its own size, beside the whole page's in target/console-screens. */
    private static void close(WebDriver browser, WebElement element, String name) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", element);
        try {
            Files.write(Path.of("target", "console-screens", name + ".png"), element.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SignatureForm signer(String name) {
        return SignatureForm.valid().with("firstName", name).with("lastName", "Línea" + UUID.randomUUID().toString().substring(0, 6))
                .with("zip", ON_THE_LINE);
    }

    private static java.util.Map<String, String> withArea(SignatureForm form, String area) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (String field : List.of("firstName", "lastName", "email", "zip")) {
            fields.put(field, form.get(field));
        }
        fields.put("area", area);
        return fields;
    }

    private static long signatures(SignatureForm form) {
        return TestDatabase.number("SELECT COUNT(*) FROM signature WHERE email_key = ?", TestDatabase.emailKey(form.get("email")));
    }

    private static String countCell(Document page, String area) {
        return page.select(".area-table tbody tr").stream().filter(row -> row.selectFirst("th").text().equals(area))
                .map(row -> row.selectFirst("td").text()).findFirst().orElse(null);
    }

    private static void confirmedIn(String slug, String area, int signers) {
        insert(slug, area, signers, "CONFIRMED");
    }

    private static void pendingIn(String slug, String area, int signers) {
        insert(slug, area, signers, "PENDING");
    }

    private static void insert(String slug, String area, int signers, String status) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        TestDatabase.number("WITH added AS (INSERT INTO signature (id, campaign_id, email_key, email, first_name, last_name, "
                        + "zip, language, status, created_at, confirmed_at, area) "
                        + "SELECT nextval('signature_seq'), c.id, 'count' || ? || g || '@example.net', ?, 'Count' || g, 'Signer', '18036', "
                        + "'es', ?, now(), CASE WHEN ? = 'CONFIRMED' THEN now() END, CAST(? AS VARCHAR) "
                        + "FROM generate_series(1, ?) g, campaign c WHERE c.slug = ? RETURNING 1) SELECT COUNT(*) FROM added",
                run, TestDatabase.encrypted("count@example.net"), status, status, area, signers, slug);
    }
}
