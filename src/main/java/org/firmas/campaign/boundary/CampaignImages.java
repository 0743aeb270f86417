package org.firmas.campaign.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.firmas.campaign.control.ImageVariants;
import org.firmas.campaign.entity.HeaderImage;
import org.firmas.campaign.entity.ImageCheck;
import org.firmas.campaign.entity.ImageVariant;

/**
 * Campaigns' header images: stored in the database, so every node of a cluster serves the same
 * image, and read by the public pages through a short cache, so a page view costs no query. A
 * change shows on this node at once and on the others within {@link #FRESH_FOR}.
 */
@ApplicationScoped
public class CampaignImages {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private record Cached(Optional<HeaderImage> image, Instant readAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.inject.Instance<CampaignImages> proxy;

    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    /** This bean through its proxy, so a call from inside it still begins its transaction. */
    private CampaignImages self() {
        return proxy.get();
    }

    /**
     * Makes the upload the campaign's header image, with these alt texts (language to text), or
     * says why not; the image the campaign had stays when the upload is refused.
     */
    @Transactional
    public ImageCheck replace(long campaignId, byte[] upload, Map<String, String> altTexts) {
        ImageCheck check = ImageVariants.of(upload);
        if (check instanceof ImageCheck.Accepted accepted) {
            deleteSizes(campaignId);
            for (ImageVariant variant : accepted.variants()) {
                em.createNativeQuery("INSERT INTO campaign_image_variant (campaign_id, width, height, content_type, upload_sha256, bytes) "
                                + "VALUES (?, ?, ?, ?, ?, ?)")
                        .setParameter(1, campaignId).setParameter(2, variant.width()).setParameter(3, variant.height())
                        .setParameter(4, variant.contentType()).setParameter(5, variant.uploadHash()).setParameter(6, variant.bytes())
                        .executeUpdate();
            }
            writeAltTexts(campaignId, altTexts);
        }
        return check;
    }

    /**
     * The image a campaign file names, stored unless it is the one already stored with the same
     * descriptions, so reading the folder again writes nothing. Empty when stored or unchanged.
     */
    public Optional<ImageCheck.Refused> adoptFile(long campaignId, Path file, Map<String, String> altTexts) throws IOException {
        byte[] upload;
        try (InputStream in = Files.newInputStream(file)) {
            upload = in.readNBytes(ImageCheck.MAX_UPLOAD_BYTES + 1);
        }
        Optional<HeaderImage> stored = read(campaignId);
        if (stored.isPresent() && stored.get().uploadHash().equals(ImageVariants.sha256(upload))
                && stored.get().altTexts().equals(altTexts)) {
            return Optional.empty();
        }
        return self().replace(campaignId, upload, altTexts) instanceof ImageCheck.Refused refused
                ? Optional.of(refused) : Optional.empty();
    }

    /** New alt texts for the image the campaign has. */
    @Transactional
    public void describe(long campaignId, Map<String, String> altTexts) {
        writeAltTexts(campaignId, altTexts);
    }

    /** The campaign shows no header image any more. */
    @Transactional
    public void remove(long campaignId) {
        deleteSizes(campaignId);
        em.createNativeQuery("DELETE FROM campaign_image_alt WHERE campaign_id = ?").setParameter(1, campaignId).executeUpdate();
        cache.remove(campaignId);
    }

    /** The campaign's header image as pages show it, at most {@link #FRESH_FOR} old. */
    public Optional<HeaderImage> of(long campaignId) {
        Instant now = clock.instant();
        Cached cached = cache.get(campaignId);
        if (cached == null || cached.readAt().plus(FRESH_FOR).isBefore(now)) {
            cached = new Cached(read(campaignId), now);
            cache.put(campaignId, cached);
        }
        return cached.image();
    }

    /** One size's bytes, if the campaign's image is still the one of that upload. */
    @Transactional
    public Optional<ImageVariant> size(long campaignId, String uploadHash, int width) {
        List<?> rows = em.createNativeQuery("SELECT height, content_type, bytes FROM campaign_image_variant "
                        + "WHERE campaign_id = ? AND upload_sha256 = ? AND width = ?")
                .setParameter(1, campaignId).setParameter(2, uploadHash).setParameter(3, width).getResultList();
        return rows.stream().map(Object[].class::cast).findFirst()
                .map(row -> new ImageVariant(width, ((Number) row[0]).intValue(), (String) row[1], (byte[]) row[2], uploadHash));
    }

    private Optional<HeaderImage> read(long campaignId) {
        List<?> sizes = em.createNativeQuery("SELECT width, height, content_type, upload_sha256 FROM campaign_image_variant "
                + "WHERE campaign_id = ?").setParameter(1, campaignId).getResultList();
        if (sizes.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> altTexts = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT language, alt_text FROM campaign_image_alt WHERE campaign_id = ?")
                .setParameter(1, campaignId).getResultList()) {
            Object[] columns = (Object[]) row;
            altTexts.put((String) columns[0], (String) columns[1]);
        }
        String hash = ((String) ((Object[]) sizes.get(0))[3]).strip();
        return Optional.of(new HeaderImage(campaignId, hash, sizes.stream().map(Object[].class::cast)
                .map(row -> new HeaderImage.Size(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), (String) row[2]))
                .toList(), altTexts));
    }

    private void deleteSizes(long campaignId) {
        em.createNativeQuery("DELETE FROM campaign_image_variant WHERE campaign_id = ?").setParameter(1, campaignId).executeUpdate();
        cache.remove(campaignId);
    }

    private void writeAltTexts(long campaignId, Map<String, String> altTexts) {
        em.createNativeQuery("DELETE FROM campaign_image_alt WHERE campaign_id = ?").setParameter(1, campaignId).executeUpdate();
        altTexts.forEach((language, text) -> em.createNativeQuery(
                        "INSERT INTO campaign_image_alt (campaign_id, language, alt_text) VALUES (?, ?, ?)")
                .setParameter(1, campaignId).setParameter(2, language).setParameter(3, text).executeUpdate());
        cache.remove(campaignId);
    }
}
