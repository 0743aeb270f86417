package org.firmas.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firmas.paper.control.PdfText;
import org.firmas.testsupport.ConsoleCampaignForm;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.FirmasIT;
import org.firmas.testsupport.OrganizerAccounts;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.Supporter;
import org.firmas.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * An organizer prints a Spanish signature sheet for the tables after Mass and, later, the packet
 * to hand the Council in person: the signers' names and ZIP codes, never their emails.
 */
class OrganizerPrintsSheetsAndPacketsIT extends FirmasIT {

    @Test
    void anOrganizerPrintsASpanishSheetAndTheCouncilsPacketWhichNobodyElseMay() {
        String email = OrganizerAccounts.newOrganizer("Lucia");
        ConsoleClient lucia = loggedIn(email);
        String slug = "paper-" + UUID.randomUUID().toString().substring(0, 8);
        long id = ConsoleCampaignForm.bilingual(slug).with("targets:0:language", "es")
                .with("areasCsv", "zip,area\n19148,South\n19130,North\n").createWith(lucia);
        ConsoleClient.Response published = lucia.act(lucia.get("organize/dashboard.xhtml?id=" + id), "lifecycle", Map.of(), "publish");
        assertTrue(published.text().contains("The campaign is published."), published.text());
        SignatureForm jose = Supporter.signsAndConfirms(site(), mailbox(), slug,
                SignatureForm.valid().with("firstName", "José").with("lastName", "Núñez").with("zip", "19148"));
        SignatureForm conceicao = Supporter.signsAndConfirms(site(), mailbox(), slug,
                SignatureForm.valid().with("firstName", "Conceição").with("lastName", "Gonçalves").with("zip", "19130"));
        SignatureForm unconfirmed = SignatureForm.valid().with("firstName", "Pendiente").with("lastName", "Sinconfirmar");
        assertEquals(302, site().sign(slug, unconfirmed, "es").status());

        ConsoleClient.Response dashboard = lucia.get("organize/dashboard.xhtml?id=" + id);
        String sheetLink = dashboard.document().getElementById("sheet-es").attr("href");
        String packetLink = dashboard.document().getElementById("packet-0").attr("href");

        ConsoleClient.Response sheetAnswer = lucia.get(sheetLink);
        assertEquals(200, sheetAnswer.status());
        assertEquals("application/pdf", sheetAnswer.header("Content-Type"));
        String sheet = PdfText.all(lucia.download(sheetLink));
        assertTrue(sheet.contains("Financien la biblioteca"), sheet);
        assertTrue(sheet.contains("Al Concejo: financien el horario del sábado."), sheet);
        assertTrue(sheet.contains("City Council, Council of Example City"), sheet);
        assertTrue(sheet.contains("Nombre y apellido"), sheet);
        Matcher code = Pattern.compile("Hoja (F" + id + "-[0-9A-Z]{6}) · página 1 de (\\d+)").matcher(sheet);
        assertTrue(code.find(), "the sheet's code on its first page: " + sheet);
        assertFalse(PdfText.all(lucia.download(sheetLink)).contains(code.group(1)), "each download is a sheet of its own");

        long auditedBefore = TestDatabase.number("SELECT COUNT(*) FROM export_audit WHERE campaign_id = ?", id);
        assertEquals("application/pdf", lucia.get(packetLink).header("Content-Type"));
        String packet = PdfText.all(lucia.download(packetLink));
        assertTrue(packet.contains("Estimado/a City Council:"), packet);
        assertTrue(packet.contains("José Núñez, 19148 South"), packet);
        assertTrue(packet.contains("Conceição Gonçalves, 19130 North"), packet);
        assertTrue(packet.contains("2 firmas en total"), packet);
        assertTrue(packet.contains("Firmas por área:"), packet);
        assertTrue(packet.contains("/campaigns/" + slug + "?lang=es"), "the petition's address, as the mail links it: " + packet);
        assertFalse(packet.contains("Pendiente"), "an unconfirmed signature is not delivered: " + packet);
        for (SignatureForm signer : new SignatureForm[] {jose, conceicao}) {
            assertFalse(packet.contains(signer.get("email")), "no email: " + packet);
        }
        assertFalse(packet.contains("@"), "no address of any kind: " + packet);
        assertEquals(auditedBefore + 2, TestDatabase.number("SELECT COUNT(*) FROM export_audit WHERE campaign_id = ?", id),
                "each packet download is recorded like an export");

        assertEquals(404, lucia.get("organize/paper/sheet.pdf?campaign=" + id + "&lang=fr").status(), "no French texts");
        assertEquals(404, lucia.get("organize/paper/packet.pdf?campaign=" + id + "&target=1").status(), "one official only");

        ConsoleClient marta = loggedIn(OrganizerAccounts.newOrganizer("Marta"));
        ConsoleCampaignForm.bilingual("paper-other-" + UUID.randomUUID().toString().substring(0, 8)).createWith(marta);
        for (String link : new String[] {sheetLink, packetLink}) {
            ConsoleClient.Response refused = marta.get(link);
            assertEquals(403, refused.status(), link);
            assertTrue(refused.text().contains("Not yours to see"), refused.text());
            ConsoleClient.Response anonymous = console().get(link);
            assertEquals(302, anonymous.status(), link);
            assertTrue(anonymous.location().contains("/organize/login.xhtml"), anonymous.location());
        }
        assertEquals(auditedBefore + 2, TestDatabase.number("SELECT COUNT(*) FROM export_audit WHERE campaign_id = ?", id),
                "a refused download records nothing");
    }

    @Test
    void aPacketListsEveryDeliverableSignerOfALargeCampaignReadPageByPage() {
        ConsoleClient admin = admin();
        long id = ConsoleCampaignForm.bilingual("paper-bulk-" + UUID.randomUUID().toString().substring(0, 8)).createWith(admin);
        int rows = 1_200;
        // A draft owes no one a batch, so the scheduler leaves these rows alone; the last two are not deliverable.
        assertEquals(rows + 2, TestDatabase.update("INSERT INTO signature (id, campaign_id, email_key, email, first_name, last_name, zip, "
                + "language, status, created_at, confirmed_at, erased_at) SELECT 2000000000000 + ? * 1000000 + g, ?, 'paper' || g || '@example.net', "
                + "?, CASE WHEN g > ? THEN 'Gone' ELSE 'Signer' END, 'Number ' || g, '19148', 'en', "
                + "CASE WHEN g = ? + 1 THEN 'WITHDRAWN' ELSE 'CONFIRMED' END, now(), now(), CASE WHEN g = ? + 2 THEN now() END "
                + "FROM generate_series(1, ?) AS g", id, id, TestDatabase.encrypted("paper@example.net"), rows, rows, rows, rows + 2));

        String packet = PdfText.all(admin.download("organize/paper/packet.pdf?campaign=" + id + "&target=0"));

        assertTrue(packet.contains("1. Signer Number 1, 19148"), packet);
        assertTrue(packet.contains("500. Signer Number 500, 19148\n501. Signer Number 501, 19148"), "across pages of rows read");
        assertTrue(packet.contains("1200. Signer Number 1200, 19148"), "the last one");
        assertFalse(packet.contains("Gone"), "neither the withdrawn nor the erased signer");
        assertTrue(packet.contains("1,201 signatures in all"), "the batch's total counts the erased signature as it still counts");
        assertEquals(rows, TestDatabase.number("SELECT row_count FROM export_audit WHERE campaign_id = ?", id));
    }

    private ConsoleClient loggedIn(String email) {
        ConsoleClient console = console();
        assertEquals(302, console.logIn(email, OrganizerAccounts.PASSWORD).status());
        return console;
    }
}
