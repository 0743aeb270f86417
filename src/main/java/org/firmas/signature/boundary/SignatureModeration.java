package org.firmas.signature.boundary;

import static org.firmas.signature.entity.SignatureStatus.CONFIRMED;
import static org.firmas.signature.entity.SignatureStatus.HIDDEN;
import static org.firmas.signature.entity.SignatureStatus.PENDING;
import static org.firmas.signature.entity.SignatureStatus.SUSPECT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.firmas.platform.FieldCipher;
import org.firmas.platform.IpRange;
import org.firmas.signature.control.EmailKeys;
import org.firmas.signature.entity.SignaturesChanged;
import org.firmas.signature.control.SigningScreen;

/**
 * What moderation may do to signatures: list a campaign's recent ones, and hide one, or all from
 * an email domain or from one client address in a time window. Hidden signatures stop counting
 * and are never delivered again; the rows stay, so a mistake can be traced. Runs in the caller's
 * transaction, so the caller's log of who did it commits with the change.
 */
@ApplicationScoped
public class SignatureModeration {

    public static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");
    private static final String HIDEABLE = "status IN (" + PENDING.literal() + ", " + CONFIRMED.literal() + ", " + SUSPECT.literal() + ")";

    /** A signature as moderators see it. */
    public record Entry(long id, String firstName, String lastName, String email, String zip, String status, Instant createdAt,
                        String addressTag) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<SignaturesChanged> changed;

    @Inject
    EmailKeys emailKeys;

    @Inject
    FieldCipher cipher;

    @Inject
    SigningScreen screen;

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Entry> recent(long campaignId, int limit) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, first_name, last_name, email, zip, status, created_at, ip_key "
                        + "FROM signature WHERE campaign_id = ? ORDER BY created_at DESC, id DESC")
                .setParameter(1, campaignId).setMaxResults(limit).getResultList();
        return rows.stream().map(row -> new Entry(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                cipher.decrypt((String) row[3]), (String) row[4], (String) row[5], instant(row[6]),
                AddressTag.of((String) row[7]))).toList();
    }

    /** Hides one signature of this campaign; 0 when it is not one, or already hidden. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int hide(long campaignId, long signatureId) {
        int hidden = em.createNativeQuery("UPDATE signature SET status = " + HIDDEN.literal() + " WHERE id = ? AND campaign_id = ? AND " + HIDEABLE)
                .setParameter(1, signatureId).setParameter(2, campaignId).executeUpdate();
        changed.fire(new SignaturesChanged(campaignId));
        return hidden;
    }

    /** Hides every signature of this campaign from addresses at the domain, signed within [from, to). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int hideDomain(long campaignId, String domain, Instant from, Instant to) {
        String clean = domain.strip().toLowerCase(Locale.ROOT);
        if (!DOMAIN.matcher(clean).matches()) {
            throw new IllegalArgumentException("not a domain name");
        }
        return hideInWindow(campaignId, "email_domain_key = ?", emailKeys.domainKey(clean), from, to);
    }

    /**
     * What a moderator typed to name a client address, as the key (or start of one) that
     * {@link #hideAddress} takes: an address is hashed as signing hashes it, a tag is taken as it
     * is. Null when it is neither.
     */
    public String addressKeyOf(String typed) {
        String value = typed == null ? "" : typed.strip();
        return IpRange.literal(value).isPresent() ? screen.addressKey(value) : AddressTag.parse(value);
    }

    /**
     * Hides every signature of this campaign from one client address (an IPv6 /64), signed within
     * [from, to). The address comes as its keyed hash, or as the start of it that moderators see.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int hideAddress(long campaignId, String addressKeyOrTag, Instant from, Instant to) {
        String prefix = AddressTag.parse(addressKeyOrTag);
        if (prefix == null) {
            throw new IllegalArgumentException("not an address key");
        }
        // The tag is hex digits only: no LIKE wildcards.
        return hideInWindow(campaignId, "ip_key LIKE ?", prefix + "%", from, to);
    }

    private int hideInWindow(long campaignId, String match, String value, Instant from, Instant to) {
        int hidden = em.createNativeQuery("UPDATE signature SET status = " + HIDDEN.literal() + " WHERE campaign_id = ? AND " + match
                        + " AND created_at >= ? AND created_at < ? AND " + HIDEABLE)
                .setParameter(1, campaignId)
                .setParameter(2, value)
                .setParameter(3, from.atOffset(ZoneOffset.UTC))
                .setParameter(4, to.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        changed.fire(new SignaturesChanged(campaignId));
        return hidden;
    }

    static Instant instant(Object value) {
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        return value == null ? null : (Instant) value;
    }
}
