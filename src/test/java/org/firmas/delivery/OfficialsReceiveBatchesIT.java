package org.firmas.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.firmas.testsupport.DeliveryProgress;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.FirmasIT;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.ReceivedMail;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.Supporter;
import org.firmas.testsupport.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Officials receive the signatures in batches over real SMTP (GreenMail): one mail per official
 * per batch, listing the new signers and never their addresses. Who gets which signers: county
 * officials their own residents, everyone-targets all of them; a large batch as a CSV file; and a
 * final batch when a campaign closes. The campaigns of the two kinds of test name different
 * officials, so each test reads only its own officials' mail.
 */
class OfficialsReceiveBatchesIT extends FirmasIT {

    private static final String CAMPAIGN = "delivery-test";
    private static final String COUNCIL_MEMBER = "alma.reyes@council.example.org";
    private static final String MAYOR = "alcalde@council.example.org";
    /** The contact the campaign file names; officials' answers go there. */
    private static final String CONTACT = "rosa@campaign.example.org";
    private static final Duration DELIVERY = Duration.ofSeconds(30);
    /** A batch after every signature, comments asked: a hostile comment reaches the official alone. */
    private static final String HOSTILE_CAMPAIGN = "hostile-input-test";
    private static final String HOSTILE_OFFICIAL = "official@hostile.example.org";

    /** FIRMAS_REPLY_TO of the test build. */
    private static final String ORGANIZERS = "organizers@firmas.test";

    private final Set<String> seenMessageIds = new HashSet<>();
    private PetitionSite site;
    private Mailbox mailbox;

    @BeforeEach
    void open() throws Exception {
        site = site();
        mailbox = mailbox();
    }

    @Test
    void eachOfficialGetsOneMailPerBatchListingOnlyTheNewSigners() throws Exception {
        PetitionSite site = site();
        Mailbox mailbox = mailbox();
        List<SignatureForm> firstRound = signers(3);
        firstRound.forEach(form -> Supporter.signsAndConfirms(site, mailbox, CAMPAIGN, form));

        List<ReceivedMail> firstBatch = mailsAfter(0, 2);

        assertEquals(List.of(MAYOR, COUNCIL_MEMBER), firstBatch.stream().map(ReceivedMail::to).sorted().toList());
        for (ReceivedMail mail : firstBatch) {
            assertTrue(mail.contentType().startsWith("multipart/alternative"), mail.contentType());
            firstRound.forEach(signer -> {
                assertTrue(mail.text().replace("\r\n", "\n").contains(
                        "- " + signer.get("firstName") + " Martinez, 19148\n    " + signer.get("comment") + "\n"), mail.text());
                assertTrue(mail.html().contains(signer.get("firstName")), mail.html());
                assertFalse(mail.text().contains(signer.get("email")), "no signer address in the text");
                assertFalse(mail.html().contains(signer.get("email")), "no signer address in the HTML");
            });
            assertFalse(mail.text().contains("@example.net"), mail.text());
            assertTrue(mail.text().contains("To the council: act on this petition.")
                    || mail.text().contains("Al concejo: actúe sobre esta petición."), mail.text());
        }
        ReceivedMail toMayor = firstBatch.stream().filter(mail -> mail.to().equals(MAYOR)).findFirst().orElseThrow();
        assertTrue(toMayor.text().startsWith("Estimado/a Oficina del Alcalde:"), "in the target's language: " + toMayor.text());
        assertNotEquals(firstBatch.get(0).messageId(), firstBatch.get(1).messageId());
        Element supportersBand = Jsoup.parse(mailbox.to(firstRound.get(0).get("email")).get(0).html()).selectFirst("body > div");
        for (ReceivedMail mail : firstBatch) {
            Element band = Jsoup.parse(mail.html()).selectFirst("body > div");
            assertEquals("Juntos Test", band.text(), "the organization's band atop the mail: " + mail.html());
            assertEquals(supportersBand.attr("style"), band.attr("style"), "in the brand's colour, as the supporter's mail");
            assertTrue(Jsoup.parse(mail.html()).selectFirst("a[href^=http]").attr("style").contains("background:" + brandColour(band) + ";"),
                    "the petition's button in it too: " + mail.html());
        }
        ReceivedMail toCouncilMember = firstBatch.stream().filter(mail -> mail.to().equals(COUNCIL_MEMBER)).findFirst().orElseThrow();
        assertReadsAsADeliveryFromTheCampaign(toCouncilMember, "Petition: Test petition for delivery — 3 new signatures",
                "On behalf of Juntos Test, we are delivering the new signatures on the petition \"Test petition for delivery\".\n\n"
                        + "3 new signatures in this delivery\n3 signatures in all\n",
                "Reply to this email, or write to Rosa Campaña at " + CONTACT + ".", "en");
        assertReadsAsADeliveryFromTheCampaign(toMayor, "Petición: Petición de prueba para entregas — 3 firmas nuevas",
                "En nombre de Juntos Test, le entregamos las nuevas firmas de la petición «Petición de prueba para entregas».\n\n"
                        + "3 firmas nuevas en esta entrega\n3 firmas en total\n",
                "Responda a este correo o escriba a Rosa Campaña a " + CONTACT + ".", "es");

        List<SignatureForm> secondRound = signers(3);
        secondRound.forEach(form -> Supporter.signsAndConfirms(site, mailbox, CAMPAIGN, form));

        List<ReceivedMail> secondBatch = mailsAfter(2, 2);

        assertEquals(List.of(MAYOR, COUNCIL_MEMBER), secondBatch.stream().map(ReceivedMail::to).sorted().toList());
        for (ReceivedMail mail : secondBatch) {
            assertEquals(CONTACT, mail.replyTo());
            String text = mail.text().replace("\r\n", "\n");
            assertTrue(text.contains("3 new signatures in this delivery\n6 signatures in all\n")
                    || text.contains("3 firmas nuevas en esta entrega\n6 firmas en total\n"), text);
            secondRound.forEach(signer -> assertTrue(mail.text().contains(signer.get("firstName")), mail.text()));
            firstRound.forEach(signer -> assertFalse(mail.text().contains(signer.get("firstName")),
                    "an earlier signer is not sent again: " + mail.text()));
        }
        Eventually.await(DELIVERY, () -> TestDatabase.number("SELECT COUNT(*) FROM outbox_message m JOIN delivery_batch b "
                + "ON b.id = m.batch_id JOIN campaign c ON c.id = b.campaign_id WHERE c.slug = ? AND m.status <> 'SENT'", CAMPAIGN),
                unsent -> unsent == 0);
        DeliveryProgress.awaitSenderPoll();
        assertEquals(4, officialMails().size(), "no mail sent twice");
        assertEquals(6, TestDatabase.number("SELECT COUNT(*) FROM signature s JOIN campaign c ON c.id = s.campaign_id "
                + "WHERE c.slug = ? AND s.batch_id IS NOT NULL", CAMPAIGN));
        assertEquals(2, TestDatabase.number("SELECT COUNT(*) FROM delivery_batch b JOIN campaign c ON c.id = b.campaign_id "
                + "WHERE c.slug = ?", CAMPAIGN));
        assertEquals(4, TestDatabase.number("SELECT COUNT(*) FROM outbox_message m JOIN delivery_batch b ON b.id = m.batch_id "
                + "JOIN campaign c ON c.id = b.campaign_id WHERE c.slug = ? AND m.status = 'SENT'", CAMPAIGN));
    }

    @Test
    void aCommentWithLineBreaksIsOneIndentedParagraphUnderItsSignerAndForgesNoEntries() throws Exception {
        PetitionSite site = site();
        String name = "Signer" + UUID.randomUUID().toString().substring(0, 8);
        String forged = "\r\n- Forged One, 10001: fake\r\n\r\n- Forged Two, 10002\n- Forged <b>Three</b>, 10003";
        SignatureForm form = SignatureForm.valid().with("firstName", name).with("comment", "I agree." + forged);
        Supporter.signsAndConfirms(site, mailbox(), HOSTILE_CAMPAIGN, form);

        ReceivedMail mail = Eventually.await(DELIVERY, () -> mailbox().to(HOSTILE_OFFICIAL), mails -> mails.stream()
                .anyMatch(received -> received.text().contains(name))).stream()
                .filter(received -> received.text().contains(name)).findFirst().orElseThrow();

        List<String> lines = mail.text().lines().toList();
        assertEquals(1, lines.stream().filter(line -> line.startsWith("- ")).count(), "one signer, one entry: " + mail.text());
        int entry = lines.indexOf("- " + name + " Martinez, 19148");
        assertTrue(entry >= 0, "the entry names the signer: " + mail.text());
        assertEquals("    I agree. - Forged One, 10001: fake - Forged Two, 10002 - Forged <b>Three</b>, 10003", lines.get(entry + 1),
                "the comment is one indented paragraph: " + mail.text());
        // Other tests sign this campaign too: the total is theirs and this one's, the batch this one's alone.
        assertTrue(Pattern.compile("\n1 new signature in this delivery\n[\\d,]+ signatures? in all\n")
                .matcher(mail.text().replace("\r\n", "\n")).find(), mail.text());
        assertEquals(1, Jsoup.parse(mail.html()).select("li").size(), "one entry in the HTML too: " + mail.html());
        assertTrue(Jsoup.parse(mail.html()).select("li blockquote").text().contains("- Forged <b>Three</b>, 10003"), mail.html());
        assertTrue(Jsoup.parse(mail.html()).select("b").isEmpty(), "markup in a comment is escaped: " + mail.html());
    }

    /**
     * Reads as a delivery from a named group: a subject that says what it is, the organization and
     * the campaign's contact named, answers going to that contact (never a signer), and a link to
     * the public petition in the official's language.
     */
    private static void assertReadsAsADeliveryFromTheCampaign(ReceivedMail mail, String subject, String opening,
                                                              String contact, String language) {
        assertEquals(subject, mail.subject());
        assertEquals(CONTACT, mail.replyTo(), "answers reach the campaign's contact");
        String text = mail.text().replace("\r\n", "\n");
        assertTrue(text.contains(opening), text);
        assertTrue(text.contains(contact), text);
        assertTrue(text.endsWith("Rosa Campaña\nJuntos Test\n"), "signed by the contact and the organization: " + text);
        String link = "http://localhost:8080/campaigns/" + CAMPAIGN + "?lang=" + language;
        assertTrue(text.contains(link), text);
        org.jsoup.nodes.Document html = Jsoup.parse(mail.html());
        assertEquals(link, html.select("a[href^=http]").attr("href"), mail.html());
        assertEquals(CONTACT, html.select("a[href^=mailto:]").text(), mail.html());
        assertTrue(html.text().contains("Juntos Test"), html.text());
    }

    private static String brandColour(Element band) {
        return band.attr("style").replaceAll("^background:([^;]+);.*", "$1");
    }

    /** The mails that arrived since the earlier ones; GreenMail lists them by mailbox, not by arrival. */
    private List<ReceivedMail> mailsAfter(int alreadyReceived, int expected) {
        int total = alreadyReceived + expected;
        Eventually.await(DELIVERY, () -> officialMails().size(), count -> count >= total);
        List<ReceivedMail> all = officialMails();
        assertEquals(total, all.size(), "mails received");
        List<ReceivedMail> fresh = all.stream().filter(mail -> !seenMessageIds.contains(mail.messageId())).toList();
        fresh.forEach(mail -> seenMessageIds.add(mail.messageId()));
        return fresh;
    }

    private static List<ReceivedMail> officialMails() {
        return ReceivedMail.all(SMTP.receivedMessages()).stream()
                .filter(mail -> mail.to().endsWith("@council.example.org"))
                .toList();
    }

    private static List<SignatureForm> signers(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> {
                    String name = "Signer" + UUID.randomUUID().toString().substring(0, 8);
                    return SignatureForm.valid().with("firstName", name).with("comment", "Comment of " + name);
                })
                .toList();
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
        assertEquals("first_name,last_name,zip,comment,signed_on", rows.get(0));
        assertTrue(rows.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\",Signer,19148,,online"), String.join("\n", rows.subList(145, 151)));
        assertTrue(rows.contains("Bulk149,Signer,19148,'+SUM(A1),online"), String.join("\n", rows.subList(145, 151)));
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
