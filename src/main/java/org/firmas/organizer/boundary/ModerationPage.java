package org.firmas.organizer.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.firmas.campaign.entity.StoredCampaign;
import org.firmas.signature.boundary.SignatureModeration;
import org.firmas.signature.boundary.SuspectReview;

/**
 * Moderating signatures: reviewing the ones held as suspect (release or invalidate, one or all),
 * and hiding one at a time, or every one from an email domain or a client address signed within
 * a time window (a burst of fakes). Addresses are only ever shown as tags of their keyed hash.
 */
@Named
@ViewScoped
public class ModerationPage extends CampaignConsolePage {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 100;

    @Inject
    CurrentOrganizer organizer;

    @Inject
    Moderation moderation;

    @Inject
    SignatureModeration signatures;

    @Inject
    SuspectReview suspectReview;

    private List<SignatureModeration.Entry> recent;
    private List<Moderation.LogLine> log;
    private List<SuspectReview.Suspect> suspects;
    private long suspectCount;
    private String domain;
    private String from;
    private String to;
    private String address;
    private String addressFrom;
    private String addressTo;

    @Override
    protected void show(StoredCampaign row) {
        recent = signatures.recent(row.id(), SHOWN);
        suspects = suspectReview.list(row.id(), SHOWN);
        suspectCount = suspectReview.count(row.id());
        log = moderation.log(row.id());
    }

    public void release(long signatureId) {
        int released = moderation.release(campaign().id(), signatureId, organizer.id());
        redirectAfter(ConsoleOutcome.RELEASED, released);
    }

    public void releaseAll() {
        int released = moderation.releaseAll(campaign().id(), organizer.id());
        redirectAfter(ConsoleOutcome.RELEASED, released);
    }

    public void hideAllSuspects() {
        int hidden = moderation.hideSuspects(campaign().id(), organizer.id());
        redirectAfter(ConsoleOutcome.HIDDEN, hidden);
    }

    public void hide(long signatureId) {
        int hidden = moderation.hide(campaign().id(), signatureId, organizer.id());
        redirectAfter(ConsoleOutcome.HIDDEN, hidden);
    }

    public void hideDomain() {
        String clean = domain == null ? "" : domain.strip().toLowerCase(Locale.ROOT).replaceFirst("^@", "");
        if (!SignatureModeration.DOMAIN.matcher(clean).matches()) {
            message(FacesMessage.SEVERITY_ERROR, text.get("organize.moderation.badDomain"));
        } else if (window(from, to)) {
            int hidden = moderation.hideDomain(campaign().id(), clean, instant(from), instant(to), organizer.id());
            redirectAfter(ConsoleOutcome.HIDDEN, hidden);
            return;
        }
        refresh();
    }

    public void hideAddress() {
        String key = signatures.addressKeyOf(address);
        if (key == null) {
            message(FacesMessage.SEVERITY_ERROR, text.get("organize.moderation.badAddress"));
        } else if (window(addressFrom, addressTo)) {
            int hidden = moderation.hideAddress(campaign().id(), key, instant(addressFrom), instant(addressTo), organizer.id());
            redirectAfter(ConsoleOutcome.HIDDEN, hidden);
            return;
        }
        refresh();
    }

    /** Whether the two times make a window; says what is wrong when they do not. */
    private boolean window(String start, String end) {
        Instant first = instant(start);
        Instant last = instant(end);
        if (first == null || last == null || !first.isBefore(last)) {
            message(FacesMessage.SEVERITY_ERROR, text.get("organize.moderation.badWindow"));
            return false;
        }
        return true;
    }

    /** A datetime-local value, read as UTC. */
    private static Instant instant(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public List<SignatureModeration.Entry> getRecent() {
        return recent;
    }

    public List<Moderation.LogLine> getLog() {
        return log;
    }

    public List<SuspectReview.Suspect> getSuspects() {
        return suspects;
    }

    public long getSuspectCount() {
        return suspectCount;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getAddressFrom() {
        return addressFrom;
    }

    public void setAddressFrom(String addressFrom) {
        this.addressFrom = addressFrom;
    }

    public String getAddressTo() {
        return addressTo;
    }

    public void setAddressTo(String addressTo) {
        this.addressTo = addressTo;
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
