package org.firmas.organizer.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.firmas.campaign.entity.StoredCampaign;

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
        StoredCampaign row = campaign();
        slug = row.slug();
        show(row);
    }

    /** Fills the page's figures from the campaign's row. */
    protected abstract void show(StoredCampaign row);

    /** The page's campaign, after checking again that this organizer may see it. */
    protected StoredCampaign campaign() {
        return access.require(id);
    }

    /**
     * Ends an action that changed something: redirects to this page of this campaign with what
     * was done in the address, so a reload shows the page again instead of repeating the action.
     */
    protected void redirectAfter(ConsoleOutcome outcome) {
        redirectWith(ConsoleOutcome.PARAMETER + "=" + outcome.parameter());
    }

    /** The same, for an outcome that says how many signatures it touched. */
    protected void redirectAfter(ConsoleOutcome outcome, long count) {
        redirectWith(ConsoleOutcome.PARAMETER + "=" + outcome.parameter() + "&" + ConsoleOutcome.COUNT + "=" + count);
    }

    /** Redirects to this page of this campaign with more in the query, such as {@code confirm=close}. */
    protected void redirectWith(String query) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + context.getViewRoot().getViewId() + "?id=" + id
                    + (query.isEmpty() ? "" : "&" + query));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
