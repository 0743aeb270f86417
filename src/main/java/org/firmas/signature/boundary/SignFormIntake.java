package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.util.Locale;
import org.firmas.campaign.entity.AreaChoice;
import org.firmas.campaign.entity.Campaign;
import org.firmas.platform.ClientAddress;
import org.firmas.signature.control.SignatureRecorder;
import org.firmas.signature.entity.SigningResult;

/**
 * Where both ways into signing meet. Judges a sign form by its constraints and hands a valid one
 * to the recorder with the address it came from.
 * <ol>
 * <li>Direct: {@link CampaignUrlFilter} hands a post of the page's own form to {@link DirectSigning},
 * which reads the {@code sign:*} fields itself and never starts Faces. It exists for surges, when
 * nearly every post is valid and building the page's component tree costs more than the signature.</li>
 * <li>Faces: whatever the direct path does not take as it stands (a rule not met, a closed
 * campaign, another form) goes on to {@code campaign/sign.xhtml} (or the embed), {@link SignPage} and its
 * {@link SignForm}, which answer with the page and its messages.</li>
 * </ol>
 * Neither relies on what the other checked: Faces judges only the fields a post carries and
 * executes, and a post that leaves some out or executes only the button (no browser sends one)
 * would otherwise reach the recorder.
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
        AreaChoice area = campaign.definition().areaFor(form.getZip(), form.getArea());
        if (area instanceof AreaChoice.Open open) {
            return new SigningResult.AreaToChoose(open.candidates(), open.refused());
        }
        String settled = ((AreaChoice.Settled) area).area();
        return recorder.sign(campaign, form.signer(campaign, settled), form.submission(clientAddress.of(request)), language);
    }
}
