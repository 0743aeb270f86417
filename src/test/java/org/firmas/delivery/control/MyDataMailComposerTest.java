package org.firmas.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.firmas.delivery.entity.MailContent;
import org.firmas.delivery.entity.MyDataLinkMail;
import org.junit.jupiter.api.Test;

/** The mail with a supporter's "my data" link, in the language they asked in, saying how long the link works. */
class MyDataMailComposerTest {

    private static final String SITE = "https://firmas.example/";
    private static final String TOKEN = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdE";

    @Test
    void theLinkCarriesTheTokenAndTheLanguageInBothBodies() {
        MailContent mail = MyDataMailComposer.compose(new MyDataLinkMail(5, "k", "ana@example.org", "es", TOKEN, 60), SITE, new MailHeader("Firmas", "#7a1f5c"));

        assertEquals("Sus datos en nuestras peticiones", mail.subject());
        assertTrue(mail.text().contains("https://firmas.example/my-data/" + TOKEN + "?lang=es"), mail.text());
        assertTrue(mail.html().contains("href=\"https://firmas.example/my-data/" + TOKEN + "?lang=es\""), mail.html());
        assertTrue(mail.text().contains("durante 60 minutos"), mail.text());
        assertTrue(mail.html().startsWith("<!DOCTYPE html><html lang=\"es\">"), mail.html());
        assertTrue(mail.html().contains("background:#7a1f5c;") && mail.html().contains(">Firmas</div>"), "the organization's band, as on its other mails: " + mail.html());
    }

    @Test
    void anEnglishRequestGetsEnglish() {
        MailContent mail = MyDataMailComposer.compose(new MyDataLinkMail(5, "k", "ana@example.org", "en", TOKEN, 60), SITE, new MailHeader("Firmas", "#7a1f5c"));

        assertEquals("Your data on our petitions", mail.subject());
        assertTrue(mail.text().contains("This link works for 60 minutes."), mail.text());
        assertTrue(mail.text().contains("See my data:\nhttps://firmas.example/my-data/" + TOKEN), mail.text());
    }
}
