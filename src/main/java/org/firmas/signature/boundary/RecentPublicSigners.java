package org.firmas.signature.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.firmas.platform.FaultEpisode;
import org.firmas.platform.KeptReadings;
import org.firmas.signature.entity.SignatureStatus;

/**
 * The latest confirmed signers who chose to be listed, by first name and ZIP code only. Cached a
 * few seconds per campaign: the campaign page is the most viewed page in a surge.
 */
@ApplicationScoped
public class RecentPublicSigners {

    private static final int SHOWN = 10;

    @PersistenceContext
    EntityManager em;

    private final KeptReadings<List<PublicSigner>> byCampaign = new KeptReadings<>(Duration.ofSeconds(5), List.of(),
            new FaultEpisode(Logger.getLogger(RecentPublicSigners.class.getName()),
                    "Recent signers not read; campaign pages show the last list", "Recent signers read again"));

    public record PublicSigner(String firstName, String zip) {

        public String getFirstName() {
            return firstName;
        }

        public String getZip() {
            return zip;
        }
    }

    public List<PublicSigner> of(long campaignId) {
        return byCampaign.of(campaignId, this::query);
    }

    private List<PublicSigner> query(long campaignId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT first_name, zip FROM signature WHERE campaign_id = ? "
                        + "AND status = " + SignatureStatus.CONFIRMED.literal() + " AND listed_publicly = TRUE ORDER BY confirmed_at DESC LIMIT " + SHOWN)
                .setParameter(1, campaignId)
                .getResultList();
        return rows.stream().map(row -> new PublicSigner((String) row[0], (String) row[1])).toList();
    }
}
