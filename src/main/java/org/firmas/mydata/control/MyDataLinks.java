package org.firmas.mydata.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.firmas.mydata.entity.LinkState;
import org.firmas.mydata.entity.LinkToken;
import org.firmas.platform.FieldCipher;

/**
 * "My data" links, in the caller's transaction. A link works for an hour from the mail, for as many
 * views and actions as the supporter makes in that hour, and is used up when they end it or erase
 * everything. An expired link is kept one more hour, so that opening it says it expired rather
 * than that it never worked, and then deleted. Only the SHA-256 of its token is stored, with the address it went to, encrypted, and
 * that address's key; a data key rotation moves both ({@link MyDataLinkRekeying}).
 */
@ApplicationScoped
public class MyDataLinks {

    public static final Duration LIFETIME = Duration.ofHours(1);
    /** At most this many links to one address within a lifetime, whatever else the limits allow. */
    public static final int PER_ADDRESS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    FieldCipher cipher;

    /** A new link's token and its hash (which names the mail without revealing the token). */
    public record Issued(String token, String hash) {
    }

    /** How many links the address was sent within the last lifetime. */
    public long recentlyIssued(String emailKey, Instant now) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM my_data_link WHERE email_key = ? AND created_at > ?")
                .setParameter(1, emailKey)
                .setParameter(2, now.minus(LIFETIME).atOffset(ZoneOffset.UTC))
                .getSingleResult()).longValue();
    }

    public Issued issue(String email, String emailKey, Instant now) {
        String token = LinkToken.fresh();
        String hash = LinkToken.hashOf(token);
        em.createNativeQuery("INSERT INTO my_data_link (token_hash, email, email_key, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, hash)
                .setParameter(2, cipher.encrypt(email))
                .setParameter(3, emailKey)
                .setParameter(4, now.atOffset(ZoneOffset.UTC))
                .setParameter(5, now.plus(LIFETIME).atOffset(ZoneOffset.UTC))
                .executeUpdate();
        return new Issued(token, hash);
    }

    public LinkState state(String token, Instant now) {
        if (!LinkToken.isWellFormed(token)) {
            return new LinkState.Unknown();
        }
        List<?> rows = em.createNativeQuery("SELECT email_key, CASE WHEN expires_at <= ? THEN 1 ELSE 0 END "
                        + "FROM my_data_link WHERE token_hash = ?")
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, LinkToken.hashOf(token))
                .getResultList();
        if (rows.isEmpty()) {
            return new LinkState.Unknown();
        }
        Object[] row = (Object[]) rows.get(0);
        return ((Number) row[1]).intValue() == 1 ? new LinkState.Expired() : new LinkState.Open((String) row[0]);
    }

    /** Deletes the links that expired over an hour ago; how many. */
    public int purgeExpired(Instant now) {
        return em.createNativeQuery("DELETE FROM my_data_link WHERE expires_at < ?")
                .setParameter(1, now.minus(LIFETIME).atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    /** The addresses (by key) that have a link now: a couple of hours' worth at most. */
    public List<String> addressesWithLinks() {
        return ((List<?>) em.createNativeQuery("SELECT DISTINCT email_key FROM my_data_link").getResultList()).stream()
                .map(String.class::cast).toList();
    }

    /** This link stops working at once; its owner ended it. */
    public void end(String token) {
        em.createNativeQuery("DELETE FROM my_data_link WHERE token_hash = ?").setParameter(1, LinkToken.hashOf(token)).executeUpdate();
    }

    /** Every link of the address stops working: its data is gone. */
    public void useUp(String emailKey) {
        em.createNativeQuery("DELETE FROM my_data_link WHERE email_key = ?").setParameter(1, emailKey).executeUpdate();
    }
}
