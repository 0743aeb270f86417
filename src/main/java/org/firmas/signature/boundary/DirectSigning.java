package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.firmas.campaign.entity.Campaign;
import org.firmas.platform.SupportedLanguages;
import org.firmas.signature.entity.RepeatMail;
import org.firmas.signature.entity.SigningResult;

/**
 * Takes a sign form post that passes every rule without the Faces lifecycle. In a surge nearly
 * every post is valid, and rebuilding the whole page's component tree only to read eight fields
 * and send a redirect costs more than the signature itself. The post must be the page's own form
 * (its stateless view state and submit button); anything this does not take as it stands (a
 * rule not met, a closed campaign, another form) goes on to Faces, which judges it again by the
 * same {@link SignForm} constraints and answers with the page and its messages. Both paths meet
 * at {@link SignFormIntake}.
 */
@ApplicationScoped
public class DirectSigning {

    static final String FORM = "sign";

    @Inject
    SignFormIntake intake;

    /** Read from the Faces configuration on the first post; it does not change while the application runs. */
    private volatile List<String> languages;

    /** True when the post was taken and answered: the redirect to the thank-you page, or the page asking to try again. */
    public boolean take(HttpServletRequest request, HttpServletResponse response, Campaign campaign) throws IOException {
        if (!OwnFormPost.of(request, FORM)) {
            return false;
        }
        Locale language = SupportedLanguages.forRequest(request, languages());
        SigningResult result = intake.take(campaign, read(request), language, request);
        if (result instanceof SigningResult.Refused || result instanceof SigningResult.Closed
                || result instanceof SigningResult.AreaToChoose) {
            // Faces answers with the page and the rule's message, the area's question, or the campaign's closing notice.
            return false;
        }
        if (result instanceof SigningResult.NotStored) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return true;
        }
        response.sendRedirect(thanksUrl(request, campaign, result, language));
        return true;
    }

    private List<String> languages() {
        List<String> known = languages;
        if (known == null) {
            known = SupportedLanguages.ofApplication();
            languages = known;
        }
        return known;
    }

    /**
     * Where every accepted form leads, new signature or not; when signing again sent no mail, the
     * address says why, so the page does not claim one went out. The form in a partner's frame
     * leads to the thank-you page in the frame, in the form's language.
     */
    static String thanksUrl(HttpServletRequest request, Campaign campaign, SigningResult result, Locale language) {
        boolean embedded = CampaignUrlFilter.isEmbedded(request);
        String thanks = request.getContextPath() + "/campaigns/" + campaign.slug() + (embedded ? "/embed/thanks" : "/thanks");
        List<String> query = new ArrayList<>();
        if (embedded) {
            query.add("lang=" + language.getLanguage());
        }
        if (result instanceof SigningResult.Duplicate duplicate) {
            if (duplicate.mail() instanceof RepeatMail.TooSoon tooSoon) {
                query.add(ThanksPage.MAIL + "=" + ThanksPage.TOO_SOON);
                query.add(ThanksPage.MINUTES + "=" + tooSoon.minutesToWait());
            }
            if (duplicate.mail() instanceof RepeatMail.NoMore) {
                query.add(ThanksPage.MAIL + "=" + ThanksPage.NO_MORE);
            }
        }
        return query.isEmpty() ? thanks : thanks + "?" + String.join("&", query);
    }

    /**
     * The fields as Faces would set them: an empty answer is no answer, a ticked box says "on".
     * The names are the input ids in {@code WEB-INF/templates/sign-form.xhtml}, read only here.
     */
    private static SignForm read(HttpServletRequest request) {
        SignForm form = new SignForm();
        form.setFirstName(text(request, "firstName"));
        form.setLastName(text(request, "lastName"));
        form.setEmail(text(request, "email"));
        form.setZip(text(request, "zip"));
        form.setPhone(text(request, "phone"));
        form.setComment(text(request, "comment"));
        form.setListPublicly(ticked(request, "listPublicly"));
        form.setWantsUpdates(ticked(request, "wantsUpdates"));
        form.setWebsite(text(request, "website"));
        form.setProof(text(request, "proof"));
        form.setSource(text(request, "source"));
        form.setPartnerOptIn(ticked(request, "partnerOptIn"));
        form.setArea(text(request, "area"));
        return form;
    }

    private static String text(HttpServletRequest request, String field) {
        String value = request.getParameter(FORM + ":" + field);
        return value == null || value.isEmpty() ? null : value;
    }

    private static boolean ticked(HttpServletRequest request, String field) {
        String value = request.getParameter(FORM + ":" + field);
        return "on".equalsIgnoreCase(value) || "yes".equalsIgnoreCase(value) || "true".equalsIgnoreCase(value);
    }
}
