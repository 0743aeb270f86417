package org.firmas.organizer.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.firmas.campaign.entity.CampaignRecord;

/**
 * What every console page about one campaign shares: the campaign id is taken from the first
 * request only and kept on the server, the page loads once per view, and every action asks
 * {@link CampaignAccess} again, so an organizer never acts on a campaign that is not theirs.
 */
abstract class CampaignConsolePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignAccess access;

    @Inject
    ConsoleText text;

    private Long id;
    private boolean loaded;
    private String slug;

    public void load() {
        if (!loaded) {
            loaded = true;
            refresh();
        }
    }

    /** Reads the campaign again and shows it; after every action, so the page tells the truth. */
    protected void refresh() {
        CampaignRecord row = campaign();
        slug = row.getSlug();
        show(row);
    }

    /** Fills the page's figures from the campaign's row. */
    protected abstract void show(CampaignRecord row);

    /** The page's campaign, after checking again that this organizer may see it. */
    protected CampaignRecord campaign() {
        return access.require(id);
    }

    protected static void message(FacesMessage.Severity severity, String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, message, null));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        if (!loaded) {
            this.id = id;
        }
    }

    public String getSlug() {
        return slug;
    }
}
