package org.firmas.signature.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.firmas.signature.entity.Signature;

/** Writes signatures, one transaction each. */
@ApplicationScoped
public class SignatureStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<SignatureStored> stored;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean exists(long campaignId, String emailKey) {
        return em.createNamedQuery(Signature.EXISTS_FOR_EMAIL, Long.class)
                .setParameter("campaignId", campaignId)
                .setParameter("emailKey", emailKey)
                .getSingleResult() > 0;
    }

    /** Inserts the signature; a concurrent twin makes the unique index fail the commit. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long insert(Signature signature) {
        em.persist(signature);
        em.flush();
        stored.fire(new SignatureStored(signature.getCampaignId()));
        return signature.getId();
    }

    /** Fired in the signing transaction; observers that send or count listen after commit. */
    public record SignatureStored(long campaignId) {
    }
}
