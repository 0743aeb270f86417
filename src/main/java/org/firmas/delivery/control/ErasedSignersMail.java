package org.firmas.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collections;
import java.util.List;
import org.firmas.signature.entity.SignersErased;

/**
 * Drops every mail to erased signers still held in the outbox (their links, their names), in the
 * erasing transaction: observed synchronously, so the delete commits or rolls back with the erasure.
 */
@ApplicationScoped
public class ErasedSignersMail {

    /** Ids per statement, well under any driver's limit on parameters. */
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    void onErased(@Observes SignersErased erased) {
        List<Long> ids = erased.signatureIds();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            var delete = em.createNativeQuery("DELETE FROM outbox_message WHERE signature_id IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")");
            for (int i = 0; i < chunk.size(); i++) {
                delete.setParameter(i + 1, chunk.get(i));
            }
            delete.executeUpdate();
        }
    }
}
