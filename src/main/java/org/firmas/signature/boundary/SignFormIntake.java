package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.firmas.campaign.entity.Campaign;
import org.firmas.platform.ClientAddress;
import org.firmas.signature.control.SignatureRecorder;
import org.firmas.signature.control.SigningScreen;
import org.firmas.signature.entity.SigningOrigin;
import org.firmas.signature.entity.SigningResult;

/** Takes a valid sign form: screens it for abuse, then records it. Both ways a form arrives end here. */
@ApplicationScoped
public class SignFormIntake {

    @Inject
    SignatureRecorder recorder;

    @Inject
    SigningScreen screen;

    @Inject
    ClientAddress clientAddress;

    public SigningResult take(Campaign campaign, SignForm form, Locale language, HttpServletRequest request) {
        if (!campaign.definition().status().takesSignatures()) {
            // Nothing is screened for a campaign that takes nothing: no limit is spent on it.
            return new SigningResult.Closed();
        }
        SigningOrigin origin = screen.screen(campaign.id(), form.submission(clientAddress.of(request)));
        return recorder.sign(campaign, form.signer(campaign), language, origin);
    }
}
