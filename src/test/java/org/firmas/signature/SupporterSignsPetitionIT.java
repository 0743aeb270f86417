package org.firmas.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.firmas.testsupport.DeliveryProgress;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.ReceivedMail;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.Supporter;
import org.firmas.testsupport.TestDatabase;
import org.firmas.testsupport.browser.BrowserTest;
import org.firmas.testsupport.browser.CampaignPageObject;
import org.firmas.testsupport.browser.ConfirmPageObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * Rosa, whose phone speaks Spanish, signs in a real browser, confirms from her mail, and sees
 * her signature counted; signing again changes nothing but brings an "already signed" mail.
 */
class SupporterSignsPetitionIT extends BrowserTest {

    private static final String CAMPAIGN = "signing-test";

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
