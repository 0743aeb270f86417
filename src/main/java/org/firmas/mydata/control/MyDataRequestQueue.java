package org.firmas.mydata.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.firmas.mydata.entity.PendingRequest;
import org.firmas.platform.FieldCipher;

/**
 * Requests for "my data" links between the page that takes them and the round that handles them,
 * in the caller's transaction. The address is kept encrypted, and only for those few seconds.
 * A request is claimed with SKIP LOCKED, so rounds on several nodes never handle one twice.
 */
@ApplicationScoped
public class MyDataRequestQueue {

    /** The longest proof kept: a genuine one is about a hundred characters, anything longer is refused anyway. */
    static final int PROOF_WIDTH = 1000;
    /** Rounds that may try one request before it is given up. */
    static final int MOST_ATTEMPTS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    FieldCipher cipher;

    public void add(String email, String language, String clientKey, boolean trapFilled, String proof, Instant now) {
        em.createNativeQuery("INSERT INTO my_data_request (email, language, client_key, trap_filled, proof, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, cipher.encrypt(email))
                .setParameter(2, language)
                .setParameter(3, clientKey)
                .setParameter(4, trapFilled)
                .setParameter(5, proof == null || proof.length() <= PROOF_WIDTH ? proof : proof.substring(0, PROOF_WIDTH))
                .setParameter(6, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    /**
     * The oldest request no other round holds and not yet tried {@link #MOST_ATTEMPTS} times, its
     * attempt counted: committed before it is handled, so a request whose handling keeps failing is
     * passed over after a few rounds rather than holding up every request behind it.
     */
    public Optional<Long> countAttemptOnOldest() {
        List<?> ids = em.createNativeQuery("SELECT id FROM my_data_request WHERE attempts < ? ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, MOST_ATTEMPTS).getResultList();
        Optional<Long> oldest = ids.stream().map(id -> ((Number) id).longValue()).findFirst();
        oldest.ifPresent(id -> em.createNativeQuery("UPDATE my_data_request SET attempts = attempts + 1 WHERE id = ?")
                .setParameter(1, id).executeUpdate());
        return oldest;
    }

    /** The request, locked until the caller's transaction ends; empty when another round holds it or has handled it. */
    public Optional<PendingRequest> claim(long id) {
        List<?> rows = em.createNativeQuery("SELECT id, email, language, client_key, trap_filled, proof FROM my_data_request "
                + "WHERE id = ? FOR UPDATE SKIP LOCKED").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new PendingRequest(((Number) row[0]).longValue(), cipher.decrypt((String) row[1]), (String) row[2],
                (String) row[3], Boolean.TRUE.equals(row[4]), (String) row[5]));
    }

    public void remove(long id) {
        em.createNativeQuery("DELETE FROM my_data_request WHERE id = ?").setParameter(1, id).executeUpdate();
    }

    /**
     * Drops requests no round could handle for this long, whose link would be of no use any more,
     * and those given up after {@link #MOST_ATTEMPTS} failed attempts.
     */
    public int dropOlderThan(Instant cutoff) {
        return em.createNativeQuery("DELETE FROM my_data_request WHERE created_at < ? OR attempts >= ?")
                .setParameter(1, cutoff.atOffset(ZoneOffset.UTC)).setParameter(2, MOST_ATTEMPTS).executeUpdate();
    }
}
