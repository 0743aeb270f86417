package org.firmas.mydata.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.firmas.mydata.entity.MyDataAction;

/**
 * Records what a supporter did through their link, by signature ids only, in the caller's
 * transaction. An erasure is recorded by how many signatures it erased, not which, so the audit
 * keeps no tie between the action and the rows it blanked.
 */
@ApplicationScoped
public class MyDataAudit {

    /** The column's width: a list longer than hundreds of signatures is cut, and says so. */
    private static final int MAX = 4000;

    @PersistenceContext
    EntityManager em;

    public void record(MyDataAction action, List<Long> signatureIds, Instant now) {
        String ids = signatureIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        em.createNativeQuery("INSERT INTO my_data_action (action, signature_ids, acted_at) VALUES (?, ?, ?)")
                .setParameter(1, action.name())
                .setParameter(2, ids.length() > MAX ? ids.substring(0, ids.lastIndexOf(',', MAX - 4)) + ",…" : ids)
                .setParameter(3, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    public void recordErased(int signatures, Instant now) {
        em.createNativeQuery("INSERT INTO my_data_action (action, signature_ids, signature_count, acted_at) VALUES (?, '', ?, ?)")
                .setParameter(1, MyDataAction.ERASED.name())
                .setParameter(2, signatures)
                .setParameter(3, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }
}
