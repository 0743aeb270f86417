package org.firmas.webhook.control;

import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import org.firmas.platform.JsonBuilders;
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
        JsonObjectBuilder person = JsonBuilders.object()
                .add("given_name", signer.firstName())
                .add("family_name", signer.lastName())
                .add("email_addresses", JsonBuilders.array().add(JsonBuilders.object()
                        .add("address", signer.email()).add("primary", true)))
                .add("postal_addresses", JsonBuilders.array().add(JsonBuilders.object()
                        .add("postal_code", signer.zip()).add("primary", true)));
        JsonObjectBuilder signature = JsonBuilders.object()
                .add("identifiers", JsonBuilders.array().add("firmas:signature-" + signer.signatureId()))
                .add("created_date", signer.signedAt().toString())
                .add("modified_date", (signer.confirmedAt() == null ? signer.signedAt() : signer.confirmedAt()).toString())
                .add("firmas:petition", slug)
                .add("person", person);
        nullable(signature, "firmas:source", signer.source());
        nullable(signature, "firmas:area", signer.area());
        return JsonBuilders.object().add("osdi:signature", signature).build().toString();
    }

    static String milestoneReached(String slug, long campaignId, long signatures, Instant reachedAt) {
        return JsonBuilders.object().add("firmas:milestone", JsonBuilders.object()
                .add("identifiers", JsonBuilders.array().add("firmas:milestone-" + campaignId + "-" + signatures))
                .add("firmas:petition", slug)
                .add("total_signatures", signatures)
                .add("created_date", reachedAt.toString())).build().toString();
    }

    static String campaignFinished(String slug, long campaignId, String status, Instant at) {
        return JsonBuilders.object().add("osdi:petition", JsonBuilders.object()
                .add("identifiers", JsonBuilders.array().add("firmas:petition-" + campaignId))
                .add("name", slug)
                .add("firmas:status", status)
                .add("modified_date", at.toString())).build().toString();
    }

    static String updateSent(String slug, long updateId, Instant sentAt) {
        return JsonBuilders.object().add("firmas:update", JsonBuilders.object()
                .add("identifiers", JsonBuilders.array().add("firmas:update-" + updateId))
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
