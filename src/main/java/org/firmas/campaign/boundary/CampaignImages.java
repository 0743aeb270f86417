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
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.firmas.campaign.control.ImageVariants;
import org.firmas.campaign.entity.ImageCheck;
import org.firmas.campaign.entity.ImagePurpose;
import org.firmas.campaign.entity.ImageVariant;
import org.firmas.campaign.entity.StoredImage;
import org.firmas.platform.FaultEpisode;
import org.firmas.platform.KeptReadings;

/**
 * Campaigns' header and share images: stored in the database, so every node of a cluster serves
 * the same image, and read by the public pages through a short cache ({@link KeptReadings}), so a
 * page view costs no query and a database outage does not cost the page its picture. A change shows on this node at once and on the others within {@link #FRESH_FOR}. Each
 * purpose has its own tables, named by {@link ImagePurpose}, and is replaced or removed alone.
 */
@ApplicationScoped
public class CampaignImages {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private record Key(ImagePurpose purpose, long campaignId) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    jakarta.enterprise.inject.Instance<CampaignImages> proxy;

    /** Per purpose; a database that cannot be read leaves pages the image last read, logged once. */
    private final Map<ImagePurpose, KeptReadings<Optional<StoredImage>>> kept = new EnumMap<>(Arrays.stream(ImagePurpose.values())
            .collect(Collectors.toMap(Function.identity(), purpose -> new KeptReadings<Optional<StoredImage>>(FRESH_FOR, Optional.empty(),
                    new FaultEpisode(Logger.getLogger(CampaignImages.class.getName()),
                            "Campaign images not read; pages show the last ones read", "Campaign images read again")))));

    /** This bean through its proxy, so a call from inside it still begins its transaction. */
    private CampaignImages self() {
        return proxy.get();
    }

    /**
     * Makes the upload the campaign's image for the purpose, with these alt texts (language to
     * text), or says why not; the image the campaign had stays when the upload is refused.
     */
    @Transactional
    public ImageCheck replace(ImagePurpose purpose, long campaignId, byte[] upload, Map<String, String> altTexts) {
        ImageCheck check = ImageVariants.of(upload, purpose);
        if (check instanceof ImageCheck.Accepted accepted) {
            deleteSizes(purpose, campaignId);
            for (ImageVariant variant : accepted.variants()) {
                em.createNativeQuery("INSERT INTO " + purpose.variantTable()
                                + " (campaign_id, width, height, content_type, upload_sha256, content_sha256, bytes) VALUES (?, ?, ?, ?, ?, ?, ?)")
                        .setParameter(1, campaignId).setParameter(2, variant.width()).setParameter(3, variant.height())
                        .setParameter(4, variant.contentType()).setParameter(5, accepted.uploadHash())
                        .setParameter(6, variant.contentHash()).setParameter(7, variant.bytes())
                        .executeUpdate();
            }
            writeAltTexts(purpose, campaignId, altTexts);
        }
        return check;
    }

    /**
     * The image a campaign file names, stored unless the same file (by its SHA-256) is stored
     * already: then only changed descriptions are written, and the picture is not decoded again,
     * so reading the folder again at each start costs no decoding. Empty when stored or unchanged.
     */
    public Optional<ImageCheck.Refused> adoptFile(ImagePurpose purpose, long campaignId, Path file, Map<String, String> altTexts)
            throws IOException {
        byte[] upload;
        try (InputStream in = Files.newInputStream(file)) {
            upload = in.readNBytes(ImageCheck.MAX_UPLOAD_BYTES + 1);
        }
        if (storedUpload(purpose, campaignId).filter(ImageVariants.sha256(upload)::equals).isPresent()) {
            if (!read(new Key(purpose, campaignId)).map(StoredImage::altTexts).orElse(Map.of()).equals(altTexts)) {
                self().describe(purpose, campaignId, altTexts);
            }
            return Optional.empty();
        }
        return self().replace(purpose, campaignId, upload, altTexts) instanceof ImageCheck.Refused refused
                ? Optional.of(refused) : Optional.empty();
    }

    /** New alt texts for the image the campaign has for the purpose. */
    @Transactional
    public void describe(ImagePurpose purpose, long campaignId, Map<String, String> altTexts) {
        writeAltTexts(purpose, campaignId, altTexts);
    }

    /** The campaign has no image for the purpose any more. */
    @Transactional
    public void remove(ImagePurpose purpose, long campaignId) {
        deleteSizes(purpose, campaignId);
        em.createNativeQuery("DELETE FROM " + purpose.altTable() + " WHERE campaign_id = ?").setParameter(1, campaignId).executeUpdate();
    }

    /** The campaign's image for the purpose as pages show it, at most {@link #FRESH_FOR} old. */
    public Optional<StoredImage> of(ImagePurpose purpose, long campaignId) {
        return kept.get(purpose).of(campaignId, id -> read(new Key(purpose, id)));
    }

    /** One size's bytes, if the campaign's image for the purpose still has a size with that hash. */
    @Transactional
    public Optional<ImageVariant> size(ImagePurpose purpose, long campaignId, String contentHash, int width) {
        List<?> rows = em.createNativeQuery("SELECT height, content_type, bytes FROM " + purpose.variantTable()
                        + " WHERE campaign_id = ? AND content_sha256 = ? AND width = ?")
                .setParameter(1, campaignId).setParameter(2, contentHash).setParameter(3, width).getResultList();
        return rows.stream().map(Object[].class::cast).findFirst()
                .map(row -> new ImageVariant(width, ((Number) row[0]).intValue(), (String) row[1], (byte[]) row[2], contentHash));
    }

    /** The SHA-256 of the upload the stored image was made from, if there is one. */
    private Optional<String> storedUpload(ImagePurpose purpose, long campaignId) {
        List<?> hashes = em.createNativeQuery("SELECT upload_sha256 FROM " + purpose.variantTable() + " WHERE campaign_id = ?")
                .setParameter(1, campaignId).setMaxResults(1).getResultList();
        return hashes.stream().map(hash -> ((String) hash).strip()).findFirst();
    }

    private Optional<StoredImage> read(Key key) {
        List<?> sizes = em.createNativeQuery("SELECT width, height, content_type, content_sha256 FROM " + key.purpose().variantTable()
                + " WHERE campaign_id = ?").setParameter(1, key.campaignId()).getResultList();
        if (sizes.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> altTexts = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT language, alt_text FROM " + key.purpose().altTable() + " WHERE campaign_id = ?")
                .setParameter(1, key.campaignId()).getResultList()) {
            Object[] columns = (Object[]) row;
            altTexts.put((String) columns[0], (String) columns[1]);
        }
        return Optional.of(new StoredImage(key.purpose(), key.campaignId(), sizes.stream().map(Object[].class::cast)
                .map(row -> new StoredImage.Size(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), (String) row[2],
                        ((String) row[3]).strip()))
                .toList(), altTexts));
    }

    private void deleteSizes(ImagePurpose purpose, long campaignId) {
        em.createNativeQuery("DELETE FROM " + purpose.variantTable() + " WHERE campaign_id = ?").setParameter(1, campaignId).executeUpdate();
        kept.get(purpose).forget(campaignId);
    }

    private void writeAltTexts(ImagePurpose purpose, long campaignId, Map<String, String> altTexts) {
        em.createNativeQuery("DELETE FROM " + purpose.altTable() + " WHERE campaign_id = ?").setParameter(1, campaignId).executeUpdate();
        altTexts.forEach((language, text) -> em.createNativeQuery(
                        "INSERT INTO " + purpose.altTable() + " (campaign_id, language, alt_text) VALUES (?, ?, ?)")
                .setParameter(1, campaignId).setParameter(2, language).setParameter(3, text).executeUpdate());
        kept.get(purpose).forget(campaignId);
    }
}
