package org.firmas.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.signature.boundary.SignatureCounts;

/** {@code GET /api/campaigns/{slug}}: the public facts of a campaign, its deadline and its confirmed count. */
@Path("campaigns")
@RequestScoped
public class CampaignResource {

    @Inject
    CampaignCatalog catalog;

    @Inject
    SignatureCounts counts;

    @GET
    @Path("{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject campaign(@PathParam("slug") String slug) {
        Campaign campaign = catalog.findPublic(slug).orElseThrow(NotFoundException::new);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("slug", campaign.slug())
                .add("title", campaign.definition().texts(Locale.ENGLISH).title())
                .add("titles", titles(campaign))
                .add("status", campaign.definition().status().name().toLowerCase(Locale.ROOT))
                .add("goal", campaign.definition().goal())
                .add("signatureCount", counts.confirmed(campaign.id()));
        addDeadline(json, campaign.definition());
        return json.build();
    }

    /** The deadline as the campaign's own day and as the instant it closes, so no reader has to know its time zone. */
    private static void addDeadline(JsonObjectBuilder json, CampaignDefinition definition) {
        if (definition.deadline() == null) {
            json.addNull("deadline").addNull("closesAt");
        } else {
            json.add("deadline", definition.deadline().toString())
                    .add("closesAt", definition.closesAt().toString());
        }
    }

    private static JsonObject titles(Campaign campaign) {
        var builder = Json.createObjectBuilder();
        campaign.definition().texts().forEach((language, texts) -> builder.add(language, texts.title()));
        return builder.build();
    }
}
