package org.firmas.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.firmas.paper.control.PaperImportCheck;
import org.firmas.testsupport.ConsoleCampaignForm;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.FirmasIT;
import org.firmas.testsupport.ReceivedMail;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.Supporter;
import org.firmas.testsupport.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Juntos types up the sheets signed at tables after Mass and imports them: a file with bad rows is
 * refused with their lines and saves nothing; fixed, it is imported at once, the totals say how many
 * were signed on paper, the official's next batch marks those signers, and undoing the import takes
 * them all away again.
 */
class OrganizerImportsPaperSignaturesIT extends FirmasIT {

    private static final int ROWS = 200;

    @Test
    void anOrganizerImportsTypedUpSheetsSeesThemCountedAndDeliveredAndUndoesTheImport() {
        ConsoleClient console = admin();
        String slug = "paper-" + UUID.randomUUID().toString().substring(0, 8);
        String official = slug + "@officials.example.org";
        long id = ConsoleCampaignForm.bilingual(slug).with("targets:0:email", official)
                .with("everySignatures", "100000").with("everyHours", "8000").createWith(console);
        console.act(console.get("organize/dashboard.xhtml?id=" + id), "lifecycle", Map.of(), "publish");
        SignatureForm neighbour = Supporter.signsAndConfirms(site(), mailbox(), slug, SignatureForm.valid());

        String paperPage = console.get("organize/dashboard.xhtml?id=" + id).document().getElementById("paper").attr("href");
        assertTrue(paperPage.endsWith("/organize/paper.xhtml?id=" + id), paperPage);
        String template = new String(console.download(console.get(paperPage).document().getElementById("template").attr("href")),
                StandardCharsets.UTF_8);
        assertTrue(template.contains("\nsheet_code,event_name,event_date,event_place,collected_by,name,zip,email,phone,area\r\n"), template);
        assertTrue(new String(console.download("organize/paper-template/" + id + ".csv?lang=es"), StandardCharsets.UTF_8)
                .contains("# Firmas en papel: una fila por firmante"), "the template's explanations in Spanish");

        List<String> rows = rows(id, neighbour.get("email"));
        String withMistakes = typedUp(template, rows, Map.of(11, row(id, 11, "1910", ""), 140,
                row(id, 140, "19104", "").replaceFirst("^F" + id + "-", "F999999-")));
        Document refused = console.upload(console.get(paperPage), "check", Map.of("file", csv(withMistakes)), "check").document();
        assertEquals(List.of("Line 17, ZIP: \"1910\" is not a ZIP code of 5 digits (or ZIP+4, such as 19104-1234).",
                "Line 146, sheet code: F999999-9ZZ4NB is a sheet of another campaign."), refused.select("#problems li").eachText());
        assertNull(refused.getElementById("import"), "nothing can be imported while a row is wrong");
        Document inSpanish = console.inLanguage("es").upload(console.get(paperPage), "check", Map.of("file", csv(withMistakes)), "check").document();
        assertTrue(inSpanish.select("#problems li").eachText().contains("Línea 17, código postal: \"1910\" no es un código postal de 5 dígitos (o ZIP+4, como 19104-1234)."),
                inSpanish.select("#problems").text());
        console.inLanguage("en");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM paper_import WHERE campaign_id = ?", id), "checking saves nothing");
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM signature WHERE campaign_id = ?", id));

        String fixed = typedUp(template, rows, Map.of());
        ConsoleClient.Response preview = console.upload(console.get(paperPage), "check", Map.of("file", csv(fixed)), "check");
        assertEquals("199 signatures would be imported.", preview.document().getElementById("toImport").text());
        assertEquals(List.of("Line 6: already signed this petition."), preview.document().select("#duplicates li").eachText());
        ConsoleClient.Response otherFile = console.upload(preview, "import", Map.of("file", csv(withMistakes)), "import");
        assertEquals("This is not the file that was checked: check it first, then import it.",
                otherFile.document().getElementById("refusal").text());
        preview = console.upload(console.get(paperPage), "check", Map.of("file", csv(fixed)), "check");
        ConsoleClient.Response imported = console.upload(preview, "import", Map.of("file", csv(fixed)), "import");
        assertEquals(302, imported.status(), imported.text());
        assertTrue(console.get(imported.location()).text().contains("199 paper signatures imported."));
        assertEquals(199, TestDatabase.number("SELECT COUNT(*) FROM signature WHERE campaign_id = ? AND paper_import_id IS NOT NULL "
                + "AND status = 'CONFIRMED' AND source = 'paper'", id));
        assertEquals(100, TestDatabase.number("SELECT COUNT(*) FROM signature WHERE campaign_id = ? AND email IS NULL", id),
                "the signers who gave no address");
        long importId = TestDatabase.number("SELECT id FROM paper_import WHERE campaign_id = ?", id);
        assertEquals("199|1|" + System.getProperty("firmas.adminEmail") + "|" + PaperImportCheck.sha256(fixed.getBytes(StandardCharsets.UTF_8)),
                TestDatabase.text("SELECT rows_imported || '|' || duplicates || '|' || imported_by || '|' || file_sha256 "
                        + "FROM paper_import WHERE id = ?", importId));
        assertTrue(console.upload(console.get(paperPage), "check", Map.of("file", csv(fixed)), "check").document()
                .getElementById("refusal").text().startsWith("This very file was imported on"));

        Document dashboard = console.get("organize/dashboard.xhtml?id=" + id).document();
        assertEquals("200", dashboard.getElementById("confirmed").text());
        assertEquals("of which 199 on paper", dashboard.getElementById("onPaper").text());
        Document campaignPage = Eventually.await(Duration.ofSeconds(10), () -> site().campaign(slug, "en").document(),
                page -> page.getElementById("onPaper") != null && page.getElementById("onPaper").text().equals("of which 199 signed on paper"));
        assertEquals("200", campaignPage.selectFirst(".progress-count strong").text());
        assertEquals("de las cuales 199 firmadas en papel", site().campaign(slug, "es").document().getElementById("onPaper").text());

        console.act(console.get("organize/deliveries.xhtml?id=" + id), "deliveries", Map.of(), "sendNow");
        ReceivedMail batch = mailbox().await(official, 1).get(0);
        String text = batch.text().replace("\r\n", "\n");
        assertTrue(text.contains("200 new signatures in this delivery\nof which 199 collected on paper\n"), text);
        assertTrue(text.contains("\n- Rosa Martinez, 19148\n"), "the online signer is listed unmarked: " + text);
        assertTrue(text.contains("\n- Paper1 Signer, 19104 (signed on paper)\n"), text);
        assertTrue(batch.html().contains("Paper1 Signer, 19104 <em style=\"color:#5a5a52\">(signed on paper)</em>"), batch.html());
        assertTrue(batch.attachment().lines().anyMatch(line -> line.startsWith("Paper199,Signer,19104,") && line.endsWith(",paper")),
                batch.attachment());
        assertTrue(batch.attachment().lines().anyMatch(line -> line.startsWith("Rosa,Martinez,19148,") && line.endsWith(",online")),
                batch.attachment());
        assertFalse(batch.text().contains("@paper.example.org") || batch.attachment().contains("@paper.example.org"),
                "no signer's address goes to the official");
        assertEquals(List.of(), mailbox().to("paper2-" + id + "@paper.example.org"), "a paper signer is sent nothing");
        assertEquals(1, mailbox().to(neighbour.get("email")).size(), "the online signer only ever got the confirmation");

        Document undoStep = console.get(paperPage + "&undo=" + importId).document();
        assertTrue(undoStep.getElementById("undoDelivered").text().startsWith("199 of them were already sent to officials"),
                undoStep.getElementById("undoDelivered").text());
        ConsoleClient.Response undone = console.act(console.get(paperPage + "&undo=" + importId), "undoImport", Map.of(), "confirm");
        assertTrue(undone.text().contains("Import undone: 199 signatures removed."), undone.text());
        assertTrue(undone.document().getElementById("import-" + importId).text().contains("Undone by " + System.getProperty("firmas.adminEmail")));
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM signature WHERE campaign_id = ? AND paper_import_id IS NOT NULL", id));
        dashboard = console.get("organize/dashboard.xhtml?id=" + id).document();
        assertEquals("1", dashboard.getElementById("confirmed").text());
        assertNull(dashboard.getElementById("onPaper"));
        assertEquals(1, TestDatabase.number("SELECT SUM(change) FROM signature_count_change WHERE campaign_id = ?", id),
                "the count triggers took the deleted signatures off");
        Eventually.await(Duration.ofSeconds(10), () -> site().campaign(slug, "en").document(),
                page -> page.getElementById("onPaper") == null && page.selectFirst(".progress-count strong").text().equals("1"));
    }

    @Test
    void aFileOfTwoMegabytesIsRefusedOnThePageWithItsSizeNotAnErrorPage() {
        ConsoleClient console = admin();
        String slug = "paper-" + UUID.randomUUID().toString().substring(0, 8);
        long id = ConsoleCampaignForm.bilingual(slug).createWith(console);
        console.act(console.get("organize/dashboard.xhtml?id=" + id), "lifecycle", Map.of(), "publish");
        String paperPage = "organize/paper.xhtml?id=" + id;
        String header = "sheet_code,event_name,event_date,event_place,collected_by,name,zip,email,phone,area\r\n";
        String row = row(id, 1, "19104", "") + "\r\n";
        String large = header + row.repeat((2_000_000 - header.length()) / row.length());

        ConsoleClient.Response checked = console.upload(console.get(paperPage), "check", Map.of("file", csv(large)), "check");

        assertEquals(200, checked.status(), checked.text());
        assertEquals("The file is larger than 1,000 KB. Import the sheets in several files of at most 5,000 rows each.",
                checked.document().getElementById("refusal").text());
    }

    /** 200 signers from two tables after Mass; every other one gave an address, the first that of someone who signed online. */
    private static List<String> rows(long campaignId, String onlineSignersEmail) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String email = i == 0 ? onlineSignersEmail.toUpperCase(java.util.Locale.ROOT)
                    : i % 2 == 0 ? "paper" + i + "-" + campaignId + "@paper.example.org" : "";
            rows.add(row(campaignId, i, "19104", email));
        }
        return rows;
    }

    private static String row(long campaignId, int i, String zip, String email) {
        String sheet = i < 100 ? "7KQ3MX" : "9ZZ4NB";
        String event = i < 100 ? "Table after Mass,2026-11-29,St. Agnes Parish,Rosa Méndez" : "Mesa después de misa,2026-11-22,Parroquia Santa Inés,Tomás Ruiz";
        return "F" + campaignId + "-" + sheet + "," + event + ",Paper" + i + " Signer," + zip + "," + email + ",,";
    }

    /** The template with its example row replaced by the rows, some swapped for mistaken ones. */
    private static String typedUp(String template, List<String> rows, Map<Integer, String> mistakes) {
        StringBuilder file = new StringBuilder(template.substring(0, template.indexOf("\r\nF") + 2));
        for (int i = 0; i < rows.size(); i++) {
            file.append(mistakes.getOrDefault(i, rows.get(i))).append("\r\n");
        }
        return file.toString();
    }

    private static ConsoleClient.FileField csv(String text) {
        return new ConsoleClient.FileField("sheets.csv", text);
    }
}
