package org.firmas.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.firmas.testsupport.FirmasIT;
import org.firmas.testsupport.DeliveryProgress;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.ReceivedMail;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.Supporter;
import org.firmas.testsupport.TestDatabase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who gets which signers: county officials their own residents, everyone-targets all of them; a
 * large batch as a CSV file; and a final batch when a campaign closes.
 */
class DeliveryRoutingIT extends FirmasIT {

    /** FIRMAS_REPLY_TO of the test build. */
    private static final String ORGANIZERS = "organizers@firmas.test";

    private PetitionSite site;
    private Mailbox mailbox;

    @BeforeEach
    void open() throws Exception {
        site = site();
        mailbox = mailbox();
    }

    @Test
    void eachCountyOfficialReceivesOnlyTheirOwnResidents() {
        SignatureForm north1 = signer("North1", "11111");
        SignatureForm north2 = signer("North2", "11112");
        SignatureForm south = signer("South1", "22222");
        SignatureForm elsewhere = signer("Elsewhere1", "19148");
        for (SignatureForm form : List.of(north1, north2, south, elsewhere)) {
            Supporter.signsAndConfirms(site, mailbox, "areas-test", form);
        }

        ReceivedMail toNorth = mailbox.await("commissioner@north.example.org", 1).get(0);
        ReceivedMail toSouth = mailbox.await("commissioner@south.example.org", 1).get(0);
        ReceivedMail toState = mailbox.await("secretary@state.example.org", 1).get(0);

        assertLists(toNorth, List.of(north1, north2), List.of(south, elsewhere));
        assertLists(toSouth, List.of(south), List.of(north1, north2, elsewhere));
        assertLists(toState, List.of(north1, north2, south, elsewhere), List.of());
        assertEquals("Petition: Test petition routed by area — 2 new signatures from North residents", toNorth.subject());
        assertEquals("Petition: Test petition routed by area — 1 new signature from South residents", toSouth.subject());
        assertEquals("Petition: Test petition routed by area — 4 new signatures", toState.subject());
        // The area's own counts, each said to be the area's, and the whole petition's apart.
        assertTrue(text(toNorth).contains("2 new signatures from North residents in this delivery\n"
                + "2 from North residents in all\n4 across the whole petition\n"), toNorth.text());
        assertTrue(text(toState).contains("4 new signatures in this delivery\n4 signatures in all\n"), toState.text());
        for (ReceivedMail mail : List.of(toNorth, toSouth, toState)) {
            assertFromTheOrganization(mail, "areas-test");
        }
    }

    @Test
    void aBatchOfMoreThanAHundredTravelsAsASpreadsheetSafeCsvFile() {
        TestDatabase.number("WITH added AS (INSERT INTO signature (id, campaign_id, email_key, email, first_name, last_name, "
                + "zip, signer_comment, language, status, created_at, confirmed_at) "
                + "SELECT nextval('signature_seq'), c.id, 'bulk' || g || '@example.net', ?, "
                + "CASE WHEN g = 150 THEN '=HYPERLINK(\"http://evil.example\")' ELSE 'Bulk' || g END, 'Signer', '19148', "
                + "CASE WHEN g = 149 THEN '+SUM(A1)' ELSE NULL END, 'en', 'CONFIRMED', now(), now() "
                + "FROM generate_series(1, 150) g, campaign c WHERE c.slug = 'bulk-test' RETURNING 1) SELECT COUNT(*) FROM added",
                TestDatabase.encrypted("bulk@example.net"));

        ReceivedMail mail = mailbox.await("chair@board.example.org", 1).get(0);

        assertTrue(text(mail).contains("\n150 new signatures in this delivery\n150 signatures in all\n"), mail.text());
        assertEquals(100, mail.text().lines().filter(line -> line.startsWith("- ")).count(), "the first hundred in the body");
        assertTrue(mail.text().contains("…and 50 more, listed in the attached file."), mail.text());
        assertEquals("bulk-test-signers.csv", mail.attachmentName());
        List<String> rows = mail.attachment().lines().toList();
        assertEquals(151, rows.size(), "a header and every signer");
        assertEquals("first_name,last_name,zip,comment", rows.get(0));
        assertTrue(rows.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\",Signer,19148,"), String.join("\n", rows.subList(145, 151)));
        assertTrue(rows.contains("Bulk149,Signer,19148,'+SUM(A1)"), String.join("\n", rows.subList(145, 151)));
        assertFalse(mail.attachment().contains("@example.net"), "no signer address in the file");
    }

    @Test
    void closingACampaignSendsOneFinalBatchWithWhatRemained() throws Exception {
        SignatureForm first = Supporter.signsAndConfirms(site, mailbox, "closing-test", signer("Last1", "19148"));
        SignatureForm second = Supporter.signsAndConfirms(site, mailbox, "closing-test", signer("Last2", "19148"));
        Path file = Path.of(System.getProperty("firmas.testCampaigns"), "closing-test.yaml");

        Files.writeString(file, Files.readString(file).replace("status: open", "status: closed"));

        ReceivedMail last = mailbox.await("mayor@closing.example.org", 1).get(0);
        assertEquals("Final delivery of the petition: Test petition that closes — 2 signatures in all", last.subject());
        assertTrue(text(last).contains("This is the final delivery of the petition \"Test petition that closes\": the campaign "
                + "has ended, and on behalf of Juntos Test we are delivering its last signatures.\n\n"
                + "2 new signatures in this delivery\n2 signatures in all\n"), last.text());
        assertEquals("Final delivery · Juntos Test", Jsoup.parse(last.html()).selectFirst("p").text());
        assertFromTheOrganization(last, "closing-test");
        assertLists(last, List.of(first, second), List.of());
        DeliveryProgress.awaitBatchRound(site, mailbox);
        DeliveryProgress.awaitSenderPoll();
        assertEquals(1, mailbox.to("mayor@closing.example.org").size(), "one final batch only");
    }

    /**
     * A campaign that names no contact: the organization's settings (FIRMAS_CONTACT_NAME, and
     * FIRMAS_REPLY_TO for the address) name who to answer, and answers go there.
     */
    private static void assertFromTheOrganization(ReceivedMail mail, String slug) {
        assertEquals(ORGANIZERS, mail.replyTo(), mail.to());
        String text = text(mail);
        assertTrue(text.contains("Reply to this email, or write to Organizing team at " + ORGANIZERS + "."), text);
        assertTrue(text.endsWith("Organizing team\nJuntos Test\n"), text);
        String link = "http://localhost:8080/campaigns/" + slug + "?lang=en";
        assertTrue(text.contains(link), text);
        assertEquals(link, Jsoup.parse(mail.html()).select("a[href^=http]").attr("href"), mail.html());
    }

    private static String text(ReceivedMail mail) {
        return mail.text().replace("\r\n", "\n");
    }

    private static void assertLists(ReceivedMail mail, List<SignatureForm> listed, List<SignatureForm> absent) {
        listed.forEach(form -> assertTrue(mail.text().contains(form.get("firstName") + " Martinez, " + form.get("zip")),
                mail.to() + " lists " + form.get("firstName") + ": " + mail.text()));
        absent.forEach(form -> assertFalse(mail.text().contains(form.get("firstName")),
                mail.to() + " does not list " + form.get("firstName")));
    }

    private static SignatureForm signer(String name, String zip) {
        return SignatureForm.valid().with("firstName", name + UUID.randomUUID().toString().substring(0, 6)).with("zip", zip);
    }
}
