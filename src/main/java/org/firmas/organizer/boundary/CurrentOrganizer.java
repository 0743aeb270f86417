package org.firmas.organizer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.firmas.organizer.control.Accounts;
import org.firmas.organizer.entity.OrganizerAccount;

/** The account behind this request, read once per request from the logged-in caller's email. */
@Named
@RequestScoped
public class CurrentOrganizer {

    @Inject
    HttpServletRequest request;

    @Inject
    Accounts accounts;

    private OrganizerAccount account;

    /** The logged-in, active account; a deactivated one is treated as logged out. */
    public OrganizerAccount account() {
        if (account == null) {
            Principal caller = request.getUserPrincipal();
            if (caller == null) {
                throw new NotAllowedException();
            }
            account = accounts.byEmail(caller.getName()).filter(OrganizerAccount::isActive)
                    .orElseThrow(NotAllowedException::new);
        }
        return account;
    }

    public long id() {
        return account().getId();
    }

    public boolean isAdmin() {
        return account().isAdmin();
    }

    public String getEmail() {
        return account().getEmail();
    }
}
