package org.firmas.signature.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Plain share links. No share widgets and no scripts: nothing from these sites loads until the
 * supporter follows a link.
 */
public record ShareLink(String network, String url) {

    public String getNetwork() {
        return network;
    }

    public String getUrl() {
        return url;
    }

    static List<ShareLink> forCampaign(String title, String pageUrl) {
        String text = encode(title + " " + pageUrl);
        String page = encode(pageUrl);
        return List.of(
                new ShareLink("email", "mailto:?subject=" + encode(title) + "&body=" + page),
                new ShareLink("whatsapp", "https://wa.me/?text=" + text),
                new ShareLink("facebook", "https://www.facebook.com/sharer/sharer.php?u=" + page),
                new ShareLink("x", "https://x.com/intent/post?text=" + text),
                new ShareLink("bluesky", "https://bsky.app/intent/compose?text=" + text),
                new ShareLink("telegram", "https://t.me/share/url?url=" + page + "&text=" + encode(title)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
