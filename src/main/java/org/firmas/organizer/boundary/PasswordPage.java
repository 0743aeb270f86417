package org.firmas.organizer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firmas.organizer.control.Accounts;
import org.firmas.organizer.control.Passwords;

/**
 * Any logged-in organizer replaces their own password, proving the current one first: a session
 * left open on a shared computer must not be enough to lock its owner out. This is how the demo
 * admin of the run command gets a password that is not printed in the README.
 */
@Named
@RequestScoped
public class PasswordPage {

    @Inject
    Accounts accounts;

    @Inject
    CurrentOrganizer organizer;

    @Inject
    ConsoleText text;

    private String current;
    private String fresh;

    public String change() {
        String problem = current == null || !Passwords.matches(current.toCharArray(), organizer.account().getPassword())
                ? "organize.password.currentWrong"
                : Passwords.weakness(fresh);
        FacesContext context = FacesContext.getCurrentInstance();
        if (problem != null) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text.get(problem), null));
            return null;
        }
        accounts.changePassword(organizer.id(), Passwords.hash(fresh.toCharArray()));
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text.get("organize.password.changed"), null));
        return null;
    }

    /** Never echoed back into the page. */
    public String getCurrent() {
        return null;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getFresh() {
        return null;
    }

    public void setFresh(String fresh) {
        this.fresh = fresh;
    }
}
