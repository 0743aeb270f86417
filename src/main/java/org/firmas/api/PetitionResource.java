package org.firmas.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.campaign.entity.Campaign;
import org.firmas.platform.JsonBuilders;
import org.firmas.signature.boundary.SignatureCounts;

/**
 * The OSDI entry point and petitions: every public campaign, readable without a key. A petition's
 * {@code total_signatures} is its confirmed count, as its page shows it.
 */
@Path(OsdiJson.ROOT)
@RequestScoped
public class PetitionResource {

    @Inject
    CampaignCatalog catalog;

    @Inject
    SignatureCounts counts;

    @Context
    UriInfo uri;

    @GET
    public Response entryPoint() {
        OsdiJson osdi = new OsdiJson(uri.getBaseUri());
        return OsdiJson.hal(200, JsonBuilders.object()
                .add("motd", "Firmas OSDI API: petitions and their signatures.")
                .add("vendor_name", "Firmas")
                .add("product_name", "Firmas")
                .add("osdi_version", "1.0")
                .add("max_pagesize", HalPage.MAX_PER_PAGE)
                .add("_links", JsonBuilders.object()
                        .add("self", osdi.link(""))
                        .add("osdi:petitions", osdi.link("petitions")))
                .build());
    }

    @GET
    @Path("petitions")
    public Response petitions(@QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        OsdiJson osdi = new OsdiJson(uri.getBaseUri());
        List<Campaign> all = catalog.allPublic();
        HalPage asked = HalPage.asked(page, perPage, all.size());
        JsonArrayBuilder items = JsonBuilders.array();
        all.stream().skip(asked.offset()).limit(asked.perPage())
                .forEach(campaign -> items.add(osdi.petition(campaign, counts.confirmed(campaign.id()))));
        return OsdiJson.hal(200, asked.envelope(osdi.href("petitions"), "osdi:petitions", items.build(),
                JsonBuilders.object()));
    }

    @GET
    @Path("petitions/{id}")
    public Response petition(@PathParam("id") String id) {
        Campaign campaign = publicPetition(catalog, id);
        return OsdiJson.hal(200, new OsdiJson(uri.getBaseUri()).petition(campaign, counts.confirmed(campaign.id())));
    }

    /** The public campaign an identifier in a path names; 404 for anything else, drafts included. */
    static Campaign publicPetition(CampaignCatalog catalog, String id) {
        return number(id).flatMap(catalog::findById).filter(campaign -> campaign.definition().status().isPublic())
                .orElseThrow(() -> new ApiProblem(404, "No public petition has this identifier."));
    }

    /** An identifier as a path gives it: the number, with or without its {@code firmas:} prefix. */
    static Optional<Long> number(String id) {
        String digits = id.startsWith("firmas:") ? id.substring("firmas:".length()) : id;
        return digits.matches("\\d{1,18}") ? Optional.of(Long.parseLong(digits)) : Optional.empty();
    }
}
