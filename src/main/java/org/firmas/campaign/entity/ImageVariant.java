package org.firmas.campaign.entity;

/**
 * One size of a campaign's header or share image, as served: its width and height in pixels, JPEG or PNG,
 * the encoded bytes, and the SHA-256 of the upload it was made from (the part of its address that
 * changes when the image does, so browsers may keep it for a year).
 */
public record ImageVariant(int width, int height, String contentType, byte[] bytes, String uploadHash) {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    /** The file extension of its address. */
    public String extension() {
        return PNG.equals(contentType) ? "png" : "jpg";
    }
}
