package org.firmas.organizer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.firmas.organizer.entity.ApiKey;

/**
 * {@code organize/keys.xhtml}: an organizer's API keys. A new key is shown on the answer to its
 * making and never again; an admin sees every account's keys and decides which are trusted.
 */
@Named
@RequestScoped
public class ApiKeysPage {

    static final int MAX_LABEL = 100;

    @Inject
    ApiKeys keys;

    @Inject
    CurrentOrganizer organizer;

    @Inject
    ConsoleText text;

    private String label;
    private String created;

    public String create() {
        String trimmed = label == null ? "" : label.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LABEL || trimmed.chars().anyMatch(Character::isISOControl)) {
            error("organize.keys.labelNeeded");
            return null;
        }
        created = keys.create(organizer.id(), trimmed);
        label = null;
        return null;
    }

    public String revoke(long keyId) {
        if (!keys.revoke(keyId, organizer.id(), organizer.isAdmin())) {
            throw new NotAllowedException();
        }
        info("organize.keys.revoked");
        return null;
    }

    public String trust(long keyId, boolean trusted) {
        if (!organizer.isAdmin()) {
            throw new NotAllowedException();
        }
        keys.trust(keyId, trusted);
        info(trusted ? "organize.keys.trustedNow" : "organize.keys.untrustedNow");
        return null;
    }

    public List<ApiKey> getKeys() {
        return keys.visibleTo(organizer.id(), organizer.isAdmin());
    }

    public boolean isOwn(ApiKey key) {
        return key.getAccountId() == organizer.id();
    }

    /** The key just made, for this one answer. */
    public String getCreated() {
        return created;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    private void error(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text.get(key), null));
    }

    private void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text.get(key), null));
    }
}
