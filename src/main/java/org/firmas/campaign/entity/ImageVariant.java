package org.firmas.campaign.entity;

/**
 * One size of a campaign's header or share image, as served: its width and height in pixels, JPEG or PNG,
 * the encoded bytes, and their SHA-256 (the part of its address that changes when the image does).
 * The address is named by what is served, not by the upload: whoever holds the original photo
 * cannot find the campaign that shows it by its hash.
 */
public record ImageVariant(int width, int height, String contentType, byte[] bytes, String contentHash) {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    /** The file extension of its address. */
    public String extension() {
        return PNG.equals(contentType) ? "png" : "jpg";
    }
}
