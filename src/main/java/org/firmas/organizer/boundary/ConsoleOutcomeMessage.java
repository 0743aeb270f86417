package org.firmas.organizer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * Shows, on the page an action redirected to, what the action did: the console template calls
 * {@link #show()} before every page is drawn, and the outcome is read from the address.
 */
@Named
@RequestScoped
public class ConsoleOutcomeMessage {

    @Inject
    ConsoleText text;

    public void show() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context.isPostback()) {
            return;
        }
        Map<String, String> parameters = context.getExternalContext().getRequestParameterMap();
        ConsoleOutcome.named(parameters.get(ConsoleOutcome.PARAMETER)).ifPresent(outcome -> {
            String count = parameters.get(ConsoleOutcome.COUNT);
            String message = count == null ? text.get(outcome.messageKey()) : text.format(outcome.messageKey(), count(count));
            context.addMessage(null, new FacesMessage(outcome.severity(), message, null));
        });
    }

    private static long count(String value) {
        return value != null && value.matches("\\d{1,9}") ? Long.parseLong(value) : 0;
    }
}
