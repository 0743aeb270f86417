package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.firmas.campaign.entity.AreaChoice;
import org.firmas.campaign.entity.Campaign;
import org.firmas.platform.ClientAddress;
import org.firmas.signature.control.SignatureRecorder;
import org.firmas.signature.control.SigningTally;
import org.firmas.signature.entity.SigningResult;

/**
 * Where every way into signing meets. Judges a sign form by its constraints and hands a valid one
 * to the recorder with the address it came from.
 * <ol>
 * <li>Direct: {@link CampaignUrlFilter} hands a post of the page's own form to {@link DirectSigning},
 * which reads the {@code sign:*} fields itself and never starts Faces. It exists for surges, when
 * nearly every post is valid and building the page's component tree costs more than the signature.</li>
 * <li>Faces: whatever the direct path does not take as it stands (a rule not met, a closed
 * campaign, another form) goes on to {@code campaign/sign.xhtml} (or the embed), {@link SignPage} and its
 * {@link SignForm}, which answer with the page and its messages.</li>
 * <li>API: the OSDI {@code record_signature_helper} fills a form from its JSON and comes in through
 * {@link #takeAccountable}, answered in JSON.</li>
 * </ol>
 * Neither relies on what the other checked: Faces judges only the fields a post carries and
 * executes, and a post that leaves some out or executes only the button (no browser sends one)
 * would otherwise reach the recorder. A post refused as invalid is counted once, though both
 * the direct path and Faces may judge it.
 */
@ApplicationScoped
public class SignFormIntake {

    private static final String COUNTED_INVALID = SignFormIntake.class.getName() + ".countedInvalid";

    @Inject
    SignatureRecorder recorder;

    @Inject
    ClientAddress clientAddress;

    @Inject
    Validator validator;

    @Inject
    SigningTally tally;

    public SigningResult take(Campaign campaign, SignForm form, Locale language, HttpServletRequest request) {
        SigningResult result = !validator.validate(form).isEmpty() ? new SigningResult.Refused() : inItsArea(campaign, form, area ->
                recorder.sign(campaign, form.signer(campaign, area), form.submission(clientAddress.of(request)), language));
        // The direct path hands a post it refuses on to Faces, which may ask here again.
        if (SigningTally.isInvalid(result) && request.getAttribute(COUNTED_INVALID) == null) {
            request.setAttribute(COUNTED_INVALID, Boolean.TRUE);
            tally.counted(result, null);
        }
        return result;
    }

    /**
     * The third way in, for an API key ({@code callerName} names it to the limits): the same rules,
     * answered with each broken field's message, the same areas and duplicates; see
     * {@link SignatureRecorder#signAccountable} for limits and vouching.
     */
    public SigningResult takeAccountable(Campaign campaign, SignForm form, Locale language, String callerName, boolean vouched) {
        Map<String, String> problems = new TreeMap<>();
        for (ConstraintViolation<SignForm> violation : validator.validate(form)) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        SigningResult result = !problems.isEmpty() ? new SigningResult.Refused(problems) : inItsArea(campaign, form, area ->
                recorder.signAccountable(campaign, form.signer(campaign, area), callerName, vouched, language));
        return SigningTally.isInvalid(result) ? tally.counted(result, null) : result;
    }

    /** Nothing is recorded until the signature has its area: the ZIP code's, or the candidate chosen. */
    private static SigningResult inItsArea(Campaign campaign, SignForm form, Function<String, SigningResult> sign) {
        AreaChoice area = campaign.definition().areaFor(form.getZip(), form.getArea());
        if (area instanceof AreaChoice.Open open) {
            return new SigningResult.AreaToChoose(open.candidates(), open.refused());
        }
        return sign.apply(((AreaChoice.Settled) area).area());
    }
}
