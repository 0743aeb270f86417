package org.firmas.signature.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Proof-of-work puzzles already solved, until they expire. In the database, so a solution spent
 * on one node is spent on all of them; the primary key settles a race between two.
 */
@ApplicationScoped
public class UsedChallenges {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * True the first time a puzzle is claimed, false ever after (until it has expired). Commits on
     * its own, before the signature it guards: only a committed claim is seen by the other nodes.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String nonce, Instant expires) {
        int inserted = em.createNativeQuery("INSERT INTO used_challenge (nonce, expires_at) SELECT ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM used_challenge WHERE nonce = ?)")
                .setParameter(1, nonce)
                .setParameter(2, expires.atOffset(ZoneOffset.UTC))
                .setParameter(3, nonce)
                .executeUpdate();
        return inserted == 1;
    }

    /** Forgets puzzles past their expiry, in the caller's transaction ({@code SignerDataRetention}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int purgeExpired() {
        return em.createNativeQuery("DELETE FROM used_challenge WHERE expires_at < ?")
                .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }
}
