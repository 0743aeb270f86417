package org.firmas.signature.boundary;

import static org.firmas.signature.entity.SignatureStatus.CONFIRMED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.firmas.platform.FieldCipher;
import org.firmas.signature.entity.ConfirmedSigner;

/** A confirmed signature's signer, for the webhooks an organizer added; read in the caller's transaction. */
@ApplicationScoped
public class ConfirmedSigners {

    private static final String QUERY = "SELECT first_name, last_name, email, zip, area, source, created_at, confirmed_at "
            + "FROM signature WHERE id = ? AND status = " + CONFIRMED.literal();

    @PersistenceContext
    EntityManager em;

    @Inject
    FieldCipher cipher;

    public Optional<ConfirmedSigner> of(long signatureId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(QUERY).setParameter(1, signatureId).getResultList();
        return rows.stream().findFirst().map(row -> new ConfirmedSigner(signatureId, (String) row[0], (String) row[1],
                cipher.decrypt((String) row[2]), (String) row[3], (String) row[4], (String) row[5], instant(row[6]), instant(row[7])));
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        return (Instant) value;
    }
}
