package org.firmas.signature.boundary;

import java.util.Optional;
import org.firmas.campaign.entity.StoredImage;

/**
 * The picture of a campaign page's link preview (Open Graph): its absolute address on the site's
 * own base URL, since a preview's crawler knows no page to resolve a path against, its size so the
 * preview keeps its room, and its alt text in the page's language.
 */
public record PreviewPicture(String url, int width, int height, String alt) {

    /** The campaign's share image, else its header image's widest size, else none. */
    static Optional<PreviewPicture> of(Optional<StoredImage> share, Optional<StoredImage> header, String language, String siteUrl) {
        return share.or(() -> header).map(image -> {
            StoredImage.Size widest = image.widest();
            return new PreviewPicture(siteUrl.replaceAll("/+$", "") + image.path(widest), widest.width(), widest.height(),
                    image.altText(language));
        });
    }
}
