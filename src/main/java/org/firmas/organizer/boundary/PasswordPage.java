package org.firmas.organizer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.firmas.organizer.control.Accounts;
import org.firmas.organizer.control.LoginThrottle;
import org.firmas.organizer.control.OrganizerCredentials;
import org.firmas.organizer.control.Passwords;
import org.firmas.organizer.entity.PasswordHash;
import org.firmas.platform.ClientAddress;

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

    @Inject
    LoginThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    private String current;
    private String fresh;

    /**
     * Wrong current passwords count against the account as wrong logins do, so an open session
     * is no way around the login's limits on guessing.
     */
    public String change() {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        String email = organizer.account().getEmail();
        String address = clientAddress.of(request);
        Duration wait = throttle.waitBefore(email, address, Optional.empty());
        if (!wait.isZero()) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    text.format("organize.login.throttled", Math.max(1, (wait.toSeconds() + 59) / 60)), null));
            return null;
        }
        boolean proven = current != null && current.length() <= Passwords.MAX_LENGTH
                && Passwords.matches(current.toCharArray(), organizer.account().getPassword());
        if (!proven) {
            throttle.failed(email, address, Optional.empty());
        }
        String problem = proven ? Passwords.weakness(fresh) : "organize.password.currentWrong";
        if (problem != null) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text.get(problem), null));
            return null;
        }
        PasswordHash changed = Passwords.hash(fresh.toCharArray());
        accounts.changePassword(organizer.id(), changed);
        request.changeSessionId();
        // Every other session of this account is logged out by the new password; this one goes on.
        ConsoleAuthModule.keepLoggedIn(request, OrganizerCredentials.callerOf(organizer.account(), changed));
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
