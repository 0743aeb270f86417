package org.firmas.organizer.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.firmas.organizer.control.Accounts;
import org.firmas.organizer.control.Passwords;
import org.firmas.organizer.entity.OrganizerAccount;
import org.firmas.organizer.entity.Role;
import org.firmas.platform.EmailSyntax;
import org.firmas.platform.PlainTextValidator;

/**
 * Admins add accounts (an admin, an organizer, or a partner seeing one campaign's partner) and
 * switch them off; web.xml keeps everyone else out. A change redirects back here (post, redirect, get).
 */
@Named
@RequestScoped
public class AccountsPage {

    static final String PAGE = "/organize/accounts.xhtml";

    @Inject
    Accounts accounts;

    @Inject
    CurrentOrganizer organizer;

    @Inject
    PartnerChoices partnerChoices;

    @Inject
    ConsoleText text;

    private List<OrganizerAccount> all;
    private List<PartnerChoices.Choice> choices;
    private String email;
    private String displayName;
    private String role = Role.ORGANIZER_NAME;
    private String partner;
    private String password;

    @PostConstruct
    void load() {
        if (!organizer.isAdmin()) {
            throw new NotAllowedException();
        }
        all = accounts.all();
        choices = partnerChoices.all();
    }

    public String create() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean partnerRole = Role.PARTNER_NAME.equals(role);
        PartnerChoices.Choice scope = partnerRole ? partnerChoices.find(partner).orElse(null) : null;
        String problem = !EmailSyntax.isValid(email == null ? "" : email.strip()) ? text.get("organize.accounts.badEmail")
                : displayName == null || displayName.isBlank() || displayName.length() > 100 ? text.get("organize.accounts.badName")
                : !PlainTextValidator.isOneLine(displayName) ? text.get("organize.text.invisible")
                : partnerRole && scope == null ? text.get("organize.accounts.partnerMissing")
                : Passwords.weakness(password) != null ? text.get(Passwords.weakness(password))
                : accounts.byEmail(email).isPresent() ? text.get("organize.accounts.exists") : null;
        if (problem != null) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, null));
            return null;
        }
        if (scope != null) {
            accounts.createPartner(email, displayName.strip(), scope.campaignId(), scope.partnerKey(), Passwords.hash(password.toCharArray()));
        } else {
            accounts.create(email, displayName.strip(), Role.ofGroup(Role.ADMIN_NAME.equals(role) ? Role.ADMIN_NAME : Role.ORGANIZER_NAME),
                    Passwords.hash(password.toCharArray()));
        }
        password = null;
        redirect("?" + ConsoleOutcome.PARAMETER + "=" + ConsoleOutcome.ACCOUNT_CREATED.parameter());
        return null;
    }

    @Transactional
    public void setActive(long id, boolean active) throws IOException {
        if (id != organizer.id()) {
            accounts.setActive(id, active);
        }
        redirect("");
    }

    private static void redirect(String query) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + PAGE + query);
    }

    public List<OrganizerAccount> getAll() {
        return all;
    }

    /** Every campaign's partners a partner account can be given, labelled "Campaign · Partner". */
    public List<PartnerChoices.Choice> getPartnerChoices() {
        return choices;
    }

    /** What an account sees, as its row in the table says it: a partner its campaign and partner. */
    public String sees(OrganizerAccount account) {
        if (!account.isPartner()) {
            return text.get(account.isAdmin() ? "organize.accounts.seesAll" : "organize.accounts.seesOwn");
        }
        Map<String, String> labels = choices.stream().collect(Collectors.toMap(PartnerChoices.Choice::value,
                PartnerChoices.Choice::label, (first, second) -> first));
        String value = PartnerChoices.valueOf(account.getCampaignId(), account.getPartnerKey());
        return labels.getOrDefault(value, value);
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

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
