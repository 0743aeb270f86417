package org.firmas.signature.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.firmas.campaign.entity.SigningSources;

/**
 * Plain share links. No share widgets and no scripts: nothing from these sites loads until the
 * supporter follows a link. Each carries its channel as the page's source, so the campaign counts
 * the signatures each channel brought, and nothing else about who shared.
 */
public record ShareLink(String network, String url) {

    public String getNetwork() {
        return network;
    }

    public String getUrl() {
        return url;
    }

    static List<ShareLink> forCampaign(String title, String pageUrl) {
        return List.of(
                new ShareLink("email", "mailto:?subject=" + encode(title) + "&body=" + page(pageUrl, "email")),
                new ShareLink("whatsapp", "https://wa.me/?text=" + encode(title + " " + from(pageUrl, "whatsapp"))),
                new ShareLink("facebook", "https://www.facebook.com/sharer/sharer.php?u=" + page(pageUrl, "facebook")),
                new ShareLink("x", "https://x.com/intent/post?text=" + encode(title + " " + from(pageUrl, "x"))),
                new ShareLink("bluesky", "https://bsky.app/intent/compose?text=" + encode(title + " " + from(pageUrl, "bluesky"))),
                new ShareLink("telegram", "https://t.me/share/url?url=" + page(pageUrl, "telegram") + "&text=" + encode(title)));
    }

    /** The page's address as a channel shares it; the channels are among {@link SigningSources#RESERVED}. */
    static String from(String pageUrl, String channel) {
        return pageUrl + "?" + CampaignPage.SOURCE + "=" + channel;
    }

    private static String page(String pageUrl, String channel) {
        return encode(from(pageUrl, channel));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
