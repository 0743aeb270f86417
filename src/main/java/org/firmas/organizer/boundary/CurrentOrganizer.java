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

    /** The id of an admin or organizer; a partner's account is refused, whatever web.xml let through. */
    public long staffId() {
        if (account().isPartner()) {
            throw new NotAllowedException();
        }
        return id();
    }

    public boolean isAdmin() {
        return account().isAdmin();
    }

    /** A partner's account: it sees its own page and nothing else. */
    public boolean isPartner() {
        return account().isPartner();
    }

    /**
     * Whether the caller, if anyone is logged in, has a partner's account. Unlike the rest it never
     * refuses: the error pages ask it to send a partner back to its own page, not to the console's list.
     */
    public boolean isPartnerCaller() {
        Principal caller = request.getUserPrincipal();
        try {
            return caller != null && accounts.byEmail(caller.getName()).map(OrganizerAccount::isPartner).orElse(false);
        } catch (RuntimeException databaseUnreachable) {
            return false; // an error page must render whatever else is down
        }
    }

    public String getEmail() {
        return account().getEmail();
    }
}
