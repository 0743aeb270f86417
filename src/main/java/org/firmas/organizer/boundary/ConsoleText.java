package org.firmas.organizer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.ResourceBundle;
import org.firmas.campaign.entity.FileProblem;
import org.firmas.platform.Messages;

/** Console messages from the bundle, in the language of the page being answered. */
@RequestScoped
public class ConsoleText {

    public Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
    }

    public String get(String key) {
        return ResourceBundle.getBundle("org.firmas.i18n.messages", locale()).getString(key);
    }

    public String format(String key, Object... arguments) {
        return Messages.formatPattern(locale(), get(key), arguments);
    }

    /** What is wrong with a campaign's text, in the organizer's language. */
    public String problem(FileProblem problem) {
        return format(problem.kind().consoleKey(), problem.argumentsIn(locale()));
    }
}
