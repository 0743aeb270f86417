package org.firmas.webhook.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.firmas.webhook.entity.DeliveryStatus;

/**
 * How many webhook deliveries stand in each state, over all campaigns: pending (queued or
 * waiting to be retried), sent, dead. What a metrics endpoint reports as webhook deliveries.
 */
@ApplicationScoped
public class WebhookDeliveryCounts {

    @PersistenceContext
    EntityManager em;

    public Map<DeliveryStatus, Long> byStatus() {
        Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
        for (DeliveryStatus status : DeliveryStatus.values()) {
            counts.put(status, 0L);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT status, COUNT(*) FROM webhook_delivery GROUP BY status").getResultList();
        rows.forEach(row -> counts.put(DeliveryStatus.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        return counts;
    }
}
