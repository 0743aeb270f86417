package org.firmas.webhook.control;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import org.firmas.signature.entity.ConfirmedSigner;

/**
 * The JSON each event posts, in OSDI's shape and names where OSDI has them ({@code osdi:signature},
 * {@code identifiers}, {@code created_date}, {@code person}) and {@code firmas:} names where it
 * has not. A signature carries the least an organizer's list needs: name, address, ZIP code.
 */
final class WebhookBodies {

    private WebhookBodies() {
    }

    static String signatureConfirmed(String slug, ConfirmedSigner signer) {
        JsonObjectBuilder person = Json.createObjectBuilder()
                .add("given_name", signer.firstName())
                .add("family_name", signer.lastName())
                .add("email_addresses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("address", signer.email()).add("primary", true)))
                .add("postal_addresses", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("postal_code", signer.zip()).add("primary", true)));
        JsonObjectBuilder signature = Json.createObjectBuilder()
                .add("identifiers", Json.createArrayBuilder().add("firmas:signature-" + signer.signatureId()))
                .add("created_date", signer.signedAt().toString())
                .add("modified_date", (signer.confirmedAt() == null ? signer.signedAt() : signer.confirmedAt()).toString())
                .add("firmas:petition", slug)
                .add("person", person);
        nullable(signature, "firmas:source", signer.source());
        nullable(signature, "firmas:area", signer.area());
        return Json.createObjectBuilder().add("osdi:signature", signature).build().toString();
    }

    static String milestoneReached(String slug, long campaignId, long signatures, Instant reachedAt) {
        return Json.createObjectBuilder().add("firmas:milestone", Json.createObjectBuilder()
                .add("identifiers", Json.createArrayBuilder().add("firmas:milestone-" + campaignId + "-" + signatures))
                .add("firmas:petition", slug)
                .add("total_signatures", signatures)
                .add("created_date", reachedAt.toString())).build().toString();
    }

    static String campaignFinished(String slug, long campaignId, String status, Instant at) {
        return Json.createObjectBuilder().add("osdi:petition", Json.createObjectBuilder()
                .add("identifiers", Json.createArrayBuilder().add("firmas:petition-" + campaignId))
                .add("name", slug)
                .add("firmas:status", status)
                .add("modified_date", at.toString())).build().toString();
    }

    static String updateSent(String slug, long updateId, Instant sentAt) {
        return Json.createObjectBuilder().add("firmas:update", Json.createObjectBuilder()
                .add("identifiers", Json.createArrayBuilder().add("firmas:update-" + updateId))
                .add("firmas:petition", slug)
                .add("created_date", sentAt.toString())).build().toString();
    }

    private static void nullable(JsonObjectBuilder object, String name, String value) {
        if (value == null || value.isBlank()) {
            object.addNull(name);
        } else {
            object.add(name, value);
        }
    }
}
