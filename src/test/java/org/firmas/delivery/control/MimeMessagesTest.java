package org.firmas.delivery.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Properties;
import org.firmas.delivery.entity.MailContent;
import org.junit.jupiter.api.Test;

class MimeMessagesTest {

    private static final Session SESSION = Session.getInstance(new Properties());

    @Test
    void bothBodiesArriveAsWrittenInAnyLanguage() throws Exception {
        String text = "Gracias por firmar, Ana. Confirme su firma aquí: https://firmas.example/confirm/"
                + "x".repeat(120) + "\nAcción en Filadelfia — ¡no más acceso de ICE a PARS!";
        String html = "<p>Gracias por firmar, <b>Ana</b>.</p><p>" + "señal ".repeat(40) + "</p>";

        Multipart alternatives = (Multipart) sentAndReceived(new MailContent("¿Confirma su firma?", text, html, null, null)).getContent();

        // Mail travels with CRLF line ends; the words must come back as they were.
        assertEquals(text, alternatives.getBodyPart(0).getContent().toString().replace("\r\n", "\n"));
        assertEquals(html, alternatives.getBodyPart(1).getContent());
    }

    @Test
    void textPartsSayTheirEncodingInsteadOfHavingItGuessed() throws Exception {
        Multipart alternatives = (Multipart) sentAndReceived(new MailContent("Plain", "Only ASCII here.", "<p>Only ASCII.</p>", null, null)).getContent();

        for (int i = 0; i < alternatives.getCount(); i++) {
            BodyPart part = alternatives.getBodyPart(i);
            assertArrayEquals(new String[] {"quoted-printable"}, part.getHeader("Content-Transfer-Encoding"));
        }
    }

    @Test
    void answersGoToTheOrganizerNamedAsReplyToAndOnlyWhenThereIsOne() throws Exception {
        MailContent content = new MailContent("Petition: x", "text", "<p>html</p>", null, null);
        MimeMessage answered = sentAndReceived(MimeMessages.of("<test-2@firmas.example>", content, "mayor@example.org",
                "organizers@juntos.example.org", null, SESSION, new InternetAddress("petitions@juntos.example.org")));

        assertArrayEquals(new String[] {"organizers@juntos.example.org"}, answered.getHeader("Reply-To"));
        assertEquals(null, sentAndReceived(content).getHeader("Reply-To"), "no Reply-To of its own: answers go to the sender");
    }

    @Test
    void anUpdateCarriesTheOneClickUnsubscribeHeadersOfRfc8058AndOtherMailsDoNot() throws Exception {
        MailContent content = new MailContent("News", "text", "<p>html</p>", null, null);
        MimeMessage update = sentAndReceived(MimeMessages.of("<test-3@firmas.example>", content, "ana@example.org", null,
                "https://firmas.example/unsubscribe/abc?update=10", SESSION, new InternetAddress("firmas@firmas.example")));

        assertArrayEquals(new String[] {"<https://firmas.example/unsubscribe/abc?update=10>"}, update.getHeader("List-Unsubscribe"));
        assertArrayEquals(new String[] {"List-Unsubscribe=One-Click"}, update.getHeader("List-Unsubscribe-Post"));
        assertEquals(null, sentAndReceived(content).getHeader("List-Unsubscribe"));
        assertEquals(null, sentAndReceived(content).getHeader("List-Unsubscribe-Post"));
    }

    private static MimeMessage sentAndReceived(MailContent content) throws Exception {
        return sentAndReceived(MimeMessages.of("<test-1@firmas.example>", content, "ana@example.org", SESSION,
                new InternetAddress("firmas@firmas.example")));
    }

    private static MimeMessage sentAndReceived(MimeMessage message) throws Exception {
        message.saveChanges();
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        message.writeTo(wire);
        return new MimeMessage(SESSION, new ByteArrayInputStream(wire.toByteArray()));
    }
}
