package org.firmas.paper.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.firmas.campaign.entity.Target;
import org.firmas.delivery.entity.PacketFacts;
import org.firmas.delivery.entity.PacketSigner;
import org.firmas.paper.entity.PacketText;
import org.junit.jupiter.api.Test;

class PacketDocumentTest {

    private static final List<PacketSigner> SIGNERS = List.of(
            new PacketSigner("José Núñez, 19147", "South", "¡Queremos árboles!", false),
            new PacketSigner("Conceição Gonçalves, 19130", "North", null, true),
            new PacketSigner("Αλέξανδρος 山田 שרה, 19121", null, null, false),
            new PacketSigner("\uD80C\uDC00 Hieroglyph, 19148", "South", null, false));

    private static byte[] packet(PacketText text, List<PacketSigner> signers) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long listed = PacketDocument.write(text, sink -> {
            signers.forEach(sink);
            return signers.size();
        }, PaperSize.LETTER, out);
        assertEquals(signers.size(), listed);
        return out.toByteArray();
    }

    private static PacketText spanish(Target target) {
        Map<String, Long> byArea = new TreeMap<>(Map.of("South", 2L, "North", 1L));
        return new PacketText(Locale.forLanguageTag("es"), LocalDate.of(2026, 12, 6), "Árboles para Kensington",
                List.of("Pedimos que la ciudad plante árboles."), target, new PacketFacts("Juntos", "Ana Ortiz", "https://firmas.example.org/campaigns/arboles?lang=es", 4, 2, byArea));
    }

    @Test
    void theLetterAddressesTheOfficialWithTheTotalsByAreaAndThePetitionInSpanish() throws IOException {
        String text = PdfText.all(packet(spanish(new Target("Concejala Ortiz", "Distrito 7", "ortiz@council.example.org", "South", "es")), SIGNERS));

        assertTrue(text.contains("Estimado/a Concejala Ortiz:"), text);
        assertTrue(text.contains("«Árboles para Kensington»"), text);
        assertTrue(text.contains("2 de residentes de South en total"), text);
        assertTrue(text.contains("4 en toda la petición"), text);
        assertTrue(text.contains("Firmas por área:"), text);
        assertTrue(text.contains("North: 1"), text);
        assertTrue(text.contains("Pedimos que la ciudad plante árboles."), text);
        assertTrue(text.contains("Ana Ortiz"), text);
        assertTrue(text.contains("6 de diciembre de 2026"), text);
        assertTrue(text.contains("Lea la petición y siga su avance:\nhttps://firmas.example.org/campaigns/arboles?lang=es"), text);
    }

    @Test
    void signersAreListedByNameZipAndAreaWhateverTheirScriptAndNeverByEmail() throws IOException {
        String text = PdfText.all(packet(spanish(new Target("Board", "County Board", "board@council.example.org", null, "es")), SIGNERS));

        assertTrue(text.contains("1. José Núñez, 19147 South"), text);
        assertTrue(text.contains("¡Queremos árboles!"), text);
        assertTrue(text.contains("2. Conceição Gonçalves, 19130 (firmó en papel) North"), "marked as the batch mail marks a paper signer: " + text);
        assertTrue(text.contains("1. José Núñez, 19147 South"), "an online signer is not marked: " + text);
        assertTrue(text.contains("Αλέξανδρος"), "a script the font has prints: " + text);
        assertTrue(text.contains("3. "), text);
        assertTrue(text.contains("4. ? Hieroglyph, 19148"), "a letter the font lacks is replaced, not fatal: " + text);
        assertFalse(text.contains("@"), "no email address anywhere: " + text);
    }

    @Test
    void everyPageOfALongPacketSaysItsPageOfTheCount() throws IOException {
        List<PacketSigner> many = java.util.stream.IntStream.rangeClosed(1, 150)
                .mapToObj(i -> new PacketSigner("Signer " + i + ", 19" + (100 + i), null, null, false)).toList();
        PacketText english = new PacketText(Locale.ENGLISH, LocalDate.of(2026, 12, 6), "Trees", List.of("Plant trees."),
                new Target("Board", "County Board", "board@example.org", null, "en"), new PacketFacts("Juntos", null, "https://firmas.example.org/campaigns/trees?lang=en", 150, 150, Map.of()));
        List<String> pages = PdfText.pages(packet(english, many));

        assertTrue(pages.size() >= 3, "a letter page and signers over two or more");
        for (int page = 1; page <= pages.size(); page++) {
            assertTrue(pages.get(page - 1).contains("Trees · page " + page + " of " + pages.size()), pages.get(page - 1));
        }
        String text = String.join("\n", pages);
        assertTrue(text.contains("150 signatures in all"), text);
        assertTrue(text.contains("150. Signer 150, 19250"), text);
        assertFalse(text.contains("by area"), "no areas, no counts by area");
    }

    @Test
    void aPacketWithoutSignersSaysSo() throws IOException {
        PacketText english = new PacketText(Locale.ENGLISH, LocalDate.of(2026, 12, 6), "Trees", List.of("Plant trees."),
                new Target("Board", "County Board", "board@example.org", null, "en"), new PacketFacts("Juntos", null, "https://firmas.example.org/campaigns/trees?lang=en", 0, 0, Map.of()));

        assertTrue(PdfText.all(packet(english, List.of())).contains("No confirmed signatures yet."));
    }
}
