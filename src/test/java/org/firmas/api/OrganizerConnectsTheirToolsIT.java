package org.firmas.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.firmas.testsupport.ConsoleCampaignForm;
import org.firmas.testsupport.ConsoleClient;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.FirmasIT;
import org.firmas.testsupport.Mailbox;
import org.firmas.testsupport.OrganizerAccounts;
import org.firmas.testsupport.ReceivedMail;
import org.firmas.testsupport.TestDatabase;
import org.firmas.testsupport.TestHttpClient;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Rosa keeps her coalition's list in Action Network: she makes an API key in the console, her
 * tool records a signer through {@code record_signature_helper}, the signer gets the confirmation
 * mail, and the tool reads the signature back. Keys act with their account's access only, every
 * use is audited, a revoked key opens nothing, and a key an admin trusts records confirmed signatures.
 */
class OrganizerConnectsTheirToolsIT extends FirmasIT {

    private static final String CAMPAIGN = "osdi-test";

    @Test
    void aKeyRecordsASignatureThatIsConfirmedByMailAndReadBack() {
        String rosa = OrganizerAccounts.newOrganizer("Rosa");
        TestDatabase.update("UPDATE campaign SET owner_id = (SELECT id FROM organizer_account WHERE email = ?) WHERE slug = ?", rosa, CAMPAIGN);
        long petition = TestDatabase.number("SELECT id FROM campaign WHERE slug = ?", CAMPAIGN);
        ConsoleClient console = loggedIn(rosa);
        String label = "Action Network " + UUID.randomUUID();
        String key = makeKey(console, label);
        long keyId = TestDatabase.number("SELECT id FROM api_key WHERE label = ?", label);
        String signatures = "api/osdi/v1/petitions/" + petition + "/signatures";

        TestHttpClient.Reply entry = api("GET", "api/osdi/v1/", null, null);
        assertEquals(200, entry.status());
        assertTrue(entry.header("Content-Type").startsWith("application/hal+json"), entry.header("Content-Type"));
        assertTrue(json(entry).getJsonObject("_links").getJsonObject("osdi:petitions").getString("href").endsWith("/api/osdi/v1/petitions"));
        JsonObject one = json(api("GET", "api/osdi/v1/petitions/" + petition, null, null));
        assertEquals("firmas:" + petition, one.getJsonArray("identifiers").getString(0));
        assertEquals("Test petition for the OSDI API", one.getString("title"));
        assertEquals("Test Official", one.getJsonArray("target").getJsonObject(0).getString("name"));
        assertFalse(one.toString().contains("official@osdi.example.org"), "an official's address is not public");
        assertTrue(json(api("GET", "api/osdi/v1/petitions?per_page=100", null, null)).toString().contains("\"firmas:" + petition + "\""),
                "the petitions are listed without a key");
        TestHttpClient.Reply keyless = api("GET", signatures, null, null);
        assertEquals(401, keyless.status());
        assertTrue(json(keyless).getString("error").contains("OSDI-API-Token"), keyless.text());

        String email = "ana." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestHttpClient.Reply recorded = api("POST", signatures + "/record_signature_helper", key, signer("Ana", email, "19601"));
        assertEquals(201, recorded.status(), recorded.text());
        JsonObject signature = json(recorded);
        assertEquals("pending", signature.getString("firmas:status"));
        assertTrue(signature.getBoolean("firmas:confirmation_mail_sent"));
        String id = number(signature);
        ReceivedMail mail = mailbox().await(email, 1).get(0);
        assertEquals(302, site().confirm(Mailbox.confirmToken(mail)).status(), "confirmed");

        JsonObject list = json(api("GET", signatures + "?per_page=100", key, null));
        assertTrue(list.getInt("total_records") >= 1);
        JsonObject listed = list.getJsonObject("_embedded").getJsonArray("osdi:signatures").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getJsonArray("identifiers").getString(0).equals("firmas:" + id)).findFirst().orElseThrow();
        assertEquals(email, listed.getJsonObject("person").getJsonArray("email_addresses").getJsonObject(0).getString("address"));
        assertEquals("api", listed.getJsonObject("referrer_data").getString("source"));
        JsonObject single = json(api("GET", signatures + "/" + id, key, null));
        assertEquals("confirmed", single.getString("firmas:status"), "confirmed by the mail's link");
        assertEquals("Ana", single.getJsonObject("person").getString("given_name"));
        assertEquals("A comment from the tool", single.getString("comments"));
        assertEquals("19601", single.getJsonObject("person").getJsonArray("postal_addresses").getJsonObject(0).getString("postal_code"));

        JsonObject again = json(api("POST", signatures + "/record_signature_helper", key, signer("Ana", email, "19601")));
        assertTrue(again.getBoolean("firmas:duplicate"));
        assertEquals("firmas:" + id, again.getJsonArray("identifiers").getString(0), "the existing signature, in its state");
        assertEquals("confirmed", again.getString("firmas:status"));
        assertFalse(again.getBoolean("firmas:confirmation_mail_sent"), "a confirmed signer has nothing to confirm");

        assertEquals(2, audited(keyId, "RECORD_SIGNATURE"), "both posts are audited");
        assertEquals(1, audited(keyId, "LIST_SIGNATURES"));
        assertEquals(1, audited(keyId, "READ_SIGNATURE"));
        assertEquals(petition, TestDatabase.number("SELECT MIN(campaign_id) FROM api_audit WHERE key_id = ?", keyId));

        ConsoleClient.Response revoked = press(console, label, "revoke");
        assertTrue(revoked.text().contains("The key is revoked"), revoked.text());
        assertEquals(401, api("GET", signatures, key, null).status());
        assertEquals(401, api("POST", signatures + "/record_signature_helper", key, signer("Eva", "eva@example.org", "19601")).status());
    }

    @Test
    void anotherOrganizersKeyIsRefusedTheCampaign() {
        long petition = TestDatabase.number("SELECT id FROM campaign WHERE slug = ?", CAMPAIGN);
        String key = makeKey(loggedIn(OrganizerAccounts.newOrganizer("Outsider")), "Outsider's CRM");
        String signatures = "api/osdi/v1/petitions/" + petition + "/signatures";
        String email = "outsider." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        TestHttpClient.Reply list = api("GET", signatures, key, null);
        TestHttpClient.Reply record = api("POST", signatures + "/record_signature_helper", key, signer("Otto", email, "19601"));

        assertEquals(403, list.status(), list.text());
        assertEquals(403, record.status(), record.text());
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM signature WHERE email_key = ?", TestDatabase.emailKey(email)));
        assertEquals(401, api("GET", signatures, "firmas_not-a-key", null).status());
    }

    @Test
    void aKeyTheAdminTrustsRecordsConfirmedSignaturesWithoutMail() {
        ConsoleClient admin = admin();
        String label = "Trusted canvassing app " + UUID.randomUUID();
        String key = makeKey(admin, label);
        String untrusted = makeKey(admin, "Untrusted " + UUID.randomUUID());
        ConsoleClient.Response trusted = press(admin, label, "trust");
        assertTrue(trusted.text().contains("The key is trusted"), trusted.text());
        long petition = TestDatabase.number("SELECT id FROM campaign WHERE slug = ?", CAMPAIGN);
        String helper = "api/osdi/v1/petitions/" + petition + "/signatures/record_signature_helper";
        String vouched = "vouched." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String mailed = "mailed." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        long before = json(api("GET", "api/osdi/v1/petitions/" + petition, null, null)).getJsonNumber("total_signatures").longValue();

        JsonObject confirmed = json(api("POST", helper, key, signer("Vera", vouched, "19601")));
        JsonObject pending = json(api("POST", helper, untrusted, signer("Max", mailed, "19601")));

        assertEquals("confirmed", confirmed.getString("firmas:status"), confirmed.toString());
        assertFalse(confirmed.getBoolean("firmas:confirmation_mail_sent"));
        assertEquals("pending", pending.getString("firmas:status"));
        mailbox().await(mailed, 1);
        assertEquals(List.of(), mailbox().to(vouched), "the trusted key's signer is sent no mail");
        assertEquals("CONFIRMED", TestDatabase.text("SELECT status FROM signature WHERE email_key = ?", TestDatabase.emailKey(vouched)));
        Eventually.await(Duration.ofSeconds(10), () -> json(api("GET", "api/osdi/v1/petitions/" + petition, null, null))
                .getJsonNumber("total_signatures").longValue(), total -> total > before);
    }

    @Test
    void badRequestsGetAClearJsonError() {
        String key = makeKey(admin(), "Sloppy script " + UUID.randomUUID());
        long petition = TestDatabase.number("SELECT id FROM campaign WHERE slug = ?", CAMPAIGN);
        long countyLine = TestDatabase.number("SELECT id FROM campaign WHERE slug = ?", "county-line-test");
        String helper = "api/osdi/v1/petitions/" + petition + "/signatures/record_signature_helper";

        assertError(api("POST", helper, key, "{\"person\": {"), 400, "not well-formed JSON");
        assertError(api("POST", helper, key, "{\"person\": {\"given_name\": 7}}"), 400, "person.given_name must be a string");
        assertError(api("POST", helper, key, "{\"person\": {}, \"comments\": \"" + "x".repeat(20_000) + "\"}"), 413, "larger than 16 KB");
        TestHttpClient.Reply invalid = api("POST", helper, key, signer("", "not an address", "1960"));
        assertError(invalid, 422, "nothing was recorded");
        JsonObject problems = json(invalid).getJsonObject("firmas:problems");
        assertTrue(problems.containsKey("person.given_name") && problems.containsKey("person.email_addresses.address")
                && problems.containsKey("person.postal_addresses.postal_code"), problems.toString());
        assertError(api("GET", "api/osdi/v1/petitions/999999999", null, null), 404, "No public petition");
        assertError(api("GET", "api/osdi/v1/petitions/abc", null, null), 404, "No public petition");
        assertError(api("GET", "api/osdi/v1/petitions/" + petition + "/signatures/123456789", key, null), 404, "no signature");
        assertError(api("GET", "api/osdi/v1/petitions?page=0", null, null), 400, "page must be a whole number");
        assertError(api("GET", "api/osdi/v1/petitions/" + TestDatabase.number("SELECT id FROM campaign WHERE slug = ?", "draft-test"), null, null),
                404, "No public petition");

        String countyHelper = "api/osdi/v1/petitions/" + countyLine + "/signatures/record_signature_helper";
        String email = "bushkill." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestHttpClient.Reply ambiguous = api("POST", countyHelper, key, signer("Lucía", email, "18324"));
        assertError(ambiguous, 422, "several areas");
        assertEquals(List.of("Monroe", "Pike"), json(ambiguous).getJsonArray("firmas:area_candidates").getValuesAs(JsonValue::toString)
                .stream().map(name -> name.replace("\"", "")).sorted().toList());
        String chosen = signer("Lucía", email, "18324").replaceFirst("^\\{", "{\"firmas:area\": \"Monroe\", ");
        JsonObject recorded = json(api("POST", countyHelper, key, chosen));
        assertEquals("Monroe", recorded.getJsonObject("person").getJsonArray("postal_addresses").getJsonObject(0).getString("firmas:area"));
    }

    /** A petition its organizer closed in the console takes no signature from a tool either, and says why. */
    @Test
    void aClosedPetitionRefusesARecordWithAConflictAndStoresNothing() {
        ConsoleClient admin = admin();
        String key = makeKey(admin, "Late tool " + UUID.randomUUID());
        long petition = ConsoleCampaignForm.bilingual("osdi-closed-" + UUID.randomUUID().toString().substring(0, 8)).createWith(admin);
        admin.act(admin.get("organize/dashboard.xhtml?id=" + petition), "lifecycle", Map.of(), "publish");
        admin.confirm(petition, "close");
        String email = "late." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        TestHttpClient.Reply late = api("POST", "api/osdi/v1/petitions/" + petition + "/signatures/record_signature_helper", key,
                signer("Lena", email, "19148"));

        assertError(late, 409, "The petition no longer takes signatures.");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM signature WHERE email_key = ?", TestDatabase.emailKey(email)));
        assertEquals(List.of(), mailbox().to(email), "and nobody is mailed");
    }

    @Test
    void withdrawnAndErasedSignaturesGiveNoPersonalData() {
        String key = makeKey(admin(), "Reader " + UUID.randomUUID());
        long petition = TestDatabase.number("SELECT id FROM campaign WHERE slug = ?", CAMPAIGN);
        String signatures = "api/osdi/v1/petitions/" + petition + "/signatures";
        String leaving = "wanda." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String erased = "ernst." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String leavingId = number(json(api("POST", signatures + "/record_signature_helper", key, signer("Wanda", leaving, "19601"))));
        String erasedId = number(json(api("POST", signatures + "/record_signature_helper", key, signer("Ernst", erased, "19601"))));

        String withdraw = Mailbox.withdrawToken(mailbox().await(leaving, 1).get(0));
        site().submit(site().get("withdraw/" + withdraw, "en"), "withdraw", Map.of(), "en");
        // As retention leaves a signature: counted, its personal data gone.
        TestDatabase.update("UPDATE signature SET erased_at = now(), email = '' WHERE id = ?", Long.parseLong(erasedId));

        assertError(api("GET", signatures + "/" + leavingId, key, null), 404, "no signature");
        JsonObject kept = json(api("GET", signatures + "/" + erasedId, key, null));
        assertFalse(kept.containsKey("person"), kept.toString());
        assertFalse(kept.containsKey("comments"), kept.toString());
        assertTrue(kept.getBoolean("firmas:erased"));
        String list = api("GET", signatures + "?per_page=100", key, null).text();
        assertTrue(list.contains("\"firmas:" + erasedId + "\""), "the erased signature is listed");
        assertFalse(list.contains("\"firmas:" + leavingId + "\""), "the withdrawn one is not");
        assertFalse(list.contains(leaving) || list.contains("Wanda") || list.contains("Ernst"), list);
    }

    private static String number(JsonObject signature) {
        return signature.getJsonArray("identifiers").getString(0).substring("firmas:".length());
    }

    private ConsoleClient loggedIn(String email) {
        ConsoleClient console = console();
        assertEquals(302, console.logIn(email, OrganizerAccounts.PASSWORD).status());
        return console;
    }

    /** Makes a key on the console's keys page and copies it from the answer, as it is shown only there. */
    private static String makeKey(ConsoleClient console, String label) {
        ConsoleClient.Response made = console.submit(console.get("organize/keys.xhtml"), "newKey", Map.of("label", label), "submit");
        assertEquals(200, made.status(), made.text());
        Element shown = made.document().getElementById("createdKey");
        assertNotNull(shown, made.text());
        assertTrue(made.document().select("td").eachText().contains(label), "the new key is listed by its label");
        assertFalse(console.get("organize/keys.xhtml").body().contains(shown.text()), "the key is shown only once");
        assertEquals(1, TestDatabase.number("SELECT COUNT(*) FROM api_key WHERE label = ? AND token_hash <> ?", label, shown.text()),
                "the key is kept hashed");
        return shown.text();
    }

    /** Presses a button in the row of the key with this label. */
    private static ConsoleClient.Response press(ConsoleClient console, String label, String button) {
        ConsoleClient.Response page = console.get("organize/keys.xhtml");
        Element row = page.document().select("form#keys tr").stream().filter(tr -> tr.text().contains(label)).findFirst().orElseThrow();
        String name = row.selectFirst("input[name$=:" + button + "]").attr("name");
        return console.submit(page, "keys", Map.of(), name.substring("keys:".length()));
    }

    private TestHttpClient.Reply api(String method, String path, String key, String body) {
        TestHttpClient http = TestHttpClient.withoutCookies(baseUri(), Duration.ofSeconds(30), HttpClient.Version.HTTP_1_1);
        Map<String, String> headers = new java.util.HashMap<>(Map.of("Accept", "application/hal+json"));
        if (key != null) {
            headers.put("OSDI-API-Token", key);
        }
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return http.send(method, http.resolve(path), headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static String signer(String givenName, String email, String zip) {
        return Json.createObjectBuilder()
                .add("person", Json.createObjectBuilder().add("given_name", givenName).add("family_name", "Tester")
                        .add("email_addresses", Json.createArrayBuilder().add(Json.createObjectBuilder().add("address", email).add("primary", true)))
                        .add("postal_addresses", Json.createArrayBuilder().add(Json.createObjectBuilder().add("postal_code", zip))))
                .add("comments", "A comment from the tool")
                .add("add_tags", Json.createArrayBuilder().add("coalition"))
                .build().toString();
    }

    private static JsonObject json(TestHttpClient.Reply reply) {
        return Json.createReader(new StringReader(reply.text())).readObject();
    }

    private static void assertError(TestHttpClient.Reply reply, int status, String message) {
        assertEquals(status, reply.status(), reply.text());
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type"));
        assertTrue(json(reply).getString("error").contains(message), reply.text());
    }

    private static long audited(long keyId, String action) {
        return TestDatabase.number("SELECT COUNT(*) FROM api_audit WHERE key_id = ? AND action = ?", keyId, action);
    }
}
