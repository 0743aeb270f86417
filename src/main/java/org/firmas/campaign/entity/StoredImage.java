package org.firmas.campaign.entity;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a page needs to show or share a campaign's header or share image: its sizes (without their
 * bytes, each named by their SHA-256), narrowest first, and the alt text in each language.
 */
public record StoredImage(ImagePurpose purpose, long campaignId, List<Size> sizes, Map<String, String> altTexts) {

    /** One served size of the image; {@code contentHash} is the SHA-256 of its bytes. */
    public record Size(int width, int height, String contentType, String contentHash) {

        public String extension() {
            return ImageVariant.PNG.equals(contentType) ? "png" : "jpg";
        }
    }

    public StoredImage {
        sizes = sizes.stream().sorted(Comparator.comparingInt(Size::width)).toList();
        altTexts = Map.copyOf(altTexts);
    }

    /** The widest size: the page's default source, and what link previews show. */
    public Size widest() {
        return sizes.get(sizes.size() - 1);
    }

    /** The alt text in the language, or the English one. */
    public String altText(String language) {
        String found = altTexts.get(language);
        return found != null ? found : altTexts.getOrDefault(CampaignDefinition.DEFAULT_LANGUAGE, "");
    }

    /**
     * The address of a size below the site's root, e.g. {@code /campaign-images/10/ab12…/960.jpg},
     * or {@code /campaign-images/10/share/ab12…/1200.jpg} for a share image.
     */
    public String path(Size size) {
        return PATH_PREFIX + campaignId + "/" + purpose.pathSegment() + size.contentHash() + "/" + size.width() + "." + size.extension();
    }

    /** Where campaigns' images are served, below the site's root. */
    public static final String PATH_PREFIX = "/campaign-images/";
}
