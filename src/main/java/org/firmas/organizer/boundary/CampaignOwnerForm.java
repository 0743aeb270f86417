package org.firmas.organizer.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.firmas.campaign.boundary.ConsoleCampaignRows;
import org.firmas.campaign.entity.StoredCampaign;
import org.firmas.organizer.control.Accounts;
import org.firmas.organizer.entity.OrganizerAccount;

/**
 * On a campaign's dashboard, admins give the campaign to an organizer (file campaigns too, so an
 * organizer can watch and moderate one kept in campaigns/). The organizer then sees it as their own.
 */
@Named
@RequestScoped
public class CampaignOwnerForm {

    @Inject
    DashboardPage dashboard;

    @Inject
    CampaignAccess access;

    @Inject
    CurrentOrganizer organizer;

    @Inject
    Accounts accounts;

    @Inject
    ConsoleCampaignRows rows;

    private Long ownerId;
    private List<OrganizerAccount> candidates = List.of();

    @PostConstruct
    void load() {
        if (organizer.isAdmin() && dashboard.getId() != null) {
            ownerId = access.require(dashboard.getId()).ownerId();
            candidates = accounts.all().stream().filter(OrganizerAccount::isActive).filter(account -> !account.isPartner()).toList();
        }
    }

    public void assign() throws IOException {
        if (!organizer.isAdmin()) {
            throw new NotAllowedException();
        }
        StoredCampaign row = access.require(dashboard.getId());
        Long owner = ownerId != null && accounts.byId(ownerId).filter(account -> !account.isPartner()).isPresent() ? ownerId : null;
        rows.assignOwner(row.id(), owner);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/organize/dashboard.xhtml?id=" + row.id() + "&"
                + ConsoleOutcome.PARAMETER + "=" + ConsoleOutcome.OWNER_ASSIGNED.parameter());
    }

    public List<OrganizerAccount> getCandidates() {
        return candidates;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }
}
