package org.firmas.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignTexts;
import org.firmas.platform.JsonBuilders;
import org.firmas.signature.entity.SignatureRow;

/** Petitions and signatures in OSDI's shape, with addresses under the API's base. */
final class OsdiJson {

    static final String HAL_JSON = "application/hal+json";
    static final String ROOT = "osdi/v1/";

    private final URI base;

    /** {@code base} is the address of {@code /api/}. */
    OsdiJson(URI base) {
        this.base = base;
    }

    static Response hal(int status, JsonObject body) {
        return Response.status(status).type(HAL_JSON + ";charset=UTF-8").entity(body.toString()).build();
    }

    static String identifier(long id) {
        return "firmas:" + id;
    }

    String href(String path) {
        return base.resolve(ROOT + path).toString();
    }

    JsonObject link(String path) {
        return JsonBuilders.object().add("href", href(path)).build();
    }

    static String petitionPath(long campaignId) {
        return "petitions/" + campaignId;
    }

    static String signaturesPath(long campaignId) {
        return petitionPath(campaignId) + "/signatures";
    }

    JsonObject petition(Campaign campaign, long totalSignatures) {
        CampaignDefinition definition = campaign.definition();
        CampaignTexts texts = definition.texts(Locale.ENGLISH);
        var targets = JsonBuilders.array();
        for (var target : definition.targets()) {
            JsonObjectBuilder named = JsonBuilders.object().add("name", target.name());
            targets.add(target.title() == null ? named : named.add("title", target.title()));
        }
        JsonObjectBuilder petition = JsonBuilders.object()
                .add("identifiers", JsonBuilders.array().add(identifier(campaign.id())))
                .add("origin_system", "Firmas")
                .add("title", texts.title())
                .add("description", texts.summary() == null ? "" : texts.summary())
                .add("petition_text", texts.petition() == null ? "" : texts.petition())
                .add("browser_url", base.resolve("../campaigns/" + campaign.slug()).toString())
                .add("target", targets)
                .add("total_signatures", totalSignatures)
                .add("firmas:slug", campaign.slug())
                .add("firmas:status", definition.status().name().toLowerCase(Locale.ROOT))
                .add("firmas:goal", definition.goal());
        if (definition.deadline() != null) {
            petition.add("firmas:closes_at", definition.closesAt().toString());
        }
        String signatures = signaturesPath(campaign.id());
        return petition.add("_links", JsonBuilders.object()
                .add("self", link(petitionPath(campaign.id())))
                .add("osdi:signatures", link(signatures))
                .add("osdi:record_signature_helper", link(signatures + "/record_signature_helper"))).build();
    }

    /** A signature; its signer only while the signature still has one (not erased). */
    JsonObjectBuilder signature(SignatureRow row) {
        JsonObjectBuilder signature = JsonBuilders.object()
                .add("identifiers", JsonBuilders.array().add(identifier(row.id())))
                .add("created_date", row.createdAt().toString())
                .add("modified_date", row.modifiedAt().toString())
                .add("firmas:status", row.status().name().toLowerCase(Locale.ROOT));
        if (row.source() != null) {
            signature.add("referrer_data", JsonBuilders.object().add("source", row.source()));
        }
        SignatureRow.Signer signer = row.signer();
        if (signer != null) {
            if (signer.comment() != null) {
                signature.add("comments", signer.comment());
            }
            signature.add("person", person(signer));
        } else {
            signature.add("firmas:erased", true);
        }
        return signature.add("_links", JsonBuilders.object()
                .add("self", link(signaturesPath(row.campaignId()) + "/" + row.id()))
                .add("osdi:petition", link(petitionPath(row.campaignId()))));
    }

    private static JsonObject person(SignatureRow.Signer signer) {
        JsonObjectBuilder postal = JsonBuilders.object().add("postal_code", signer.zip());
        if (signer.area() != null) {
            postal.add("firmas:area", signer.area());
        }
        return JsonBuilders.object()
                .add("given_name", signer.firstName())
                .add("family_name", signer.lastName())
                .add("email_addresses", JsonBuilders.array().add(JsonBuilders.object()
                        .add("address", signer.email()).add("primary", true)))
                .add("postal_addresses", JsonBuilders.array().add(postal))
                .build();
    }
}
