package org.firmas.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.campaign.entity.Campaign;
import org.firmas.organizer.boundary.ApiCaller;
import org.firmas.organizer.boundary.ApiUse;
import org.firmas.platform.JsonBuilders;
import org.firmas.platform.SupportedLanguages;
import org.firmas.signature.boundary.SignFormIntake;
import org.firmas.signature.boundary.SignatureRows;
import org.firmas.signature.entity.RepeatMail;
import org.firmas.signature.entity.SignatureRow;
import org.firmas.signature.entity.SignatureStatus;
import org.firmas.signature.entity.SigningResult;

/**
 * A petition's signatures, with their signers' personal data, and recording new ones: only through
 * a key whose account may see the campaign. Withdrawn signatures are gone; erased ones are listed
 * without a person.
 */
@Path(OsdiJson.ROOT + "petitions/{petition}/signatures")
@RequestScoped
public class SignatureResource {

    /** A signer and a comment fill a few kilobytes; more is not a signature. */
    static final int MAX_BODY_BYTES = 16 * 1024;

    @Inject
    CampaignCatalog catalog;

    @Inject
    KeyedAccess access;

    @Inject
    SignatureRows rows;

    @Inject
    SignFormIntake intake;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    public Response signatures(@PathParam("petition") String petition, @QueryParam("page") String page,
                               @QueryParam("per_page") String perPage) {
        Campaign campaign = PetitionResource.publicPetition(catalog, petition);
        HalPage asked = HalPage.asked(page, perPage, 0);
        access.require(request, campaign, ApiUse.LIST_SIGNATURES);
        asked = new HalPage(asked.page(), asked.perPage(), rows.count(campaign.id()));
        OsdiJson osdi = new OsdiJson(uri.getBaseUri());
        JsonArrayBuilder items = JsonBuilders.array();
        rows.page(campaign.id(), (int) Math.min(asked.offset(), Integer.MAX_VALUE), asked.perPage())
                .forEach(row -> items.add(osdi.signature(row)));
        return OsdiJson.hal(200, asked.envelope(osdi.href(OsdiJson.signaturesPath(campaign.id())), "osdi:signatures",
                items.build(), JsonBuilders.object().add("osdi:petition", osdi.link(OsdiJson.petitionPath(campaign.id())))));
    }

    @GET
    @Path("{id}")
    public Response signature(@PathParam("petition") String petition, @PathParam("id") String id) {
        Campaign campaign = PetitionResource.publicPetition(catalog, petition);
        access.require(request, campaign, ApiUse.READ_SIGNATURE);
        SignatureRow row = PetitionResource.number(id).flatMap(number -> rows.one(campaign.id(), number))
                .orElseThrow(() -> new ApiProblem(404, "This petition has no signature with this identifier."));
        return OsdiJson.hal(200, new OsdiJson(uri.getBaseUri()).signature(row).build());
    }

    /**
     * {@code record_signature_helper}: a signer and their signature, through the same intake as the
     * sign form. The answer says whether the signature is confirmed (a trusted key vouches for its
     * signers) or waits for the confirmation mail sent to the signer.
     */
    @POST
    @Path("record_signature_helper")
    public Response record(@PathParam("petition") String petition, InputStream body) throws IOException {
        Campaign campaign = PetitionResource.publicPetition(catalog, petition);
        ApiCaller caller = access.require(request, campaign, ApiUse.RECORD_SIGNATURE);
        SignatureRequest signer = SignatureRequest.parse(read(body));
        SigningResult result = intake.takeAccountable(campaign, signer.form(),
                SupportedLanguages.forRequest(request, SupportedLanguages.ofApplication()), "api-key:" + caller.keyId(),
                caller.trusted());
        OsdiJson osdi = new OsdiJson(uri.getBaseUri());
        if (result instanceof SigningResult.Recorded recorded) {
            SignatureRow row = rows.one(campaign.id(), recorded.signatureId()).orElseThrow();
            return OsdiJson.hal(201, answer(osdi, row, row.status() == SignatureStatus.PENDING, false));
        }
        if (result instanceof SigningResult.Duplicate duplicate) {
            SignatureRow row = rows.byEmail(campaign.id(), signer.email())
                    .orElseThrow(() -> new ApiProblem(503, "The signature could not be read back; try again."));
            boolean mailed = duplicate.mail() instanceof RepeatMail.Sent && row.status() == SignatureStatus.PENDING;
            return OsdiJson.hal(200, answer(osdi, row, mailed, true));
        }
        throw SigningRefusals.of(result);
    }

    private static JsonObject answer(OsdiJson osdi, SignatureRow row, boolean mailed, boolean duplicate) {
        JsonObjectBuilder answer = osdi.signature(row)
                .add("firmas:confirmation_mail_sent", mailed)
                .add("firmas:duplicate", duplicate);
        return answer.build();
    }

    private static String read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ApiProblem(413, "The body is larger than " + MAX_BODY_BYTES / 1024 + " KB.");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
