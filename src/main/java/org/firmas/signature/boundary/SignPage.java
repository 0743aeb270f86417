package org.firmas.signature.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.firmas.platform.EmailSyntax;
import org.firmas.platform.Messages;
import org.firmas.signature.entity.SigningResult;

/**
 * The sign form as a Faces page: it shows the form and, when a post does not pass, the messages
 * for each field. A new signature and a repeated one end on the same thank-you page, so the form
 * never tells anyone whether an address has signed, nor whether the signature was held as suspect.
 */
@Named
@RequestScoped
public class SignPage {

    @Inject
    CampaignPage campaignPage;

    @Inject
    SignFormIntake intake;

    /** The chooser's radio buttons are plain inputs by this name, read by both paths like the other fields. */
    static final String AREA = DirectSigning.FORM + ":area";

    private final SignForm form = new SignForm();

    /** The form carries the page's source; a post brings it back in the hidden field, which then replaces this. */
    @PostConstruct
    void carrySource() {
        form.setSource(campaignPage.getSource());
    }

    public String sign() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot().getLocale();
        ExternalContext external = context.getExternalContext();
        form.setArea(external.getRequestParameterMap().get(AREA));
        SigningResult result = intake.take(campaignPage.getCampaign(), form, locale, (HttpServletRequest) external.getRequest());
        if (result instanceof SigningResult.Refused) {
            // Faces passed the fields it judged, so some were left out of the post or not executed.
            context.validationFailed();
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(locale, "sign.incomplete"), null));
            return null;
        }
        if (result instanceof SigningResult.AreaToChoose choose) {
            context.validationFailed();
            context.addMessage(AREA, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    text(locale, choose.refused() ? "sign.area.notACandidate" : "sign.area.choose"), null));
            return null;
        }
        if (result instanceof SigningResult.Closed) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text(locale, "sign.closed"), null));
            return null;
        }
        if (result instanceof SigningResult.NotStored) {
            external.responseSendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, null);
            context.responseComplete();
            return null;
        }
        external.redirect(DirectSigning.thanksUrl((HttpServletRequest) external.getRequest(), campaignPage.getCampaign(), result, locale));
        return null;
    }

    private static String text(Locale locale, String key) {
        return ResourceBundle.getBundle("org.firmas.i18n.messages", locale).getString(key);
    }

    /**
     * What the error summary lists, in the form's order: each field's message with a link to the
     * field, and messages about the whole form without one.
     */
    public List<Problem> getProblems() {
        FacesContext context = FacesContext.getCurrentInstance();
        List<Problem> problems = new ArrayList<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            context.getMessageList(id).forEach(message ->
                    problems.add(new Problem(id == null ? null : "#" + id, message.getSummary())));
        }
        return problems;
    }

    /** The campaign's title, after "Error:" when the form was refused, so a screen reader hears it first. */
    public String getPageTitle() {
        FacesContext context = FacesContext.getCurrentInstance();
        String title = campaignPage.getProgress().getTitle();
        if (!context.isValidationFailed()) {
            return title;
        }
        Locale locale = context.getViewRoot().getLocale();
        return Messages.format(locale, "sign.errorTitle", title);
    }

    public String getZipPattern() {
        return SignForm.ZIP;
    }

    public String getEmailPattern() {
        return EmailSyntax.BROWSER_PATTERN;
    }

    /** The ZIP code rule in the page's language: browsers show it when they refuse the field. */
    public String getZipRule() {
        return rule("firmas.zip.invalid");
    }

    public String getEmailRule() {
        return rule("firmas.email.invalid");
    }

    private static String rule(String key) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return ResourceBundle.getBundle("ValidationMessages", locale).getString(key);
    }

    /**
     * The areas to choose from when the posted ZIP code straddles several, the chosen one marked;
     * none on a first visit or for a ZIP code with one area. Read from the post itself, so the
     * chooser shows even when another field was refused and the form's values were not set.
     */
    public List<AreaOption> getAreaChoices() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!context.isPostback()) {
            return List.of();
        }
        var posted = context.getExternalContext().getRequestParameterMap();
        List<String> candidates = campaignPage.getCampaign().definition().areasOf(posted.get(DirectSigning.FORM + ":zip"));
        if (candidates.size() < 2) {
            return List.of();
        }
        List<AreaOption> options = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            options.add(new AreaOption(candidates.get(i), AREA + "-" + i, candidates.get(i).equals(posted.get(AREA))));
        }
        return options;
    }

    /** The message under the chooser, or null. */
    public String getAreaMessage() {
        List<FacesMessage> messages = FacesContext.getCurrentInstance().getMessageList(AREA);
        return messages.isEmpty() ? null : messages.get(0).getSummary();
    }

    /** One candidate area as a radio button; {@code checked} is the attribute's value, null when not chosen. */
    public record AreaOption(String name, String id, boolean chosen) {

        public String checked() {
            return chosen ? "checked" : null;
        }
    }

    /** One line of the error summary; {@code href} leads to the field, null for the form as a whole. */
    public record Problem(String href, String text) {
    }

    public SignForm getForm() {
        return form;
    }
}
