package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.util.Locale;
import org.firmas.campaign.entity.Campaign;
import org.firmas.platform.ClientAddress;
import org.firmas.signature.control.SignatureRecorder;
import org.firmas.signature.entity.SigningResult;

/**
 * Judges a sign form by its constraints and hands a valid one to the recorder with the address it
 * came from. Both ways a form arrives end here, so neither relies on what the other checked: Faces
 * judges only the fields a post carries and executes, and a post that leaves some out or executes
 * only the button (no browser sends one) would otherwise reach the recorder.
 */
@ApplicationScoped
public class SignFormIntake {

    @Inject
    SignatureRecorder recorder;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Validator validator;

    public SigningResult take(Campaign campaign, SignForm form, Locale language, HttpServletRequest request) {
        if (!validator.validate(form).isEmpty()) {
            return new SigningResult.Refused();
        }
        return recorder.sign(campaign, form.signer(campaign), form.submission(clientAddress.of(request)), language);
    }
}
