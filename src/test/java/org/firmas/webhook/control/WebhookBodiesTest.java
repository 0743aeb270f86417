package org.firmas.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.firmas.signature.entity.ConfirmedSigner;
import org.junit.jupiter.api.Test;

/** What a receiver gets, to the character: the list in docs/webhooks.md and nothing more. */
class WebhookBodiesTest {

    private static final Instant SIGNED = Instant.parse("2026-12-06T19:43:02Z");
    private static final Instant CONFIRMED = Instant.parse("2026-12-06T19:43:09Z");

    @Test
    void aConfirmedSignatureCarriesNameAddressZipAreaAndSourceOnly() {
        ConfirmedSigner ana = new ConfirmedSigner(4250, "Ana", "Martínez", "ana@example.net", "19148", "North", "partner-casa",
                SIGNED, CONFIRMED);
        assertEquals("{\"osdi:signature\":{\"identifiers\":[\"firmas:signature-4250\"],\"created_date\":\"2026-12-06T19:43:02Z\","
                + "\"modified_date\":\"2026-12-06T19:43:09Z\",\"firmas:petition\":\"fund-the-library\",\"person\":{"
                + "\"given_name\":\"Ana\",\"family_name\":\"Martínez\","
                + "\"email_addresses\":[{\"address\":\"ana@example.net\",\"primary\":true}],"
                + "\"postal_addresses\":[{\"postal_code\":\"19148\",\"primary\":true}]},"
                + "\"firmas:source\":\"partner-casa\",\"firmas:area\":\"North\"}}",
                WebhookBodies.signatureConfirmed("fund-the-library", ana));
    }

    @Test
    void noSourceOrAreaIsNullAndAQuoteInANameStaysInsideItsString() {
        ConfirmedSigner quoted = new ConfirmedSigner(7, "Ana \"la\"", "O'Neil", "a@example.net", "19148", null, "", SIGNED, CONFIRMED);
        String body = WebhookBodies.signatureConfirmed("s", quoted);
        assertEquals(true, body.contains("\"given_name\":\"Ana \\\"la\\\"\",\"family_name\":\"O'Neil\""), body);
        assertEquals(true, body.endsWith("\"firmas:source\":null,\"firmas:area\":null}}"), body);
    }

    @Test
    void aVictoryNamesTheCampaignAndItsStatus() {
        assertEquals("{\"osdi:petition\":{\"identifiers\":[\"firmas:petition-120\"],\"name\":\"fund-the-library\","
                + "\"firmas:status\":\"won\",\"modified_date\":\"2026-12-06T19:43:02Z\"}}",
                WebhookBodies.campaignFinished("fund-the-library", 120, "won", SIGNED));
    }
}
