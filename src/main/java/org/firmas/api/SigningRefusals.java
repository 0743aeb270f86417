package org.firmas.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.firmas.platform.JsonBuilders;
import org.firmas.signature.entity.SigningResult;

/** What a signature the intake did not record is answered with: its status and its JSON error. */
final class SigningRefusals {

    private SigningRefusals() {
    }

    static ApiProblem of(SigningResult result) {
        if (result instanceof SigningResult.Refused refused) {
            Map<String, String> fields = new LinkedHashMap<>();
            refused.problems().forEach((field, message) ->
                    fields.put(SignatureRequest.FIELD_NAMES.getOrDefault(field, field), message));
            return new ApiProblem(422, "The signature breaks the petition's rules; nothing was recorded.", fields);
        }
        if (result instanceof SigningResult.AreaToChoose choose) {
            var candidates = JsonBuilders.array();
            choose.candidates().forEach(candidates::add);
            return new ApiProblem(422, JsonBuilders.object()
                    .add("error", choose.refused()
                            ? "firmas:area is not one of the areas of this postal code; send one of firmas:area_candidates."
                            : "This postal code lies in several areas; send the signer's as firmas:area, one of firmas:area_candidates.")
                    .add("firmas:area_candidates", candidates));
        }
        if (result instanceof SigningResult.Closed) {
            return new ApiProblem(409, "The petition no longer takes signatures.");
        }
        if (result instanceof SigningResult.Limited) {
            return new ApiProblem(429, "Too many signatures from this key for now; wait a minute and send again.");
        }
        return new ApiProblem(503, "The signature could not be stored; nothing was recorded. Send it again.");
    }
}
