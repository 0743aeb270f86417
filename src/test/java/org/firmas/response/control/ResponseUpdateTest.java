package org.firmas.response.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.firmas.response.entity.ResponseText;
import org.firmas.update.entity.UpdateSuggested;
import org.junit.jupiter.api.Test;

class ResponseUpdateTest {

    private static final Map<String, String> TITLES = Map.of("en", "Shut down Berks", "es", "Cierren Berks", "pt", "Fechem Berks");

    @Test
    void aTranslatedResponseIsQuotedInEachReadersLanguageWithItsDocument() {
        ResponseText response = new ResponseText("council@example.org", "Marta Ruiz", LocalDate.of(2026, 12, 1), "es",
                "Gracias por su petición.\nLa estudiaremos.", Map.of("en", "Thank you for your petition.\nWe will study it."),
                "https://council.example.org/answer.pdf");
        UpdateSuggested update = ResponseUpdate.of(7, 42, response, TITLES);

        assertEquals("response:42", update.origin());
        assertEquals("Marta Ruiz answered the petition \"Shut down Berks\"", update.subjects().get("en"));
        assertEquals("Marta Ruiz respondió a la petición «Cierren Berks»", update.subjects().get("es"));
        assertEquals("""
                Marta Ruiz answered the petition on December 1, 2026:

                > Thank you for your petition.
                > We will study it.

                [Read the whole response](https://council.example.org/answer.pdf)
                """, update.bodies().get("en"));
        assertEquals("""
                Marta Ruiz respondió a la petición el 1 de diciembre de 2026:

                > Gracias por su petición.
                > La estudiaremos.

                [Leer la respuesta completa](https://council.example.org/answer.pdf)
                """, update.bodies().get("es"));
    }

    @Test
    void anUntranslatedResponseSaysInWhichLanguageItCame() {
        ResponseText response = new ResponseText("council@example.org", "Marta Ruiz", LocalDate.of(2026, 12, 1), "es",
                "Gracias por su petición.", Map.of("en", ""), null);
        UpdateSuggested update = ResponseUpdate.of(7, 42, response, TITLES);

        assertEquals("""
                Marta Ruiz answered the petition on December 1, 2026:

                In Spanish, as received:

                > Gracias por su petición.
                """, update.bodies().get("en"));
        assertEquals("""
                Marta Ruiz respondió a la petición el 1 de diciembre de 2026:

                > Gracias por su petición.
                """, update.bodies().get("es"));
        assertEquals("Marta Ruiz respondeu à petição \"Fechem Berks\"", update.subjects().get("pt"));
        assertEquals("""
                Marta Ruiz respondeu à petição em 1 de dezembro de 2026:

                Em espanhol, como foi recebida:

                > Gracias por su petición.
                """, update.bodies().get("pt"));
    }
}
