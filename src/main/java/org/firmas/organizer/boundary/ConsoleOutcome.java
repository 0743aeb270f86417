package org.firmas.organizer.boundary;

import jakarta.faces.application.FacesMessage;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a console action did, carried in the address it redirects to ({@code ?id=42&done=closed}),
 * so the page shown after the post says it, a reload only shows it again, and any node can
 * answer the reload. Only these names are read back; anything else in {@code done} is ignored.
 */
enum ConsoleOutcome {
    PUBLISHED("organize.dashboard.published", FacesMessage.SEVERITY_INFO),
    CLOSED("organize.dashboard.closed", FacesMessage.SEVERITY_INFO),
    WON("organize.dashboard.won", FacesMessage.SEVERITY_INFO),
    REOPENED("organize.dashboard.reopened", FacesMessage.SEVERITY_INFO),
    NOT_REOPENED("organize.dashboard.notReopened", FacesMessage.SEVERITY_WARN),
    PAST_DEADLINE("organize.dashboard.pastDeadline", FacesMessage.SEVERITY_WARN),
    UPLOADED("organize.dashboard.uploaded", FacesMessage.SEVERITY_INFO),
    OWNER_ASSIGNED("organize.owner.assigned", FacesMessage.SEVERITY_INFO),
    ARCHIVED("organize.dashboard.archived", FacesMessage.SEVERITY_INFO),
    UNCHANGED("organize.dashboard.unchanged", FacesMessage.SEVERITY_WARN),
    QUEUED("organize.deliveries.queued", FacesMessage.SEVERITY_INFO),
    NOTHING("organize.deliveries.nothing", FacesMessage.SEVERITY_WARN),
    RETRYING("organize.deliveries.retrying", FacesMessage.SEVERITY_INFO),
    NOT_FAILED("organize.deliveries.notFailed", FacesMessage.SEVERITY_WARN),
    HIDDEN("organize.moderation.hidden", FacesMessage.SEVERITY_INFO),
    RELEASED("organize.moderation.released", FacesMessage.SEVERITY_INFO),
    RESPONSE_RECORDED("organize.response.recorded", FacesMessage.SEVERITY_INFO),
    RESPONSE_CHANGED("organize.response.changed", FacesMessage.SEVERITY_INFO),
    RESPONSE_DELETED("organize.response.deleted", FacesMessage.SEVERITY_INFO),
    RESPONSE_GONE("organize.response.gone", FacesMessage.SEVERITY_WARN),
    ACCOUNT_CREATED("organize.accounts.created", FacesMessage.SEVERITY_INFO),
    WEBHOOK_PAUSED("organize.webhooks.paused", FacesMessage.SEVERITY_INFO),
    WEBHOOK_RESUMED("organize.webhooks.resumed", FacesMessage.SEVERITY_INFO),
    WEBHOOK_DELETED("organize.webhooks.deleted", FacesMessage.SEVERITY_INFO),
    PAPER_IMPORTED("organize.paper.imported", FacesMessage.SEVERITY_INFO),
    PAPER_UNDONE("organize.paper.undone", FacesMessage.SEVERITY_INFO),
    IMAGE_SAVED("organize.image.saved", FacesMessage.SEVERITY_INFO),
    IMAGE_REMOVED("organize.image.removed", FacesMessage.SEVERITY_INFO),
    SHARE_IMAGE_SAVED("organize.image.share.saved", FacesMessage.SEVERITY_INFO),
    SHARE_IMAGE_REMOVED("organize.image.share.removed", FacesMessage.SEVERITY_INFO);

    static final String PARAMETER = "done";
    static final String COUNT = "n";

    private final String messageKey;
    private final FacesMessage.Severity severity;

    ConsoleOutcome(String messageKey, FacesMessage.Severity severity) {
        this.messageKey = messageKey;
        this.severity = severity;
    }

    String messageKey() {
        return messageKey;
    }

    FacesMessage.Severity severity() {
        return severity;
    }

    /** The name in the address: lower case, hyphens for underscores. */
    String parameter() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static Optional<ConsoleOutcome> named(String parameter) {
        return Arrays.stream(values()).filter(outcome -> outcome.parameter().equals(parameter)).findFirst();
    }
}
