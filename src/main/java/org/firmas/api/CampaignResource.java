package org.firmas.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
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
import org.firmas.platform.JsonBuilders;
import org.firmas.signature.boundary.AreaCounts;
import org.firmas.signature.boundary.SignatureCounts;
import org.firmas.signature.entity.AreaCount;

/** {@code GET /api/campaigns/{slug}}: the public facts of a campaign, its deadline, its confirmed count and its counts by area. */
@Path("campaigns")
@RequestScoped
public class CampaignResource {

    @Inject
    CampaignCatalog catalog;

    @Inject
    SignatureCounts counts;

    @Inject
    AreaCounts areaCounts;

    @GET
    @Path("{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject campaign(@PathParam("slug") String slug) {
        Campaign campaign = catalog.findPublic(slug).orElseThrow(NotFoundException::new);
        JsonObjectBuilder json = JsonBuilders.object()
                .add("slug", campaign.slug())
                .add("title", campaign.definition().texts(Locale.ENGLISH).title())
                .add("titles", titles(campaign))
                .add("status", campaign.definition().status().name().toLowerCase(Locale.ROOT))
                .add("goal", campaign.definition().goal())
                .add("signatureCount", counts.confirmed(campaign.id()))
                .add("areas", areas(campaign));
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

    /** Each area's confirmed count; a count below the threshold is null with the threshold beside it, a withheld one null and marked so. */
    private JsonArray areas(Campaign campaign) {
        var areas = JsonBuilders.array();
        for (AreaCount area : areaCounts.of(campaign)) {
            var entry = JsonBuilders.object().add("name", area.name());
            if (area.withheld()) {
                entry.addNull("count").add("withheld", true);
            } else if (area.hidden()) {
                entry.addNull("count").add("fewerThan", area.fewerThan());
            } else {
                entry.add("count", area.count());
            }
            areas.add(entry);
        }
        return areas.build();
    }

    private static JsonObject titles(Campaign campaign) {
        var builder = JsonBuilders.object();
        campaign.definition().texts().forEach((language, texts) -> builder.add(language, texts.title()));
        return builder.build();
    }
}
