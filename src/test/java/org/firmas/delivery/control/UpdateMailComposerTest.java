package org.firmas.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.firmas.delivery.entity.MailContent;
import org.firmas.delivery.entity.UpdateMail;
import org.junit.jupiter.api.Test;

/** An update as a supporter reads it: the organizer's Markdown made safe, why it came, and how to stop it. */
class UpdateMailComposerTest {

    private static final String SITE = "https://firmas.example/";

    @Test
    void theBodyIsTheOrganizersMarkdownSanitizedWithTheUnsubscribeLinkInTheSignersLanguage() {
        MailContent mail = UpdateMailComposer.compose(update("es", "Venga a la **audiencia**.<script>alert(1)</script>"
                + "\n\n![pixel](https://tracker.example/p.gif)"), SITE, new MailHeader("Firmas", "#7a1f5c"));

        assertEquals("Audiencia el lunes", mail.subject());
        assertTrue(mail.html().contains("<strong>audiencia</strong>"), mail.html());
        assertFalse(mail.html().contains("<script"), "raw HTML is escaped: " + mail.html());
        assertFalse(mail.html().contains("<img"), "no image, so no tracking pixel: " + mail.html());
        assertTrue(mail.html().contains("href=\"https://firmas.example/unsubscribe/tok?update=7&amp;lang=es\""), mail.html());
        assertTrue(mail.html().contains("Dejar de recibir noticias de esta campaña"), mail.html());
        assertTrue(mail.html().startsWith("<!DOCTYPE html><html lang=\"es\">"), mail.html());
        assertTrue(mail.text().contains("Venga a la **audiencia**."), mail.text());
        assertTrue(mail.text().contains("https://firmas.example/unsubscribe/tok?update=7&lang=es"), mail.text());
        assertTrue(mail.text().contains("firmó \"Cerremos Berks\" en https://firmas.example"), mail.text());
    }

    @Test
    void anEnglishSignerReadsEnglishSentencesAroundTheUpdate() {
        MailContent mail = UpdateMailComposer.compose(update("en", "Come."), SITE, new MailHeader("Firmas", "#7a1f5c"));

        assertTrue(mail.text().startsWith("News of the campaign \"Cerremos Berks\"\n\nCome.\n"), mail.text());
        assertTrue(mail.text().contains("Unsubscribe from this campaign's updates:"), mail.text());
    }

    private static UpdateMail update(String language, String markdown) {
        return new UpdateMail(7, 11, "ana@example.org", language, "Cerremos Berks", "Audiencia el lunes", markdown,
                SITE + "unsubscribe/tok?update=7");
    }
}
