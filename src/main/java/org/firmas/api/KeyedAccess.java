package org.firmas.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.firmas.campaign.entity.Campaign;
import org.firmas.organizer.boundary.ApiCaller;
import org.firmas.organizer.boundary.ApiKeys;
import org.firmas.organizer.boundary.ApiUse;

/**
 * The key check of every route that touches signatures: the key in the {@code OSDI-API-Token}
 * header (401 when missing, unknown or revoked), its account's access to the campaign (403
 * otherwise), and the use written to the audit trail before anything is read or recorded.
 */
@ApplicationScoped
public class KeyedAccess {

    public static final String HEADER = "OSDI-API-Token";

    @Inject
    ApiKeys keys;

    public ApiCaller require(HttpServletRequest request, Campaign campaign, ApiUse use) {
        ApiCaller caller = keys.caller(request.getHeader(HEADER))
                .orElseThrow(() -> new ApiProblem(401, "A valid API key is needed in the " + HEADER + " header."));
        if (!keys.mayRead(caller, campaign.id())) {
            throw new ApiProblem(403, "This API key may not see this petition's signatures.");
        }
        keys.used(caller, campaign.id(), use);
        return caller;
    }
}
