package org.firmas.mydata.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.firmas.platform.DataKeys;
import org.firmas.platform.FieldCipher;
import org.firmas.signature.boundary.SupporterRecords;

/**
 * Moves the "my data" links to the current data key before the node serves anyone: each link's
 * address is encrypted again and its address key hashed again, as the signatures' are, so a link
 * mailed before a rotation still finds every signature of its address, and erasing through any
 * link still ends them all. The table holds only the last couple of hours' links, so unlike the
 * signatures no mark is kept and one transaction does: a start reads the few rows under another
 * key, usually none.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class MyDataLinkRekeying {

    @PersistenceContext
    EntityManager em;

    @Inject
    FieldCipher cipher;

    @Inject
    DataKeys keys;

    @Inject
    SupporterRecords records;

    @PostConstruct
    void rekey() {
        List<?> links = em.createNativeQuery("SELECT token_hash, email FROM my_data_link WHERE email NOT LIKE ?")
                .setParameter(1, FieldCipher.prefixOf(keys.current().id()) + "%").getResultList();
        for (Object link : links) {
            Object[] row = (Object[]) link;
            String email = cipher.decrypt((String) row[1]);
            em.createNativeQuery("UPDATE my_data_link SET email = ?, email_key = ? WHERE token_hash = ?")
                    .setParameter(1, cipher.encrypt(email))
                    .setParameter(2, records.addressKey(email))
                    .setParameter(3, row[0])
                    .executeUpdate();
        }
    }
}
