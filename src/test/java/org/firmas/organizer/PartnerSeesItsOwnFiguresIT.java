package org.firmas.organizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.OrganizerAccounts;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.TestDatabase;
import org.firmas.testsupport.browser.BrowserTest;
import org.firmas.testsupport.browser.PageWidth;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin gives Juntos a console account in Spanish. Supporters sign through Juntos' link with and
 * without its opt-in, through another partner's link and with no source; one withdraws. Juntos logs
 * in, sees exactly what its own link brought, downloads exactly its opted-in confirmed supporters,
 * and is refused everything else; once its key leaves the campaign, it sees nothing.
 */
class PartnerSeesItsOwnFiguresIT extends BrowserTest {

    private static final String CAMPAIGN = "partner-accounts-test";

    @Test
    void juntosSeesOnlyItsOwnFiguresAndSupporters() {
        long campaign = TestDatabase.number("SELECT id FROM campaign WHERE slug = ?", CAMPAIGN);
        String juntos = "juntos." + UUID.randomUUID().toString().substring(0, 8) + "@partners.example.org";
        createsPartnerAccountInSpanish(juntos, campaign);

        PetitionSite site = site();
        String optedIn = signsAndConfirms(site, "juntos", SignatureForm.valid().with("firstName", "Ana").with("partnerOptIn", "on"));
        TestDatabase.update("UPDATE signature SET first_name = '=Ana' WHERE email_key = ?", TestDatabase.emailKey(optedIn));
        String withdrawn = signsAndConfirms(site, "juntos", SignatureForm.valid().with("partnerOptIn", "on"));
        signsAndConfirms(site, "juntos", SignatureForm.valid());
        assertEquals(302, site.sign(site.get(page("juntos"), "es"), SignatureForm.valid().with("partnerOptIn", "on"), "es").status(),
                "signed, never confirmed");
        signsAndConfirms(site, "casa", SignatureForm.valid().with("partnerOptIn", "on"));
        signsAndConfirms(site, null, SignatureForm.valid());
        String token = Mailbox.withdrawToken(mailbox().to(withdrawn).get(0));
        site.submit(site.get("withdraw/" + token, "es"), "withdraw", Map.of(), "es");
        assertEquals(4L, Eventually.await(Duration.ofSeconds(30), () -> site.apiCount(CAMPAIGN), count -> count == 4),
                "the public count settles after the withdrawal");

        ConsoleClient partner = console().inLanguage("es");
        ConsoleClient.Response login = partner.logIn(juntos, OrganizerAccounts.PASSWORD);
        assertEquals(302, login.status(), login.text());
        assertTrue(login.location().endsWith("/organize/partner.xhtml"), login.location());
        ConsoleClient.Response own = partner.get("organize/partner.xhtml");
        assertEquals(200, own.status(), own.text());
        assertEquals("Petición de prueba con cuentas de aliadas", own.document().selectFirst("h1").text());
        assertEquals("Las firmas reunidas con el enlace de Juntos.", own.document().getElementById("partner").text());
        assertEquals(List.of("4", "3", "2", "1"), List.of(own.document().getElementById("publicCount").text(),
                own.document().getElementById("signatures").text(), own.document().getElementById("confirmed").text(),
                own.document().getElementById("optIns").text()), own.text());
        assertEquals(List.of("Sus cifras", "Cambiar la contraseña"), own.document().select(".console-nav a").eachText(),
                "a partner's navigation shows its page and the password change only");
        assertTrue(own.document().select("script").isEmpty());

        String csv = partner.get("organize/partner/supporters.csv").body();
        List<String> lines = csv.lines().toList();
        assertEquals("\ufefffirst_name,last_name,email,zip,language,confirmed_at", lines.get(0));
        assertEquals(2, lines.size(), "exactly the confirmed Juntos signer who ticked its opt-in\n" + csv);
        assertTrue(lines.get(1).startsWith("'=Ana,Martinez," + optedIn + ",19148,"), "spreadsheet-safe and decrypted: " + lines.get(1));
        assertEquals(1, TestDatabase.number("SELECT row_count FROM export_audit WHERE campaign_id = ? AND account_id = "
                + "(SELECT id FROM organizer_account WHERE email = ?)", campaign, juntos), "the download is audited");

        long other = TestDatabase.number("SELECT id FROM campaign WHERE slug = 'partners-test'");
        for (String path : List.of("organize/", "organize/dashboard.xhtml?id=" + campaign, "organize/dashboard.xhtml?id=" + other,
                "organize/signatures/" + campaign + ".csv", "organize/signatures/" + other + ".csv", "organize/accounts.xhtml",
                "organize/edit.xhtml", "organize/edit.xhtml?id=" + campaign, "organize/moderation.xhtml?id=" + campaign,
                "organize/updates.xhtml?id=" + campaign, "organize/responses.xhtml?id=" + campaign,
                "organize/preview/" + campaign, "organize/yaml/" + campaign + ".yaml", "organize/upload.xhtml", "organize/keys.xhtml",
                "organize/webhooks.xhtml?id=" + campaign)) {
            assertEquals(403, partner.get(path).status(), path);
        }
        ConsoleClient.Response refused = partner.get("organize/");
        assertEquals("Volver a sus cifras", refused.document().selectFirst("a[href$=/organize/partner.xhtml]").text(),
                "the refusal leads a partner back to its own page: " + refused.text());
        assertEquals(200, partner.get("organize/password.xhtml").status(), "a partner changes its own password");

        WebDriver phone = loggedInOnAPhone(juntos, OrganizerAccounts.PASSWORD, "partner.xhtml");
        assertEquals("2", phone.findElement(By.id("confirmed")).getText());
        assertFits(phone, "partner-console-figures-412-es");

        TestDatabase.update("UPDATE organizer_account SET partner_key = 'gone' WHERE email = ?", juntos);
        assertEquals(403, partner.get("organize/partner.xhtml").status(), "a partner no longer listed sees nothing");
        assertEquals(403, partner.get("organize/partner/supporters.csv").status());
    }

    @Test
    void aDeactivatedPartnerSeesNothing() {
        long campaign = TestDatabase.number("SELECT id FROM campaign WHERE slug = ?", CAMPAIGN);
        String casa = "casa." + UUID.randomUUID().toString().substring(0, 8) + "@partners.example.org";
        ConsoleClient admin = admin();
        createPartner(admin, casa, campaign + "/casa");
        ConsoleClient partner = console();
        assertEquals(302, partner.logIn(casa, OrganizerAccounts.PASSWORD).status());
        assertEquals(200, partner.get("organize/partner.xhtml").status());

        long id = TestDatabase.number("SELECT id FROM organizer_account WHERE email = ?", casa);
        ConsoleClient.Response accounts = admin.get("organize/accounts.xhtml");
        String button = accounts.document().select("#accounts tr").stream().filter(row -> row.text().contains(casa))
                .findFirst().orElseThrow().selectFirst("input[type=submit]").attr("name");
        ConsoleClient.Response switchedOff = admin.submit(accounts, "accounts", Map.of(), button.substring("accounts:".length()));
        assertEquals(302, switchedOff.status(), "post, redirect, get");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM organizer_account WHERE id = ? AND active", id));

        ConsoleClient.Response after = partner.get("organize/partner.xhtml");
        assertTrue(after.status() == 302 || after.status() == 403, "logged out or refused: " + after.status());
        assertTrue(partner.get("organize/partner/supporters.csv").status() != 200);
    }

    @Test
    void aPartnerAccountNeedsACampaignsPartner() {
        ConsoleClient admin = admin().inLanguage("es");
        ConsoleClient.Response refused = admin.submit(admin.get("organize/accounts.xhtml"), "newAccount", Map.of(
                "email", "nobody." + UUID.randomUUID().toString().substring(0, 8) + "@partners.example.org", "name", "Nadie",
                "role", "partner", "partner", "", "password", OrganizerAccounts.PASSWORD), "submit");
        assertEquals(200, refused.status());
        assertTrue(refused.text().contains("Elija la campaña y la aliada que ve la cuenta de aliada."), refused.text());
    }

    @Test
    void thePartnerPageFitsAPhoneInSpanish() {
        long campaign = TestDatabase.number("SELECT id FROM campaign WHERE slug = ?", CAMPAIGN);
        String juntos = "phone." + UUID.randomUUID().toString().substring(0, 8) + "@partners.example.org";
        createPartner(admin(), juntos, campaign + "/juntos");
        WebDriver browser = loggedInOnAPhone(juntos, OrganizerAccounts.PASSWORD, "partner.xhtml");
        assertEquals("Descargar CSV", browser.findElement(By.id("export")).getText());
        assertFits(browser, "partner-console-412-es");

        WebDriver admin = loggedInOnAPhone(System.getProperty("firmas.adminEmail"), System.getProperty("firmas.adminPassword"), "index.xhtml");
        admin.get(base + "organize/accounts.xhtml");
        assertFits(admin, "accounts-with-partners-412-es");
    }

    private WebDriver loggedInOnAPhone(String email, String password, String landing) {
        WebDriver browser = browser("es", 412, 823, false);
        browser.get(base + "organize/login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> driver.getCurrentUrl().contains(landing));
        return browser;
    }

    private static void assertFits(WebDriver browser, String name) {
        PageWidth.screenshot(browser, name);
        long wide = PageWidth.scrollWidth(browser);
        assertTrue(wide <= 412, name + " is " + wide + " px wide; too wide: " + PageWidth.overflowing(browser));
    }

    private void createsPartnerAccountInSpanish(String email, long campaign) {
        ConsoleClient admin = admin().inLanguage("es");
        ConsoleClient.Response form = admin.get("organize/accounts.xhtml");
        assertTrue(form.document().select("#newAccount\\:partner option").eachText()
                .contains("Petición de prueba con cuentas de aliadas · Juntos"), form.text());
        ConsoleClient.Response created = admin.act(form, "newAccount", Map.of("email", email, "name", "Juntos",
                "role", "partner", "partner", campaign + "/juntos", "password", OrganizerAccounts.PASSWORD), "submit");
        assertTrue(created.text().contains("Cuenta creada."), created.text());
        String row = created.document().select("#accounts tr").stream().filter(candidate -> candidate.text().contains(email))
                .findFirst().orElseThrow().text();
        assertTrue(row.contains("Aliada") && row.contains("Petición de prueba con cuentas de aliadas · Juntos"), row);
    }

    private static void createPartner(ConsoleClient admin, String email, String partner) {
        ConsoleClient.Response created = admin.submit(admin.get("organize/accounts.xhtml"), "newAccount", Map.of("email", email,
                "name", "Partner", "role", "partner", "partner", partner, "password", OrganizerAccounts.PASSWORD), "submit");
        assertEquals(302, created.status(), created.text());
    }

    private String signsAndConfirms(PetitionSite site, String source, SignatureForm form) {
        String path = source == null ? "campaigns/" + CAMPAIGN : page(source);
        assertEquals(302, site.sign(site.get(path, "es"), form, "es").status(), "signed");
        assertEquals(302, site.confirm(Mailbox.confirmToken(mailbox().await(form.get("email"), 1).get(0))).status(), "confirmed");
        return form.get("email");
    }

    private static String page(String source) {
        return "campaigns/" + CAMPAIGN + "?source=" + source;
    }
}
