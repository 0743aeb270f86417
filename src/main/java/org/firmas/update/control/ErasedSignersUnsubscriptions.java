package org.firmas.update.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firmas.platform.IdListStatements;
import org.firmas.signature.entity.SignersErased;

/**
 * Forgets the unsubscriptions of erased signers (a withdrawal, or retention) in the erasing
 * transaction: not even the keyed hash of their address outlives the erasure. Someone who signs
 * again later decides about news afresh.
 */
@ApplicationScoped
public class ErasedSignersUnsubscriptions {

    @PersistenceContext
    EntityManager em;

    void onErased(@Observes SignersErased erased) {
        IdListStatements.update(em, "DELETE FROM update_unsubscription WHERE signature_id", erased.signatureIds());
    }
}
