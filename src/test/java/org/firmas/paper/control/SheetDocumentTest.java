package org.firmas.paper.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.firmas.paper.entity.SheetCode;
import org.firmas.paper.entity.SheetText;
import org.junit.jupiter.api.Test;

class SheetDocumentTest {

    private static final SheetCode CODE = new SheetCode(12, "7KQ3MX");

    private static byte[] sheet(SheetText text, PaperSize paper) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetDocument.write(text, paper, out);
        return out.toByteArray();
    }

    private static SheetText spanish(List<String> petition) {
        return new SheetText(Locale.forLanguageTag("es"), CODE, "¿Más árboles en Kensington?", petition,
                List.of("Concejala Ortiz, Distrito 7 (South)"), List.of("Juntos guarda las hojas en una oficina cerrada."), true);
    }

    @Test
    void aSpanishSheetPrintsThePetitionTheOfficialsThePrivacyNoticeAndLabelsInSpanish() throws IOException {
        String text = PdfText.all(sheet(spanish(List.of("Pedimos señales, niños seguros y acción ya.", "• Un cruce en la calle Cumberland")),
                PaperSize.LETTER));

        assertTrue(text.contains("¿Más árboles en Kensington?"), text);
        assertTrue(text.contains("Pedimos señales, niños seguros y acción ya."), text);
        assertTrue(text.contains("• Un cruce en la calle Cumberland"), text);
        assertTrue(text.contains("Concejala Ortiz, Distrito 7 (South)"), text);
        assertTrue(text.replace("\n", " ").contains("reciben su nombre y código postal por lotes, nunca su correo ni su teléfono"), text);
        assertFalse(text.contains("comentario"), "a sheet has no comment column to speak of: " + text);
        assertTrue(text.contains("Juntos guarda las hojas en una oficina cerrada."), text);
        assertTrue(text.contains("Nombre y apellido"), text);
        assertTrue(text.contains("Correo (opcional)"), text);
        assertTrue(text.replace("\n", " ").contains("Teléfono (opcional)"), text);
        assertTrue(text.contains("Firma"), text);
        assertFalse(text.contains("Signature"), "no English label: " + text);
    }

    @Test
    void everyPageCarriesTheSheetCodeAndItsPageOfTheCount() throws IOException {
        List<String> petition = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> "Párrafo " + i + ": la ciudad debe plantar árboles en cada cuadra del barrio, y cuidarlos.").toList();
        List<String> pages = PdfText.pages(sheet(spanish(petition), PaperSize.A4));

        assertTrue(pages.size() >= 2, "a long petition pushes rows onto a second page");
        for (int page = 1; page <= pages.size(); page++) {
            assertTrue(pages.get(page - 1).contains("Hoja F12-7KQ3MX · página " + page + " de " + pages.size()), pages.get(page - 1));
        }
    }

    @Test
    void rowsAreNumberedFromOneAndAtLeastTwentyOfThem() throws IOException {
        String text = PdfText.all(sheet(new SheetText(Locale.ENGLISH, CODE, "Trees", List.of("Plant trees."), List.of(), List.of(), false),
                PaperSize.LETTER));

        for (int row = 1; row <= SheetDocument.MIN_ROWS; row++) {
            assertTrue(text.contains(row + "."), "row " + row + ": " + text);
        }
        assertTrue(text.contains("Sheet F12-7KQ3MX · page 1 of "), text);
        assertTrue(text.contains("Email (optional)"), text);
        assertFalse(text.contains("Phone"), "no phone column where the campaign keeps no phone: " + text);
        assertTrue(text.contains("if you give it, your email address."), text);
        assertFalse(text.contains("Unconfirmed"), "a paper signature needs no confirming: " + text);
    }
}
