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

    /** The oldest request no other round holds, locked until the caller's transaction ends. */
    public Optional<PendingRequest> claimOldest() {
        List<?> rows = em.createNativeQuery("SELECT id, email, language, client_key, trap_filled, proof FROM my_data_request "
                + "ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED").getResultList();
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

    /** Requests a round could not handle for this long are dropped: their link would be of no use any more. */
    public int dropOlderThan(Instant cutoff) {
        return em.createNativeQuery("DELETE FROM my_data_request WHERE created_at < ?")
                .setParameter(1, cutoff.atOffset(ZoneOffset.UTC)).executeUpdate();
    }
}
