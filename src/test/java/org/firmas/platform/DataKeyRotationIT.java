package org.firmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firmas.signature.entity.CanonicalEmail;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.OutboxFolder;
import org.firmas.testsupport.PayaraProcess;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.ReceivedMail;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.Supporter;
import org.firmas.testsupport.TestDatabase;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rotating the data key as docs/security.md describes: restart with a new key and the old one among
 * the previous keys, and every signer's address is encrypted and hashed under the new key before
 * the node serves, so duplicates are still recognised and links still work, a "my data" link mailed
 * before the rotation among them: it still shows the signer everything and erases it.
 */
class DataKeyRotationIT {

    private static final String CAMPAIGN = "signing-test";
    private static final String DATABASE = "firmas_rotation_test";

    @TempDir
    Path home;

    @Test
    void restartingWithANewKeyMovesEverySignerToIt() throws Exception {
        String url = System.getProperty("firmas.testDbUrl").replaceAll("/[^/]+$", "/" + DATABASE);
        TestDatabase.main(new String[] {url});
        Files.createDirectories(home.resolve("campaigns"));
        Files.copy(Path.of(System.getProperty("firmas.testCampaigns"), CAMPAIGN + ".yaml"), home.resolve("campaigns/" + CAMPAIGN + ".yaml"));
        String oldKey = newKey();
        String newKey = newKey();
        SignatureForm form = SignatureForm.valid().with("wantsUpdates", "on");
        OutboxFolder outbox = new OutboxFolder(home);

        ReceivedMail mailedUnderTheOldKey;
        String myDataUnderTheOldKey;
        try (PayaraProcess firmas = PayaraProcess.start(home, environment(url, oldKey, ""))) {
            assertEquals(302, new PetitionSite(firmas.base()).sign(CAMPAIGN, form, "en").status());
            // Waited for here: stopped between claiming the mail and writing it, a node leaves it
            // to the next one only when its lease runs out, after the wait below would end.
            mailedUnderTheOldKey = outbox.awaitMailTo(form.get("email"));
            PetitionSite site = new PetitionSite(firmas.base());
            myDataUnderTheOldKey = Supporter.asksForTheirData(site, outbox, form.get("email")).substring(1);
            assertEquals(302, site.post(myDataUnderTheOldKey + "?lang=en", Map.of("do", "stop-all"), "en").status(),
                    "updates stopped through the link");
        }
        assertTrue(storedEmail(url).startsWith(FieldCipher.prefixOf(DataKey.fromBase64(oldKey).id())));
        assertEquals(DataKey.fromBase64(oldKey).id(), first(url, "SELECT key_id FROM data_key_mark"), "a start marks its key");
        String link = "https://firmas.example/confirm/" + "c".repeat(43);
        // A mail still waiting: its text sealed under the old key, its HTML queued before bodies were sealed.
        TestDatabase.updateIn(url, "INSERT INTO outbox_message (id, message_id, kind, recipient, subject, body_text, body_html, "
                + "status, attempts, next_attempt_at, created_at) VALUES (nextval('outbox_message_seq'), '<waiting@firmas.example>', "
                + "'CONFIRM', 'official@signing.example.org', 'Waiting', ?, ?, 'PENDING', 0, now() + interval '1 day', now())",
                FieldCipher.encrypt(DataKey.fromBase64(oldKey), link, new SecureRandom()), link);

        // A signature typed in from a paper sheet, with a phone number and no address.
        TestDatabase.updateIn(url, "INSERT INTO signature (id, campaign_id, email_key, email, first_name, last_name, zip, phone, "
                + "language, status, created_at, confirmed_at, source, paper_import_id) SELECT nextval('signature_seq'), campaign_id, "
                + "'paper:rotation', NULL, 'Ana', 'Paper', '19148', ?, 'en', 'CONFIRMED', now(), now(), 'paper', 10 FROM signature",
                FieldCipher.encrypt(DataKey.fromBase64(oldKey), "215 555 0100", new SecureRandom()));

        try (PayaraProcess firmas = PayaraProcess.start(home, environment(url, newKey, oldKey))) {
            DataKey current = DataKey.fromBase64(newKey);
            String paperPhone = first(url, "SELECT phone FROM signature WHERE email IS NULL AND email_key = 'paper:rotation'");
            assertTrue(paperPhone.startsWith(FieldCipher.prefixOf(current.id())), "a paper signer's phone under the new key: " + paperPhone);
            assertEquals("215 555 0100", FieldCipher.decrypt(current, paperPhone.substring(FieldCipher.prefixOf(current.id()).length())));
            assertTrue(storedEmail(url).startsWith(FieldCipher.prefixOf(current.id())), "re-encrypted before serving");
            assertEquals(current.id(), first(url, "SELECT key_id FROM data_key_mark"), "the finished pass is marked");
            for (String body : new String[] {"body_text", "body_html"}) {
                String stored = first(url, "SELECT " + body + " FROM outbox_message WHERE message_id = '<waiting@firmas.example>'");
                assertTrue(stored.startsWith(FieldCipher.prefixOf(current.id())), "a waiting mail's body under the new key: " + stored);
                assertEquals(link, FieldCipher.decrypt(current, stored.substring(FieldCipher.prefixOf(current.id()).length())));
            }
            assertEquals(1, count(url, "SELECT COUNT(*) FROM signature WHERE email_key = '"
                    + KeyedHash.with(current, "email", CanonicalEmail.of(form.get("email"))) + "'"), "re-hashed");

            PetitionSite site = new PetitionSite(firmas.base());
            assertEquals(302, site.sign(CAMPAIGN, form, "en").status());
            assertEquals(302, site.confirm(Mailbox.confirmToken(mailedUnderTheOldKey)).status(),
                    "the link from the mail sent under the old key works");
            assertEquals(1, count(url, "SELECT COUNT(*) FROM signature WHERE paper_import_id IS NULL"), "signing again is still a duplicate");
            assertEquals(1, count(url, "SELECT COUNT(*) FROM signature WHERE status = 'CONFIRMED' AND paper_import_id IS NULL"));

            seesAndErasesTheirDataThroughALinkFromBeforeTheRotation(url, site, outbox, form.get("email"), myDataUnderTheOldKey);
        }
    }

    private static void seesAndErasesTheirDataThroughALinkFromBeforeTheRotation(String url, PetitionSite site, OutboxFolder outbox,
                                                                               String email, String oldLink) {
        String newLink = Supporter.asksForTheirData(site, outbox, email).substring(1);
        for (String link : List.of(oldLink, newLink)) {
            PetitionSite.Page shown = site.get(link + "?lang=en", "en");
            assertEquals(List.of("Test petition for signing"), shown.document().select("section.held h2").eachText(),
                    link + " shows the signature: " + shown.text());
            assertTrue(shown.text().contains("Updates from this campaign Stopped at your request"), shown.text());
        }
        PetitionSite.Page asked = site.get(oldLink + "/erase?lang=en", "en");
        Element confirm = asked.document().selectFirst("form#erase-confirmed");
        assertNotNull(confirm, "the confirmation page offers its button: " + asked.text());
        Map<String, String> confirmed = new LinkedHashMap<>();
        confirm.select("input[type=hidden]").forEach(hidden -> confirmed.put(hidden.attr("name"), hidden.attr("value")));
        PetitionSite.Page erased = site.post(confirm.attr("action"), confirmed, "en");
        assertEquals("Your data was erased", erased.document().selectFirst("h1").text(), erased.text());
        assertEquals(1, count(url, "SELECT COUNT(*) FROM signature WHERE paper_import_id IS NULL AND erased_at IS NOT NULL "
                + "AND email = '' AND first_name = ''"), "the signature's personal data is gone");
        for (String link : List.of(oldLink, newLink)) {
            assertEquals("This link does not work", site.get(link + "?lang=en", "en").document().getElementById("mydata-refused").text(),
                    "erasing everything ends every link of the address");
        }
    }

    private static Map<String, String> environment(String url, String key, String previousKeys) {
        Map<String, String> environment = new HashMap<>(Map.of("FIRMAS_DB_URL", url, "FIRMAS_DB_USER", "postgres",
                "FIRMAS_DB_PASSWORD", "postgres", "FIRMAS_DATA_KEY", key, "FIRMAS_OUTBOX_POLL_MILLIS", "200"));
        environment.put("FIRMAS_DATA_PREVIOUS_KEYS", previousKeys);
        return environment;
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static String storedEmail(String url) throws Exception {
        return first(url, "SELECT email FROM signature WHERE paper_import_id IS NULL");
    }

    private static long count(String url, String sql) {
        return TestDatabase.numberIn(url, sql);
    }

    private static String first(String url, String sql) throws Exception {
        try (var connection = java.sql.DriverManager.getConnection(url, "postgres", "");
             var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
