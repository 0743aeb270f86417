package org.firmas.update.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collections;
import java.util.List;
import org.firmas.signature.entity.SignersErased;

/**
 * Forgets the unsubscriptions of erased signers (a withdrawal, or retention) in the erasing
 * transaction: not even the keyed hash of their address outlives the erasure. Someone who signs
 * again later decides about news afresh.
 */
@ApplicationScoped
public class ErasedSignersUnsubscriptions {

    /** Ids per statement, well under any driver's limit on parameters. */
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    void onErased(@Observes SignersErased erased) {
        List<Long> ids = erased.signatureIds();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            var delete = em.createNativeQuery("DELETE FROM update_unsubscription WHERE signature_id IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")");
            for (int i = 0; i < chunk.size(); i++) {
                delete.setParameter(i + 1, chunk.get(i));
            }
            delete.executeUpdate();
        }
    }
}
