package org.firmas.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.firmas.testsupport.Eventually;
import org.firmas.testsupport.FirmasIT;
import org.firmas.testsupport.PetitionSite;
import org.firmas.testsupport.RawHttp;
import org.firmas.testsupport.RawHttp.Language;
import org.firmas.testsupport.ReceivedMail;
import org.firmas.testsupport.SignatureForm;
import org.firmas.testsupport.Supporter;
import org.firmas.testsupport.Witness;
import org.firmas.testsupport.TestDatabase;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public form and address fed what an attacker or a broken client sends: markup and
 * expressions are shown as typed, everything else gets a page or a message in the visitor's
 * language, never a server error, and a signature stored before stays exactly as it was.
 */
class PublicFormsRejectBadInputIT extends FirmasIT {

    private static final String CAMPAIGN = "hostile-input-test";
    private static final String OFFICIAL = "official@hostile.example.org";
    private static final String MARKUP_NAME = "<img src=x onerror=alert(1)>";
    private static final String EXPRESSION_NAME = "#{7*7}${7*7}";
    private static final String INVISIBLE_EN = "contains invisible or control characters";
    private static final String INVISIBLE_ES = "contiene caracteres invisibles o de control";
    private static final Duration FRESHNESS = Duration.ofSeconds(30);

    /** Signed once for the whole class (signing is slow): each test checks it afterwards. */
    private static Witness witness;

    private PetitionSite site;
    private RawHttp raw;

    @BeforeEach
    void signAWitness() throws Exception {
        site = site();
        raw = rawHttp();
        if (witness == null) {
            witness = Witness.signs(site, mailbox());
        }
    }

    @AfterEach
    void theWitnessIsUnharmed() {
        witness.assertUnchanged();
    }

    @Test
    void markupAndExpressionsAreStoredAsTypedAndShownAsTextOnPagesAndInMails() {
        SignatureForm form = SignatureForm.valid().with("firstName", MARKUP_NAME).with("lastName", EXPRESSION_NAME)
                .with("comment", "<script>alert('comment')</script> #{7*7}").with("listPublicly", "true");

        Supporter.signsAndConfirms(site, mailbox(), CAMPAIGN, form);

        Document page = Eventually.await(FRESHNESS, () -> site.campaign(CAMPAIGN, "en").document(),
                shown -> shown.select(".recent-signers").text().contains(MARKUP_NAME));
        assertTrue(page.select(".recent-signers").text().contains(MARKUP_NAME), page.select(".recent-signers").outerHtml());
        assertTrue(page.select("img, script:not([src]), [onerror]").isEmpty(), "no markup from a signer on the page");
        assertTrue(page.select("script[src]").stream().allMatch(script -> script.attr("src").endsWith("/static/sign.js")),
                "the only script is the form's own: " + page.select("script"));
        ReceivedMail official = Eventually.await(FRESHNESS, () -> mailbox().to(OFFICIAL), mails -> mails.stream()
                .anyMatch(mail -> mail.text().contains(MARKUP_NAME))).stream()
                .filter(mail -> mail.text().contains(MARKUP_NAME)).findFirst().orElseThrow();
        assertTrue(official.text().contains(EXPRESSION_NAME), "stored and sent as typed, not evaluated: " + official.text());
        assertTrue(official.text().contains("<script>alert('comment')</script> #{7*7}"), official.text());
        assertFalse(official.html().contains("<img src=x") || official.html().contains("<script>"), official.html());
        assertTrue(official.html().contains("&lt;img src=x onerror=alert(1)&gt;"), official.html());
        for (ReceivedMail mail : mailbox().to(form.get("email"))) {
            assertFalse(mail.html().contains("<img src=x") || mail.html().contains("<script>"), mail.html());
        }
    }

    static Stream<Arguments> refusedFields() {
        String tenKilobytes = "a".repeat(10 * 1024);
        return Stream.of(
                refused("firstName", "Rosa\r\nBcc: everyone@example.org", INVISIBLE_EN, INVISIBLE_ES),
                refused("lastName", "Mar\u0000tinez", INVISIBLE_EN, INVISIBLE_ES),
                refused("firstName", "Ro\u202Esa", INVISIBLE_EN, INVISIBLE_ES),
                refused("lastName", "Mar\u200Btinez", INVISIBLE_EN, INVISIBLE_ES),
                refused("comment", "hidden \u2066direction\u2069 change", INVISIBLE_EN, INVISIBLE_ES),
                refused("firstName", tenKilobytes, "Please use at most 100 characters.", "Use como máximo 100 caracteres"),
                refused("email", "rosa@example.org\r\nBcc: everyone@example.org", "Please enter an email address like",
                        "Escriba un correo electrónico como"),
                refused("phone", "<script>alert(1)</script>", "Please enter a phone number", "Escriba un número de teléfono"),
                refused("phone", "((((", "Please enter a phone number", "Escriba un número de teléfono"),
                refused("phone", "215 555\n0100", "Please enter a phone number", "Escriba un número de teléfono"));
    }

    private static Arguments refused(String field, String value, String english, String spanish) {
        return Arguments.of(field, value, english, spanish);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("refusedFields")
    void aRefusedValueGetsAMessageBesideItsFieldInTheVisitorsLanguageAndStoresNothing(
            String field, String value, String english, String spanish) {
        for (Language language : List.of(Language.EN, Language.ES)) {
            long before = storedInCampaign();

            PetitionSite.Page answer = site.sign(CAMPAIGN, SignatureForm.valid().with(field, value),
                    language == Language.EN ? "en-US,en;q=0.9" : "es-MX,es;q=0.9");

            assertEquals(200, answer.status(), answer.text());
            assertNotNull(answer.fieldError(field), "a message beside " + field + ": " + answer.text());
            assertTrue(answer.fieldError(field).contains(language.pick(english, spanish)), answer.fieldError(field));
            assertEquals(before, storedInCampaign(), "nothing stored");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUtf8")
    void bytesThatAreNotUtf8InAFormPostAreRefusedWithAMessage(String description, byte[] name) {
        for (Language language : List.of(Language.EN, Language.ES_BY_COOKIE)) {
            long before = storedInCampaign();
            Map<String, byte[]> fields = new LinkedHashMap<>();
            fields.put("sign", bytes("sign"));
            fields.put("jakarta.faces.ViewState", bytes("stateless"));
            fields.put("sign:firstName", name);
            fields.put("sign:lastName", bytes("Martinez"));
            fields.put("sign:email", bytes("bytes." + System.nanoTime() + "@example.net"));
            fields.put("sign:zip", bytes("19148"));
            fields.put("sign:submit", bytes("Sign"));

            RawHttp.Answer answer = raw.send("POST", "/campaigns/" + CAMPAIGN, "application/x-www-form-urlencoded",
                    RawHttp.form(fields), language);

            answer.assertClean(200, language, language.pick(INVISIBLE_EN, INVISIBLE_ES));
            assertEquals(before, storedInCampaign(), "nothing stored");
        }
    }

    static Stream<Arguments> invalidUtf8() {
        return Stream.of(
                Arguments.of("a lone continuation byte", new byte[] {'R', 'o', (byte) 0x80, 's', 'a'}),
                Arguments.of("a byte no UTF-8 text holds", new byte[] {'R', 'o', (byte) 0xFF, (byte) 0xFE, 's', 'a'}),
                Arguments.of("an overlong slash", new byte[] {'R', 'o', (byte) 0xC0, (byte) 0xAF, 's', 'a'}));
    }

    static Stream<Arguments> badRequests() {
        byte[] megabyte = ("sign=sign&jakarta.faces.ViewState=stateless&sign%3AfirstName=" + "a".repeat(1024 * 1024))
                .getBytes(StandardCharsets.US_ASCII);
        String form = "application/x-www-form-urlencoded";
        return Stream.of(
                request("GET", "/campaigns/%FF%FE", null, null, 404, "Page not found", "Página no encontrada"),
                // A NUL byte in a path is refused by the server itself, before Firmas sees it: a bare 400, nothing named.
                request("GET", "/campaigns/" + CAMPAIGN + "%00", null, null, 400, "", ""),
                request("GET", "/api/campaigns/%3Cscript%3E", null, null, 404, "Page not found", "Página no encontrada"),
                request("GET", "/confirm/%FF%FE", null, null, 200, "not valid", "no es válido"),
                request("GET", "/confirm/%00", null, null, 400, "", ""),
                request("GET", "/withdraw/%3Cscript%3Ealert(1)%3C%2Fscript%3E", null, null, 200, "not valid", "no es válido"),
                request("GET", "/?lang=%3Cscript%3E", null, null, 200, "Juntos Test", "Juntos Test"),
                request("GET", "/privacy.xhtml?lang=%FF", null, null, 200, "Privacy", "Privacidad"),
                request("GET", "/jakarta.faces.resource/../WEB-INF/web.xml.xhtml", null, null, 404, "Page not found", "Página no encontrada"),
                request("GET", "/jakarta.faces.resource/%2e%2e/WEB-INF/web.xml.xhtml", null, null, 404, "Page not found", "Página no encontrada"),
                request("GET", "/jakarta.faces.resource/..%2FWEB-INF%2Fweb.xml.xhtml", null, null, 404, "Page not found", "Página no encontrada"),
                request("GET", "/jakarta.faces.resource/web.xml.xhtml?ln=../WEB-INF", null, null, 404, "Page not found", "Página no encontrada"),
                request("GET", "/jakarta.faces.resource/web.xml.xhtml?ln=..%2F..%2FWEB-INF", null, null, 404, "Page not found", "Página no encontrada"),
                request("GET", "/WEB-INF/web.xml", null, null, 404, "Page not found", "Página no encontrada"),
                request("GET", "/campaign/sign.xhtml", null, null, 404, "Page not found", "Página no encontrada"),
                request("GET", "/campaign/thanks.xhtml", null, null, 404, "Page not found", "Página no encontrada"),
                request("POST", "/campaigns/" + CAMPAIGN, form,
                        "sign=sign&sign%3AfirstName=Rosa&sign%3Asubmit=Sign&jakarta.faces.ViewState=stateless".getBytes(StandardCharsets.US_ASCII),
                        200, "Please fill in every field marked as required", "Complete todos los campos obligatorios"),
                // A character set no one knows is read as the page's own, UTF-8.
                request("POST", "/campaigns/" + CAMPAIGN, form + "; charset=nope",
                        "sign=sign&sign%3AfirstName=Rosa&sign%3Asubmit=Sign&jakarta.faces.ViewState=stateless".getBytes(StandardCharsets.US_ASCII),
                        200, "Please fill in every field marked as required", "Complete todos los campos obligatorios"),
                request("POST", "/campaigns/" + CAMPAIGN, form, formWith("jakarta.faces.ViewState=garbled%3A%3A%00"), 400,
                        "The page expired", "La página expiró"),
                request("POST", "/campaigns/" + CAMPAIGN, form, formWith("jakarta.faces.ViewState=-4711%3A8150"), 400,
                        "The page expired", "La página expiró"),
                // A percent escape no decoder takes: the server would drop the field and log its value.
                request("POST", "/campaigns/" + CAMPAIGN, form, formWith("sign%3Acomment=100%"), 400,
                        "We could not read that", "No pudimos leer eso"),
                request("POST", "/organize/login.xhtml", form, "login%3Aemail=rosa%40example.net%zz".getBytes(StandardCharsets.US_ASCII),
                        400, "We could not read that", "No pudimos leer eso"),
                request("POST", "/campaigns/" + CAMPAIGN, form, megabyte, 413, "Too much at once", "Demasiado de una vez"),
                request("PUT", "/campaigns/" + CAMPAIGN, form, formWith(""), 405, "Not possible here", "No es posible aquí"),
                request("DELETE", "/static/firmas.css", null, null, 405, "Not possible here", "No es posible aquí"),
                request("TRACE", "/", null, null, 405, "Not possible here", "No es posible aquí"),
                request("POST", "/api/campaigns/" + CAMPAIGN, form, formWith(""), 405, "Not possible here", "No es posible aquí"));
    }

    private static Arguments request(String method, String path, String contentType, byte[] body, int status,
                                     String english, String spanish) {
        return Arguments.of(method + " " + path, method, path, contentType, body, status, english, spanish);
    }

    /** A sign form post with the given extra fields, as the page would send it. */
    private static byte[] formWith(String extra) {
        return ("sign=sign&sign%3AfirstName=Rosa&sign%3AlastName=Martinez&sign%3Aemail=rosa%40example.net"
                + "&sign%3Azip=19148&sign%3Asubmit=Sign" + (extra.isEmpty() ? "" : "&" + extra)).getBytes(StandardCharsets.US_ASCII);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void aBadRequestGetsAPageInTheVisitorsLanguage(String description, String method, String path, String contentType,
                                                  byte[] body, int status, String english, String spanish) {
        for (Language language : Language.values()) {
            long before = storedInCampaign();

            RawHttp.Answer answer = raw.send(method, path, contentType, body, language);

            answer.assertClean(status, language, language.pick(english, spanish));
            assertFalse(answer.body().contains("<script>") || answer.body().contains("web-app"), answer.body());
            assertEquals(before, storedInCampaign(), "nothing stored");
        }
    }

    @Test
    void aPostThatDoesNotSayHowLongItIsGetsAPageInTheVisitorsLanguage() {
        for (Language language : Language.values()) {
            RawHttp.Answer answer = raw.postChunked("/campaigns/" + CAMPAIGN, "application/x-www-form-urlencoded",
                    formWith("jakarta.faces.ViewState=stateless"), language);

            answer.assertClean(411, language, language.pick("We could not read that", "No pudimos leer eso"));
        }
    }

    @Test
    void aFacesRequestThatExecutesOnlyTheButtonStoresNothing() {
        byte[] onlyTheButton = ("sign=sign&sign%3Asubmit=Sign&jakarta.faces.ViewState=stateless&jakarta.faces.partial.ajax=true"
                + "&jakarta.faces.source=sign%3Asubmit&jakarta.faces.partial.execute=sign%3Asubmit").getBytes(StandardCharsets.US_ASCII);
        for (Language language : Language.values()) {
            long before = storedInCampaign();

            raw.send("POST", "/campaigns/" + CAMPAIGN, "application/x-www-form-urlencoded", onlyTheButton, language)
                    .assertCleanOf(language);

            assertEquals(before, storedInCampaign(), "nothing stored");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static long storedInCampaign() {
        return TestDatabase.number("SELECT COUNT(*) FROM signature s JOIN campaign c ON c.id = s.campaign_id WHERE c.slug = ?",
                CAMPAIGN);
    }
}
