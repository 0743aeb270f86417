package org.firmas.update.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The page behind an update's unsubscribe link: a button that posts to the link itself (a plain
 * form, no view state, so it works as the mail program's one-click would), then the confirmation.
 */
@Named
@RequestScoped
public class UnsubscribePage {

    /** Asking first, done, or a link that stands for nobody (malformed, or its signer's data erased). */
    public enum State {
        ASK, DONE, UNKNOWN
    }

    private State state = State.UNKNOWN;
    private String action = "";

    @PostConstruct
    void load() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object found = request.getAttribute(UnsubscribeFilter.STATE);
        if (found instanceof State known) {
            state = known;
        }
        Object token = request.getAttribute(UnsubscribeFilter.TOKEN);
        String update = request.getParameter("update");
        action = request.getContextPath() + "/unsubscribe/" + (token == null ? "" : token)
                + (update != null && update.matches("\\d{1,18}") ? "?update=" + update : "");
    }

    public boolean isAsking() {
        return state == State.ASK;
    }

    public boolean isDone() {
        return state == State.DONE;
    }

    public boolean isUnknown() {
        return state == State.UNKNOWN;
    }

    /** Where the button posts: the link itself, with the update it came with. */
    public String getAction() {
        return action;
    }
}
