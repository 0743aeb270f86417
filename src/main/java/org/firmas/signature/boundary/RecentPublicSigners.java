package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.firmas.platform.FaultEpisode;
import org.firmas.signature.entity.SignatureStatus;

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
    private final FaultEpisode reading = new FaultEpisode(Logger.getLogger(RecentPublicSigners.class.getName()),
            "Recent signers not read; campaign pages show the last list", "Recent signers read again");

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
            listing = new Listing(readOrKeep(campaignId, listing), System.nanoTime());
            byCampaign.put(campaignId, listing);
        }
        return listing.signers();
    }

    /** A database that cannot be read must not cost the campaign page: it shows the last list read. */
    private List<PublicSigner> readOrKeep(long campaignId, Listing before) {
        try {
            List<PublicSigner> signers = query(campaignId);
            reading.succeeded();
            return signers;
        } catch (RuntimeException e) {
            reading.failed(e);
            return before == null ? List.of() : before.signers();
        }
    }

    private List<PublicSigner> query(long campaignId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT first_name, zip FROM signature WHERE campaign_id = ? "
                        + "AND status = " + SignatureStatus.CONFIRMED.literal() + " AND listed_publicly = TRUE ORDER BY confirmed_at DESC LIMIT " + SHOWN)
                .setParameter(1, campaignId)
                .getResultList();
        return rows.stream().map(row -> new PublicSigner((String) row[0], (String) row[1])).toList();
    }

    private record Listing(List<PublicSigner> signers, long takenAt) {
    }
}
