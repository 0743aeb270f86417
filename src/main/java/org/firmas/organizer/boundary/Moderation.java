package org.firmas.organizer.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.firmas.organizer.entity.ModerationLogEntry;
import org.firmas.signature.boundary.AddressTag;
import org.firmas.signature.boundary.SignatureModeration;
import org.firmas.signature.boundary.SuspectReview;

/**
 * Moderation with a record: each change to signatures commits together with the log line that
 * says who made it, or neither does. Suspect signatures are released or invalidated here too.
 */
@ApplicationScoped
public class Moderation {

    /** A line of the log as the page shows it. */
    public record LogLine(Instant at, String who, String action, String detail, int affected) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SignatureModeration signatures;

    @Inject
    SuspectReview suspects;

    @Inject
    Clock clock;

    @Transactional
    public int hide(long campaignId, long signatureId, long accountId) {
        return logged(campaignId, accountId, ModerationLogEntry.Action.HIDE, "signature " + signatureId,
                signatures.hide(campaignId, signatureId));
    }

    @Transactional
    public int hideDomain(long campaignId, String domain, Instant from, Instant to, long accountId) {
        int hidden = signatures.hideDomain(campaignId, domain, from, to);
        return logged(campaignId, accountId, ModerationLogEntry.Action.INVALIDATE_DOMAIN,
                "@" + domain.strip().toLowerCase(java.util.Locale.ROOT) + " from " + from + " to " + to, hidden);
    }

    /** Hides every signature from one client address in the window; the log names it by its tag only. */
    @Transactional
    public int hideAddress(long campaignId, String addressKey, Instant from, Instant to, long accountId) {
        int hidden = signatures.hideAddress(campaignId, addressKey, from, to);
        return logged(campaignId, accountId, ModerationLogEntry.Action.INVALIDATE_ADDRESS,
                "address " + AddressTag.of(addressKey) + " from " + from + " to " + to, hidden);
    }

    @Transactional
    public int release(long campaignId, long signatureId, long accountId) {
        return logged(campaignId, accountId, ModerationLogEntry.Action.RELEASE, "signature " + signatureId,
                suspects.release(campaignId, signatureId));
    }

    @Transactional
    public int releaseAll(long campaignId, long accountId) {
        return logged(campaignId, accountId, ModerationLogEntry.Action.RELEASE_ALL, "all suspect signatures",
                suspects.releaseAll(campaignId));
    }

    @Transactional
    public int hideSuspects(long campaignId, long accountId) {
        return logged(campaignId, accountId, ModerationLogEntry.Action.HIDE_SUSPECTS, "all suspect signatures",
                suspects.hideAll(campaignId));
    }

    private int logged(long campaignId, long accountId, ModerationLogEntry.Action action, String detail, int affected) {
        em.persist(new ModerationLogEntry(campaignId, accountId, action, detail, affected, clock.instant()));
        return affected;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<LogLine> log(long campaignId) {
        List<Object[]> rows = em.createNativeQuery("SELECT l.created_at, a.email, l.action, l.detail, l.affected FROM moderation_log l "
                        + "JOIN organizer_account a ON a.id = l.account_id WHERE l.campaign_id = ? ORDER BY l.created_at DESC, l.id DESC")
                .setParameter(1, campaignId).setMaxResults(200).getResultList();
        return rows.stream().map(row -> new LogLine(instant(row[0]), (String) row[1], (String) row[2], (String) row[3],
                ((Number) row[4]).intValue())).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        return (Instant) value;
    }
}
