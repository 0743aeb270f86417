package org.firmas.campaign.entity;

/**
 * What a campaign's stored picture is for: the header at the top of its page, made in sizes for
 * phones and wide screens, or the share image of link previews, one landscape picture of the size
 * the previews of messengers and social networks expect. Each is stored, served and removed on its own.
 */
public enum ImagePurpose {

    HEADER("campaign_image_variant", "campaign_image_alt", ""),
    SHARE("campaign_share_image_variant", "campaign_share_image_alt", "share/");

    /** The width and height of the share image: what Facebook, WhatsApp and Signal show without cropping. */
    public static final int SHARE_WIDTH = 1200;
    public static final int SHARE_HEIGHT = 630;

    private final String variantTable;
    private final String altTable;
    private final String pathSegment;

    ImagePurpose(String variantTable, String altTable, String pathSegment) {
        this.variantTable = variantTable;
        this.altTable = altTable;
        this.pathSegment = pathSegment;
    }

    /** The table of its sizes' bytes; a constant, never from a request. */
    public String variantTable() {
        return variantTable;
    }

    /** The table of its descriptions; a constant, never from a request. */
    public String altTable() {
        return altTable;
    }

    /** The part of its address after the campaign's id: empty for the header, {@code share/} for the share image. */
    public String pathSegment() {
        return pathSegment;
    }
}
