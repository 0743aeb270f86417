package org.firmas.signature.boundary;

import java.util.stream.Collectors;
import org.firmas.campaign.entity.StoredImage;

/**
 * A campaign's header image as the page writes it: every size in {@code srcset} so a phone fetches
 * the small one, the widest size's dimensions so the browser keeps its room before it arrives (no
 * layout shift), and the alt text in the page's language.
 */
public record HeaderPicture(String src, String srcset, int width, int height, String alt) {

    /**
     * The column the image fills: the text beside the form on a wide screen, the page's column on a
     * middle one, and the screen less its margins on a phone (see {@code firmas.css}).
     */
    public static final String SIZES = "(min-width: 60rem) 46rem, (min-width: 46rem) 42rem, calc(100vw - 2rem)";

    static HeaderPicture of(StoredImage image, String language, String contextPath) {
        StoredImage.Size widest = image.widest();
        String srcset = image.sizes().stream()
                .map(size -> contextPath + image.path(size) + " " + size.width() + "w")
                .collect(Collectors.joining(", "));
        return new HeaderPicture(contextPath + image.path(widest), srcset, widest.width(), widest.height(),
                image.altText(language));
    }

    public String sizes() {
        return SIZES;
    }
}
