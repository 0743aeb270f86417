package org.firmas.signature.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.platform.Messages;

/**
 * What the thank-you page says about mail. A signer who signed again within the cooldown, or
 * after the last mail an address gets, is sent none, and the page says so instead of "we sent you
 * an email". The reason comes in the address ({@link DirectSigning#thanksUrl}); an address made up
 * by hand only changes the words shown, and the minutes never exceed the cooldown.
 */
@Named
@RequestScoped
public class ThanksPage {

    static final String MAIL = "mail";
    static final String MINUTES = "minutes";
    static final String TOO_SOON = "recent";
    static final String NO_MORE = "none";

    @Inject
    @ConfigProperty(name = "firmas.confirmation.mail-cooldown-seconds")
    long cooldownSeconds;

    public boolean isSent() {
        return !isTooSoon() && !isNoMore();
    }

    public boolean isTooSoon() {
        return TOO_SOON.equals(parameters().get(MAIL));
    }

    public boolean isNoMore() {
        return NO_MORE.equals(parameters().get(MAIL));
    }

    /** "We already sent you an email a moment ago… in N minutes", N from the address, between 1 and the cooldown. */
    public String getTooSoonText() {
        int most = (int) Math.max(1, (cooldownSeconds + 59) / 60);
        int minutes;
        try {
            minutes = Integer.parseInt(parameters().getOrDefault(MINUTES, "1"));
        } catch (NumberFormatException notANumber) {
            minutes = most;
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Messages.format(locale, "thanks.tooSoon", Math.max(1, Math.min(most, minutes)));
    }

    private static Map<String, String> parameters() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    }
}
