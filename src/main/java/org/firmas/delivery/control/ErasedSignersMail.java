package org.firmas.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.firmas.platform.IdListStatements;
import org.firmas.signature.entity.SignersErased;

/**
 * Drops every mail to erased signers still held in the outbox (their links, their names, the
 * updates queued for them), in the erasing transaction: observed synchronously, so the delete
 * commits or rolls back with the erasure.
 */
@ApplicationScoped
public class ErasedSignersMail {

    @PersistenceContext
    EntityManager em;

    void onErased(@Observes SignersErased erased) {
        IdListStatements.update(em, "DELETE FROM outbox_message WHERE signature_id", erased.signatureIds());
    }
}
