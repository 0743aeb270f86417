package org.firmas.organizer.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What an organizer copies to a partner's site: the frame that shows the campaign's sign form,
 * and the optional lines that let the frame set its own height. The page escapes both for display.
 */
@Named
@ApplicationScoped
public class EmbedSnippet {

    @Inject
    @ConfigProperty(name = "firmas.base.url")
    String baseUrl;

    public String iframe(String slug, String title) {
        return iframe(slug, title, null);
    }

    /** A partner's frame carries its key, so what it brings counts under the partner; null for the campaign's own. */
    public String iframe(String slug, String title, String partnerKey) {
        String source = partnerKey == null ? "" : "?source=" + partnerKey;
        String id = "firmas-" + slug + (partnerKey == null ? "" : "-" + partnerKey);
        return "<iframe id=\"" + id + "\" src=\"" + site() + "/campaigns/" + slug + "/embed" + source + "\" title=\""
                + attribute(title) + "\" width=\"100%\" height=\"900\" style=\"border:0;max-width:36rem\"></iframe>";
    }

    /** The partner's own link to the campaign page. */
    public String partnerLink(String slug, String partnerKey) {
        return site() + "/campaigns/" + slug + "?source=" + partnerKey;
    }

    /**
     * Listens only to messages from this site, and sizes only the frame that sent one: a page may
     * hold several of this site's frames (a campaign's and a partner's), each named firmas-….
     */
    public String resizeScript() {
        return "<script>\n"
                + "addEventListener('message', function (event) {\n"
                + "  if (event.origin !== '" + origin() + "' || !event.data || event.data.firmas !== 'height') return;\n"
                + "  var frames = document.querySelectorAll('iframe[id^=\"firmas-\"]');\n"
                + "  for (var i = 0; i < frames.length; i++) {\n"
                + "    if (frames[i].contentWindow === event.source) {\n"
                + "      frames[i].style.height = Math.min(Number(event.data.height) || 900, 5000) + 'px';\n"
                + "    }\n"
                + "  }\n"
                + "});\n"
                + "</script>";
    }

    private String site() {
        return baseUrl.replaceAll("/+$", "");
    }

    /** Scheme, host and port of the site, as a browser names the frame's origin. */
    private String origin() {
        String site = site();
        int path = site.indexOf('/', site.indexOf("//") + 2);
        return path < 0 ? site : site.substring(0, path);
    }

    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
