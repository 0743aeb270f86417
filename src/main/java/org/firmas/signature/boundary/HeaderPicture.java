package org.firmas.signature.boundary;

import java.util.stream.Collectors;
import org.firmas.campaign.entity.HeaderImage;

/**
 * A campaign's header image as the page writes it: every size in {@code srcset} so a phone fetches
 * the small one, the widest size's dimensions so the browser keeps its room before it arrives (no
 * layout shift), the alt text in the page's language, and the widest size's absolute address as
 * the share image of link previews.
 */
public record HeaderPicture(String src, String srcset, int width, int height, String alt, String shareUrl) {

    /**
     * The column the image fills: the text beside the form on a wide screen, the page's column on a
     * middle one, and the screen less its margins on a phone (see {@code firmas.css}).
     */
    public static final String SIZES = "(min-width: 60rem) 46rem, (min-width: 46rem) 42rem, calc(100vw - 2rem)";

    static HeaderPicture of(HeaderImage image, String language, String contextPath, String siteUrl) {
        HeaderImage.Size widest = image.widest();
        String srcset = image.sizes().stream()
                .map(size -> contextPath + image.path(size) + " " + size.width() + "w")
                .collect(Collectors.joining(", "));
        return new HeaderPicture(contextPath + image.path(widest), srcset, widest.width(), widest.height(),
                image.altText(language), siteUrl.replaceAll("/+$", "") + image.path(widest));
    }

    public String sizes() {
        return SIZES;
    }
}
