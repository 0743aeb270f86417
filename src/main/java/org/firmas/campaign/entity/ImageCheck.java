package org.firmas.campaign.entity;

import java.util.List;

/** What an uploaded header or share image came to: the sizes to serve, or why it was refused. */
public sealed interface ImageCheck {

    /** The most bytes an upload may have: a phone's photo fits. */
    int MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

    /**
     * The sizes to serve, and the SHA-256 of the upload they were made from: stored to recognise the
     * same file when a campaign file names it again, never part of an address.
     */
    record Accepted(List<ImageVariant> variants, String uploadHash) implements ImageCheck {
        public Accepted {
            variants = List.copyOf(variants);
        }
    }

    /** The upload is refused; {@code limit} fills in the sentence (megabytes or megapixels), 0 when it says none. */
    record Refused(Reason reason, long limit) implements ImageCheck {
    }

    enum Reason {
        /** No file was chosen, or an empty one. */
        EMPTY,
        /** More bytes than an upload may have. */
        TOO_LARGE,
        /** Not a JPEG or PNG picture that decodes. */
        NOT_AN_IMAGE,
        /** More pixels than may be decoded: a small file can unpack into gigabytes. */
        TOO_MANY_PIXELS;

        /** The sentence in the message bundles. */
        public String messageKey() {
            return "organize.image.refused." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
        }
    }
}
