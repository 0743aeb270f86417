package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.firmas.campaign.entity.Campaign;
import org.firmas.platform.ClientAddress;
import org.firmas.signature.control.SignatureRecorder;
import org.firmas.signature.entity.SigningResult;

/** Hands a valid sign form to the recorder with the address it came from. Both ways a form arrives end here. */
@ApplicationScoped
public class SignFormIntake {

    @Inject
    SignatureRecorder recorder;

    @Inject
    ClientAddress clientAddress;

    public SigningResult take(Campaign campaign, SignForm form, Locale language, HttpServletRequest request) {
        return recorder.sign(campaign, form.signer(campaign), form.submission(clientAddress.of(request)), language);
    }
}
