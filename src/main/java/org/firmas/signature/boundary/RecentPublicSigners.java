package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest confirmed signers who chose to be listed, by first name and ZIP code only. Cached a
 * few seconds per campaign: the campaign page is the most viewed page in a surge.
 */
@ApplicationScoped
public class RecentPublicSigners {

    private static final int SHOWN = 10;
    private static final long MAX_AGE_NANOS = 5_000_000_000L;

    @PersistenceContext
    EntityManager em;

    private final Map<Long, Listing> byCampaign = new ConcurrentHashMap<>();

    public record PublicSigner(String firstName, String zip) {

        public String getFirstName() {
            return firstName;
        }

        public String getZip() {
            return zip;
        }
    }

    public List<PublicSigner> of(long campaignId) {
        Listing listing = byCampaign.get(campaignId);
        if (listing == null || System.nanoTime() - listing.takenAt() > MAX_AGE_NANOS) {
            listing = new Listing(query(campaignId), System.nanoTime());
            byCampaign.put(campaignId, listing);
        }
        return listing.signers();
    }

    private List<PublicSigner> query(long campaignId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT first_name, zip FROM signature WHERE campaign_id = ? "
                        + "AND status = 'CONFIRMED' AND listed_publicly = TRUE ORDER BY confirmed_at DESC LIMIT " + SHOWN)
                .setParameter(1, campaignId)
                .getResultList();
        return rows.stream().map(row -> new PublicSigner((String) row[0], (String) row[1])).toList();
    }

    private record Listing(List<PublicSigner> signers, long takenAt) {
    }
}
