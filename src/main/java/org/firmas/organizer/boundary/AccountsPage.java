package org.firmas.organizer.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;
import org.firmas.organizer.control.Accounts;
import org.firmas.organizer.control.Passwords;
import org.firmas.organizer.entity.OrganizerAccount;
import org.firmas.organizer.entity.Role;
import org.firmas.platform.EmailSyntax;
import org.firmas.platform.PlainTextValidator;

/** Admins add organizer accounts and switch them off; web.xml keeps everyone else out. */
@Named
@RequestScoped
public class AccountsPage {

    @Inject
    Accounts accounts;

    @Inject
    CurrentOrganizer organizer;

    @Inject
    ConsoleText text;

    private List<OrganizerAccount> all;
    private String email;
    private String displayName;
    private String role = Role.ORGANIZER_NAME;
    private String password;

    @PostConstruct
    void load() {
        if (!organizer.isAdmin()) {
            throw new NotAllowedException();
        }
        all = accounts.all();
    }

    public String create() {
        FacesContext context = FacesContext.getCurrentInstance();
        String problem = !EmailSyntax.isValid(email == null ? "" : email.strip()) ? text.get("organize.accounts.badEmail")
                : displayName == null || displayName.isBlank() || displayName.length() > 100 ? text.get("organize.accounts.badName")
                : !PlainTextValidator.isOneLine(displayName) ? text.get("organize.text.invisible")
                : Passwords.weakness(password) != null ? text.get(Passwords.weakness(password))
                : accounts.byEmail(email).isPresent() ? text.get("organize.accounts.exists") : null;
        if (problem != null) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, null));
            return null;
        }
        accounts.create(email, displayName.strip(), Role.ofGroup(Role.ADMIN_NAME.equals(role) ? Role.ADMIN_NAME : Role.ORGANIZER_NAME),
                Passwords.hash(password.toCharArray()));
        password = null;
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text.format("organize.accounts.created", Accounts.normalize(email)), null));
        all = accounts.all();
        email = null;
        displayName = null;
        return null;
    }

    @Transactional
    public void setActive(long id, boolean active) {
        if (id != organizer.id()) {
            accounts.setActive(id, active);
        }
        all = accounts.all();
    }

    public List<OrganizerAccount> getAll() {
        return all;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
