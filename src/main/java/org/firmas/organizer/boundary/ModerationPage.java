package org.firmas.organizer.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.firmas.campaign.entity.CampaignRecord;
import org.firmas.organizer.control.Moderation;
import org.firmas.signature.boundary.SignatureModeration;

/**
 * Hiding signatures: one at a time, or every one from an email domain signed within a time
 * window (a burst of fakes). There is no IP address to go by: signing does not record one.
 */
@Named
@ViewScoped
public class ModerationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 100;

    @Inject
    CampaignAccess access;

    @Inject
    CurrentOrganizer organizer;

    @Inject
    Moderation moderation;

    @Inject
    SignatureModeration signatures;

    @Inject
    ConsoleText text;

    private Long id;
    private boolean loaded;
    private String slug;
    private List<SignatureModeration.Entry> recent;
    private List<Moderation.LogLine> log;
    private String domain;
    private String from;
    private String to;

    public void load() {
        if (!loaded) {
            loaded = true;
            refresh();
        }
    }

    private void refresh() {
        CampaignRecord row = access.require(id);
        slug = row.getSlug();
        recent = signatures.recent(row.getId(), SHOWN);
        log = moderation.log(row.getId());
    }

    public void hide(long signatureId) {
        int hidden = moderation.hide(access.require(id).getId(), signatureId, organizer.id());
        message(FacesMessage.SEVERITY_INFO, text.format("organize.moderation.hidden", hidden));
        refresh();
    }

    public void hideDomain() {
        Instant start = instant(from);
        Instant end = instant(to);
        String clean = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT).replaceFirst("^@", "");
        if (!SignatureModeration.DOMAIN.matcher(clean).matches()) {
            message(FacesMessage.SEVERITY_ERROR, text.get("organize.moderation.badDomain"));
        } else if (start == null || end == null || !start.isBefore(end)) {
            message(FacesMessage.SEVERITY_ERROR, text.get("organize.moderation.badWindow"));
        } else {
            int hidden = moderation.hideDomain(access.require(id).getId(), clean, start, end, organizer.id());
            message(FacesMessage.SEVERITY_INFO, text.format("organize.moderation.hidden", hidden));
        }
        refresh();
    }

    /** A datetime-local value, read as UTC. */
    private static Instant instant(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void message(FacesMessage.Severity severity, String message) {
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

    public List<SignatureModeration.Entry> getRecent() {
        return recent;
    }

    public List<Moderation.LogLine> getLog() {
        return log;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
